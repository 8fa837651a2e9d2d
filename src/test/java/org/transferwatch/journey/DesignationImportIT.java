package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.transferwatch.designation.TestFiles;

/** An administrator imports the UN list into a database without one, then the same file again. */
// A database of its own, without the list loaded on start: the first import adds every entry.
@TestPropertySource(properties = { "transferwatch.test.isolated-context=designation-import",
        "transferwatch.designations.load-on-start=false" })
class DesignationImportIT extends BrowserJourney {

    @Test
    void an_admin_imports_the_un_list_twice_and_the_second_preview_says_nothing_changed() {
        logIn("admin");
        page.navigate(url("/designations"));
        page.locator("#import-designations").click();
        var file = new FilePayload("consolidated.xml", "application/xml", TestFiles.shipped());
        page.locator("#designation-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#designation-preview-summary"))
            .hasText("The list of 26 Sep 2024: 875 added, 0 amended, 0 delisted, 0 unchanged.");
        screenshot(page, "designation-import-preview");
        page.locator("#apply-designation-import").click();
        assertThat(page.locator("#designation-import-result"))
            .containsText("Imported consolidated.xml: 875 added, 0 amended, 0 delisted, 0 unchanged.");

        page.locator("#designation-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#designation-preview-summary"))
            .hasText("Nothing changed: the file (the list of 26 Sep 2024) matches the stored designations.");
        assertThat(page.locator("#apply-designation-import")).isHidden();
        screenshot(page, "designation-import-unchanged");
        assertThat(browserErrors).noneMatch(error -> error.contains("Exception") || error.contains("Internal error"));
    }

}
