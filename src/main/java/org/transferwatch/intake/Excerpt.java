package org.transferwatch.intake;

/** A stretch of the source's text: {@code text} is exactly {@code source.substring(start, end)}. */
public record Excerpt(int start, int end, String text) {

    public Excerpt {
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("An excerpt's offsets must match its text");
        }
    }

    static Excerpt of(String source, int start, int end) {
        return new Excerpt(start, end, source.substring(start, end));
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

}
