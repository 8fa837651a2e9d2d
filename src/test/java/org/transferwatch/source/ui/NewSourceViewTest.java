package org.transferwatch.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class NewSourceViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    private SourceForm open() {
        navigate(NewSourceView.class);
        return ((NewSourceView) getCurrentView()).form();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void pasting_text_suggests_a_title_and_a_publisher_the_user_can_change() {
        var form = open();
        test(form.content).setValue("Iran has supplied Russia with hundreds of drones, officials said. More follows.\n"
                + "Source: Reuters");
        assertThat(form.title.getValue()).isEqualTo("Iran has supplied Russia with hundreds of drones, officials said");
        assertThat(form.title.getHelperText()).isEqualTo("Suggested from the first sentence: edit it");
        assertThat(form.publisher.getValue()).isEqualTo("Reuters");
        test(form.title).setValue("Iran supplies drones");
        test(form.content).setValue("Something else entirely, long enough to be a sentence. Yes.");
        assertThat(form.title.getValue()).isEqualTo("Iran supplies drones");
    }

    @Test
    void adding_a_source_stores_it_and_opens_it() {
        var form = open();
        test(form.content).setValue("Belarus handed over T-72 tanks to Russia.");
        test(form.title).setValue("Belarus hands over tanks");
        test(form.url).setValue("https://www.example.org/belarus-tanks?utm_source=x");
        test(form.publishedOn).setValue(LocalDate.of(2023, 3, 14));
        test(form.add).click();
        assertThat(getCurrentView()).isInstanceOf(SourceView.class);
        assertThat(lastNotification()).isEqualTo("Source added to the library.");
        assertThat(as(Role.VIEWER, () -> sources.count("belarus"))).isEqualTo(1);
    }

    @Test
    void add_and_read_opens_the_assistant_on_the_new_source() {
        var form = open();
        test(form.content).setValue("Belarus handed over T-72 tanks to Russia.");
        test(form.addAndRead).click();
        assertThat(currentPath()).matches("sources/\\d+/intake");
    }

    @Test
    void the_same_url_again_with_another_text_keeps_it_as_the_next_capture_of_the_existing_source() {
        var existing = as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst());
        as(Role.ANALYST, () -> sources.add(new NewSource(
                SourceKind.NEWS_ARTICLE, "Tanks", null, null, "https://example.org/tanks", null,
                null, "Tanks moved.")));
        var tanks = as(Role.VIEWER, () -> sources.search("Tanks", 1).getFirst());
        var form = open();
        test(form.title).setValue("Another title");
        test(form.url).setValue("HTTPS://WWW.example.org/tanks/#top");
        test(form.content).setValue("A different text.");
        test(form.add).click();
        assertThat(currentPath()).isEqualTo("sources/" + tanks.id());
        assertThat(lastNotification()).isEqualTo("This URL is already in the library as “Tanks”, with another text: the new"
                + " text is kept as capture 2, beside the earlier ones; the source's page shows what changed.");
        assertThat(as(Role.VIEWER, () -> sources.captures(tanks.id()))).extracting(c -> c.text())
            .containsExactly("Tanks moved.", "A different text.");
        // The demo's two sources and "Tanks": nothing new.
        assertThat(as(Role.VIEWER, () -> sources.count(""))).isEqualTo(3);
        assertThat(existing.id()).isNotEqualTo(tanks.id());
    }

    @Test
    void the_same_text_again_takes_the_user_to_the_existing_source_even_from_add_and_read() {
        var existing = as(Role.VIEWER, () -> sources.findById(sources.search("Yonhap", 1).getFirst().id()).orElseThrow());
        var form = open();
        test(form.content).setValue("  " + existing.content().toUpperCase() + "\n");
        test(form.addAndRead).click();
        assertThat(currentPath()).isEqualTo("sources/" + existing.id());
        assertThat(lastNotification()).startsWith("This source is already in the library (same text): here it is, “US says");
        // The demo's two sources only: nothing new.
        assertThat(as(Role.VIEWER, () -> sources.count(""))).isEqualTo(2);
    }

    @Test
    void the_same_url_and_text_again_takes_the_user_to_the_existing_source() {
        as(Role.ANALYST, () -> sources.add(new NewSource(
                SourceKind.NEWS_ARTICLE, "Tanks", null, null, "https://example.org/tanks", null, null, "Tanks moved.")));
        var tanks = as(Role.VIEWER, () -> sources.search("Tanks", 1).getFirst());
        var form = open();
        test(form.title).setValue("Another title");
        test(form.url).setValue("https://example.org/tanks");
        test(form.content).setValue("Tanks  moved.\n");
        test(form.add).click();
        assertThat(currentPath()).isEqualTo("sources/" + tanks.id());
        assertThat(lastNotification()).isEqualTo("This source is already in the library (same URL): here it is, “Tanks”.");
        assertThat(as(Role.VIEWER, () -> sources.captures(tanks.id()))).hasSize(1);
    }

    @Test
    void the_same_text_under_another_url_is_added_with_a_warning_that_it_is_likely_a_duplicate() {
        var existing = as(Role.VIEWER, () -> sources.findById(sources.search("Yonhap", 1).getFirst().id()).orElseThrow());
        var form = open();
        test(form.content).setValue(existing.content());
        test(form.title).setValue("The same wire story, elsewhere");
        test(form.url).setValue("https://another.example.net/wire/kirby");
        test(form.add).click();
        assertThat(getCurrentView()).isInstanceOf(SourceView.class);
        assertThat(lastNotification()).isEqualTo("Source added to the library, but it is likely a duplicate: the same text"
                + " is already in “US says Russia-North Korea arms negotiations are actively advancing” under another URL."
                + " Its page links to it.");
        assertThat(as(Role.VIEWER, () -> sources.count(""))).isEqualTo(3);
    }

    @Test
    void a_source_without_a_title_or_with_a_bad_url_is_refused_with_the_problems_shown() {
        var form = open();
        test(form.url).setValue("ftp://example.org/file");
        test(form.add).click();
        assertThat(getCurrentView()).isInstanceOf(NewSourceView.class);
        assertThat(find(Div.class).id("source-problems").isVisible()).isTrue();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.url.getErrorMessage()).isEqualTo("The URL must be a web address starting with http:// or https://, such as https://www.example.org/report, without spaces.");
    }

}
