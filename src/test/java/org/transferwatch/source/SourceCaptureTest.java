package org.transferwatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class SourceCaptureTest {

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    private static NewSource article(String url, String text) {
        return new NewSource(SourceKind.NEWS_ARTICLE, "Shells by rail", "A test outlet", null, url,
                LocalDate.of(2023, 10, 5), "en", text);
    }

    @Test
    void a_new_source_keeps_its_text_exactly_as_pasted_as_its_first_capture_with_its_sha256() {
        var pasted = "  North Korea has shipped artillery shells to Russia.\n\nMore follows.  \n";
        var added = sources.add(article("https://example.org/shells", pasted));
        assertThat(added.duplicate()).isFalse();
        assertThat(added.captureNumber()).isEqualTo(1);
        assertThat(sources.captures(added.source().id())).singleElement().satisfies(capture -> {
            assertThat(capture.number()).isEqualTo(1);
            assertThat(capture.text()).isEqualTo(pasted);
            // The SHA-256 of the UTF-8 bytes as pasted, leading spaces and all (sha256sum of the same bytes).
            assertThat(capture.sha256()).isEqualTo(SourceText.sha256(pasted)).hasSize(64)
                .isNotEqualTo(SourceText.sha256(pasted.strip()));
            assertThat(capture.capturedBy()).isEqualTo("Demo analyst");
            assertThat(capture.capturedAt()).isNotNull();
        });
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("entity_type = 'source_capture' and action = 'create'"
                + " and (after ->> 'source_id')::bigint = ?", added.source().id()))).isEqualTo(1);
    }

    @Test
    void the_same_url_captured_again_with_another_text_keeps_both_and_the_source_reads_the_latest() {
        var first = sources.add(article("https://example.org/shells", "North Korea has shipped shells to Russia."));
        var before = sources.count("");
        var again = sources.add(article("https://www.example.org/shells/?utm_source=feed",
                "North Korea has shipped artillery shells to Russia by rail."));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.recaptured()).isTrue();
        assertThat(again.captureNumber()).isEqualTo(2);
        assertThat(again.source().id()).isEqualTo(first.source().id());
        assertThat(sources.count("")).isEqualTo(before);
        assertThat(sources.captures(first.source().id())).extracting(SourceCapture::text).containsExactly(
                "North Korea has shipped shells to Russia.", "North Korea has shipped artillery shells to Russia by rail.");
        assertThat(sources.findById(first.source().id()).orElseThrow().content())
            .isEqualTo("North Korea has shipped artillery shells to Russia by rail.");
        assertThat(dsl.fetchValue("select reason from audit_event where entity_type = 'source' and action = 'update'"
                + " and entity_id = ?", Long.toString(first.source().id())))
            .isEqualTo("Captured again: the text at this URL had changed.");
    }

    @Test
    void the_same_url_with_the_same_text_but_other_line_breaks_or_capitals_is_no_new_capture() {
        var first = sources.add(article("https://example.org/shells", "North Korea has shipped shells to Russia."));
        var again = sources.add(article("https://example.org/shells", "NORTH KOREA  has shipped\nshells to Russia.\n"));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.recaptured()).isFalse();
        assertThat(sources.captures(first.source().id())).hasSize(1);
    }

    @Test
    void the_same_text_under_another_url_is_stored_and_named_as_likely_the_same_report_both_ways() {
        var yonhap = sources.add(article("https://example.org/yonhap/shells", "North Korea has shipped shells to Russia."));
        var copy = sources.add(article("https://another.example.net/wire/123", "North Korea has shipped shells\nto Russia. "));
        assertThat(copy.duplicate()).isFalse();
        assertThat(copy.sameText()).extracting(Source::id).containsExactly(yonhap.source().id());
        assertThat(sources.sameText(yonhap.source().id())).extracting(Source::id).containsExactly(copy.source().id());
        assertThat(sources.sameText(copy.source().id())).extracting(Source::id).containsExactly(yonhap.source().id());
        var other = sources.add(article("https://example.org/other", "Iran has supplied drones to Russia."));
        assertThat(other.sameText()).isEmpty();
        assertThat(sources.sameText(other.source().id())).isEmpty();
    }

    @Test
    void an_earlier_capture_of_another_source_counts_as_the_same_text_too() {
        var first = sources.add(article("https://example.org/shells", "North Korea has shipped shells to Russia."));
        sources.add(article("https://example.org/shells", "North Korea has shipped shells to Russia, officials said."));
        var copy = sources.add(article("https://example.net/copy", "North Korea has shipped shells to Russia."));
        assertThat(copy.sameText()).extracting(Source::id).containsExactly(first.source().id());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_demo_article_has_its_text_as_its_first_capture() {
        var demo = as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst());
        var captures = sources.captures(demo.id());
        assertThat(captures).hasSize(1);
        assertThat(captures.getFirst().text().strip()).isEqualTo(demo.content());
    }

}
