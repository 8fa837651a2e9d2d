package org.transferwatch.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (the npm package's {@code axe.min.js}, kept in the test resources with its licence) run in Chromium on
 * the screens an analyst uses most: no critical or serious violation, one {@code <main>} landmark and one
 * {@code h1} on each.
 */
class AccessibilityIT extends BrowserJourney {

    private static final String AXE = axe();

    @Autowired
    DSLContext dsl;

    private static String axe() {
        try (var in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_analysts_screens_have_no_critical_or_serious_violation_and_one_main_and_one_heading() {
        logIn("analyst");
        long transfer = dsl.fetch("select min(id) from transfer").getValues(0, Long.class).getFirst();
        long source = dsl.fetch("select id from source where publisher = 'Yonhap News Agency'")
            .getValues(0, Long.class).getFirst();
        var screens = List.of(
                Map.entry("dashboard", "/"),
                Map.entry("transfers list", "/transfers"),
                Map.entry("transfer page", "/transfers/" + transfer),
                Map.entry("transfer form", "/transfers/new"),
                Map.entry("pair page", "/pairs/PRK/RUS"),
                Map.entry("sources", "/sources"),
                Map.entry("intake", "/sources/" + source + "/intake"),
                Map.entry("import", "/import"));
        var problems = new ArrayList<String>();
        screens.forEach(screen -> problems.addAll(check(screen.getKey(), screen.getValue())));
        assertThat(problems).isEmpty();
    }

    private List<String> check(String name, String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout > :not([slot])");
        // Let the view's lazy parts (grids, charts) render before they are judged.
        page.waitForLoadState();
        page.waitForTimeout(1_500);
        var problems = new ArrayList<String>();
        var landmarks = ((Number) page.evaluate("() => document.querySelectorAll('main, [role=main]').length")).intValue();
        var headings = ((Number) page.evaluate("() => document.querySelectorAll('h1').length")).intValue();
        if (landmarks != 1) {
            problems.add(name + ": " + landmarks + " main landmarks");
        }
        if (headings != 1) {
            problems.add(name + ": " + headings + " h1 headings");
        }
        if (page.evaluate("() => typeof window.axe").equals("undefined")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations
                    .filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                targets: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target) + ' ' + n.html.slice(0, 300) + ' ' + n.failureSummary).join(' ')}));
                }""");
        for (var violation : violations) {
            problems.add(name + ": " + violation.get("impact") + " " + violation.get("id") + " (" + violation.get("help")
                    + ") at " + violation.get("targets"));
        }
        return problems;
    }

}
