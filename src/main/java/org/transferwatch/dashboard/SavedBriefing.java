package org.transferwatch.dashboard;

import java.time.OffsetDateTime;

/** A briefing saved for re-generation: its request, who saved it and when. */
public record SavedBriefing(long id, BriefingRequest request, String savedBy, OffsetDateTime savedAt) {
}
