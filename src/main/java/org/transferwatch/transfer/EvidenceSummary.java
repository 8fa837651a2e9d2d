package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * How much evidence a transfer has and how good the best of it is, with its label ("3 sources, 1 disputing,
 * best B2"), all as {@link EvidenceSummaryRepository} defines them.
 */
public record EvidenceSummary(int sources, int disputing, @Nullable String bestGrade, String label) {
}
