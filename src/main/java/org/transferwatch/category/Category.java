package org.transferwatch.category;

import java.util.List;
import java.util.Locale;

/**
 * A category of goods, e.g. ML3 "Ammunition and fuze setting devices", with the plain words people name its
 * goods by ("shell", "ammunition").
 */
public record Category(String code, String scheme, String name, String kind, List<String> keywords) {

    public Category {
        keywords = List.copyOf(keywords);
    }

    public Category(String code, String scheme, String name, String kind) {
        this(code, scheme, name, kind, List.of());
    }

    public String label() {
        return code + " · " + name;
    }

    /**
     * Whether a picker's typed text finds this category: the start of its code, of a word of its name, or of
     * one of its keywords ("drone" and "UAV" find ML10, "shell" finds ML3, "oil" HS27).
     */
    public boolean matches(String typed) {
        var text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return true;
        }
        return code.toLowerCase(Locale.ROOT).startsWith(text) || startsAWord(name, text)
                || keywords.stream().anyMatch(keyword -> startsAWord(keyword, text));
    }

    private static boolean startsAWord(String words, String text) {
        var lower = words.toLowerCase(Locale.ROOT);
        if (lower.startsWith(text)) {
            return true;
        }
        for (int at = lower.indexOf(text); at > 0; at = lower.indexOf(text, at + 1)) {
            if (!Character.isLetterOrDigit(lower.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

}
