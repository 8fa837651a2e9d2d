package org.transferwatch.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What changed between two captures of a text, word by word: the common beginning and end are kept as they are, and
 * the part between them is compared by longest common subsequence. A middle too long to compare word by word (two
 * very different long texts) is compared line by line, and beyond that shown as removed and added whole.
 */
public final class TextDiff {

    /** A run of text that both captures share, or that only the newer one has, or only the older one. */
    public enum Kind {
        SAME, ADDED, REMOVED
    }

    public record Change(Kind kind, String text) {
    }

    /** The longest middle (words × words) compared exactly: a few thousand words each way. */
    static final long MAX_CELLS = 4_000_000L;

    private static final Pattern WORD = Pattern.compile("\\S+|\\s+");

    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    private TextDiff() {
    }

    /** The changes from {@code older} to {@code newer}, adjacent runs of one kind joined. */
    public static List<Change> of(String older, String newer) {
        var before = tokens(older, WORD);
        var after = tokens(newer, WORD);
        var changes = new ArrayList<Change>();
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        add(changes, Kind.SAME, String.join("", before.subList(0, start)));
        var middleBefore = before.subList(start, endBefore);
        var middleAfter = after.subList(start, endAfter);
        if ((long) middleBefore.size() * middleAfter.size() <= MAX_CELLS) {
            compare(changes, middleBefore, middleAfter);
        }
        else {
            var linesBefore = tokens(String.join("", middleBefore), LINE);
            var linesAfter = tokens(String.join("", middleAfter), LINE);
            if ((long) linesBefore.size() * linesAfter.size() <= MAX_CELLS) {
                compare(changes, linesBefore, linesAfter);
            }
            else {
                add(changes, Kind.REMOVED, String.join("", middleBefore));
                add(changes, Kind.ADDED, String.join("", middleAfter));
            }
        }
        add(changes, Kind.SAME, String.join("", before.subList(endBefore, before.size())));
        return changes;
    }

    /** How many words the newer capture adds and how many of the older one it removes. */
    public static String summary(List<Change> changes) {
        long added = words(changes, Kind.ADDED);
        long removed = words(changes, Kind.REMOVED);
        if (added == 0 && removed == 0) {
            return "The texts differ only in white space.";
        }
        return count(added, "added") + ", " + count(removed, "removed") + ".";
    }

    private static String count(long words, String what) {
        return words + (words == 1 ? " word " : " words ") + what;
    }

    private static long words(List<Change> changes, Kind kind) {
        return changes.stream()
            .filter(change -> change.kind() == kind)
            .mapToLong(change -> change.text().isBlank() ? 0 : change.text().strip().split("\\s+").length)
            .sum();
    }

    private static List<String> tokens(String text, Pattern pattern) {
        var tokens = new ArrayList<String>();
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The longest common subsequence of the two, as changes: the classic table, read back from the start. */
    private static void compare(List<Change> changes, List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        var common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                add(changes, Kind.SAME, before.get(i));
                i++;
                j++;
            }
            else if (common[i + 1][j] >= common[i][j + 1]) {
                add(changes, Kind.REMOVED, before.get(i++));
            }
            else {
                add(changes, Kind.ADDED, after.get(j++));
            }
        }
        while (i < n) {
            add(changes, Kind.REMOVED, before.get(i++));
        }
        while (j < m) {
            add(changes, Kind.ADDED, after.get(j++));
        }
    }

    private static void add(List<Change> changes, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!changes.isEmpty() && changes.getLast().kind() == kind) {
            changes.set(changes.size() - 1, new Change(kind, changes.getLast().text() + text));
        }
        else {
            changes.add(new Change(kind, text));
        }
    }

}
