package org.transferwatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.source.TextDiff.Change;
import org.transferwatch.source.TextDiff.Kind;

class TextDiffTest {

    @Test
    void marks_the_words_added_and_removed_and_keeps_the_rest() {
        var diff = TextDiff.of("North Korea has shipped shells to Russia.",
                "North Korea has shipped artillery shells to Russia by rail.");
        assertThat(diff).containsExactly(new Change(Kind.SAME, "North Korea has shipped "),
                new Change(Kind.ADDED, "artillery "), new Change(Kind.SAME, "shells to "),
                new Change(Kind.REMOVED, "Russia."), new Change(Kind.ADDED, "Russia by rail."));
        assertThat(TextDiff.summary(diff)).isEqualTo("4 words added, 1 word removed.");
    }

    @Test
    void a_replaced_figure_is_one_word_removed_and_one_added() {
        var diff = TextDiff.of("It sent 300 shells.", "It sent 3,000 shells.");
        assertThat(diff).containsExactly(new Change(Kind.SAME, "It sent "), new Change(Kind.REMOVED, "300"),
                new Change(Kind.ADDED, "3,000"), new Change(Kind.SAME, " shells."));
    }

    @Test
    void the_same_words_with_other_white_space_say_so() {
        var diff = TextDiff.of("Shells  were\nsent.", "Shells were sent.");
        assertThat(TextDiff.summary(diff)).isEqualTo("The texts differ only in white space.");
    }

    @Test
    void joining_the_runs_gives_back_both_texts() {
        var older = "Line one.\nLine two is here.\nLine three.";
        var newer = "Line one.\nLine two was here.\nA new line.\nLine three.";
        var diff = TextDiff.of(older, newer);
        assertThat(text(diff, Kind.ADDED)).isEqualTo(newer);
        assertThat(text(diff, Kind.REMOVED)).isEqualTo(older);
    }

    @Test
    void two_long_different_texts_are_compared_line_by_line_without_running_out_of_memory() {
        var older = new StringBuilder();
        var newer = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            older.append("old line ").append(i).append(" with words\n");
            newer.append("new line ").append(i).append(" with words\n");
        }
        var diff = TextDiff.of(older.toString(), newer.toString());
        assertThat(text(diff, Kind.ADDED)).isEqualTo(newer.toString());
        assertThat(text(diff, Kind.REMOVED)).isEqualTo(older.toString());
    }

    /** The text one side reads: the shared runs and its own. */
    private static String text(List<Change> diff, Kind side) {
        var text = new StringBuilder();
        diff.stream().filter(change -> change.kind() == Kind.SAME || change.kind() == side).forEach(c -> text.append(c.text()));
        return text.toString();
    }

}
