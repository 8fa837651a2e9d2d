package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> sentences(String text) {
        return Tokenizer.sentences(Tokenizer.normalise(text)).stream()
            .map(sentence -> text.substring(sentence.start(), sentence.end()))
            .toList();
    }

    @Test
    void a_sentence_ends_at_a_full_stop_before_a_capital_but_not_after_an_abbreviation() {
        assertThat(sentences("Gen. Shoigu met U.S. officials in Pyongyang. The D.P.R.K. said no. 2.8 million tonnes moved."))
            .containsExactly("Gen. Shoigu met U.S. officials in Pyongyang.", "The D.P.R.K. said no.",
                    "2.8 million tonnes moved.");
    }

    @Test
    void a_numbered_item_is_not_the_end_of_a_sentence() {
        assertThat(sentences("Resolution No. 2371 banned coal. It applies.")).containsExactly("Resolution No. 2371 banned coal.",
                "It applies.");
    }

    @Test
    void closing_quotes_stay_with_their_sentence_and_a_line_break_ends_one() {
        assertThat(sentences("“We have new information,” he said. “Russia would receive munitions.”\nSource: Yonhap"))
            .containsExactly("“We have new information,” he said.", "“Russia would receive munitions.”", "Source: Yonhap");
    }

    @Test
    void normalising_keeps_every_offset_so_excerpts_quote_the_original_text() {
        var text = "Russia’s “potential deals” – and more";
        var normalised = Tokenizer.normalise(text);
        assertThat(normalised).hasSameSizeAs(text).isEqualTo("Russia's \"potential deals\" - and more");
        var tokens = Tokenizer.tokens(normalised);
        assertThat(tokens).extracting(Token::text).containsExactly("Russia", "'s", "\"", "potential", "deals", "\"", "-",
                "and", "more");
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("’s");
    }

    @Test
    void numbers_keep_their_separators_and_hyphenated_designations_split_into_touching_tokens() {
        var tokens = Tokenizer.tokens("6,700 containers of KN-23 and 2.8 tonnes");
        assertThat(tokens).extracting(Token::text).containsExactly("6,700", "containers", "of", "KN", "-", "23", "and",
                "2.8", "tonnes");
        assertThat(tokens.get(0).type()).isEqualTo(Token.Type.NUMBER);
        assertThat(tokens.get(3).touches(tokens.get(4))).isTrue();
    }

}
