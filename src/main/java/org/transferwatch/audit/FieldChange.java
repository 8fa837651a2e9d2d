package org.transferwatch.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field a person changed, under its label for people, with its value before and after as plain text;
 * {@code null} where the field was empty (or, for a creation, did not exist yet).
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
