package org.transferwatch.intake;

import org.transferwatch.transfer.Period;

/**
 * A time expression resolved to a period. {@code reporting} marks the time of the reporting itself
 * ("said on Monday"), which says nothing about when goods moved.
 */
record TimeMention(int start, int end, String text, Period period, boolean relative, boolean reporting) {
}
