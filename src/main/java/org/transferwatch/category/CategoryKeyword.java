package org.transferwatch.category;

/**
 * One plain word for a category's goods; {@code addedByStaff} is false for the keywords we ship, true for
 * those staff added on the reference-data screen.
 */
public record CategoryKeyword(long id, String categoryCode, String keyword, String kind, boolean addedByStaff) {
}
