package org.transferwatch.base;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing the user has to fix: a sentence in the user's terms ({@link #message}), and the field of the
 * form it belongs to ({@link #field}), or none for a problem of the whole input ("That source no longer
 * exists."). A form marks a field from its key, never from words of the message: rewording a message
 * moves no mark.
 *
 * @param field the key of the field the problem belongs to, e.g. {@code TransferDraft.Field.SUPPLIER};
 *        {@code null} when it belongs to no one field
 * @param message the sentence the user reads, in the form's problem list and under the field
 */
public record Problem(@Nullable Field field, String message) {

    /**
     * A field a problem can belong to. Each subject a form edits declares its fields as an enum that
     * implements this ({@code TransferDraft.Field}, {@code NewSource.Field}), so a form can tell its keys
     * apart and a problem names exactly one of them.
     */
    public interface Field {

        /** The problem of this field, saying the message. */
        default Problem problem(String message) {
            return new Problem(this, message);
        }

    }

    /** A problem that belongs to no one field of a form. */
    public static Problem general(String message) {
        return new Problem(null, message);
    }

    /** Whether the problem belongs to the field. */
    public boolean isOf(Field key) {
        return key.equals(field);
    }

    /** The messages of the problems, in order. */
    public static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

}
