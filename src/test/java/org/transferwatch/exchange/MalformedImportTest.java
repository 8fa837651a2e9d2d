package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.transferwatch.support.TestData.as;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.transferwatch.Application;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestDatabase;

/**
 * Property-based: whatever is wrong with an uploaded file (random bytes, another encoding, missing
 * columns, a huge field, an unbalanced quote), the import refuses it with sentences for people and
 * the database is exactly as before. jqwik runs these on the JUnit platform, so Surefire runs them
 * with the rest; the application runs once for the class, on a database of its own.
 */
class MalformedImportTest {

    private static final String HEADER = "natural_key,supplier_code,recipient_code,kind,category,item,quantity_low,"
            + "status,period_start,period_end,period_precision,confidence,notes";

    private static final String ROW = "k%d,PRK,RUS,arms,ML3,%s,10,delivered,2024-01-01,2024-03-31,quarter,moderate,%s";

    private static ConfigurableApplicationContext application;

    private static ExchangeService exchange;

    private static DSLContext dsl;

    @BeforeContainer
    static void startTheApplication() {
        application = new SpringApplicationBuilder(Application.class).initializers(new TestDatabase())
            .properties("server.port=0")
            .run();
        exchange = application.getBean(ExchangeService.class);
        dsl = application.getBean(DSLContext.class);
    }

    @AfterContainer
    static void stopTheApplication() {
        if (application != null) {
            application.close();
        }
    }

    @Property(tries = 100)
    void random_bytes_are_refused_and_change_nothing(@ForAll @Size(max = 3000) byte[] content) {
        assertRefusedAndUnchanged(content);
    }

    @Property(tries = 60)
    void a_file_in_another_encoding_is_refused_and_changes_nothing(@ForAll("words") String item,
            @ForAll("foreignCharsets") Charset charset) {
        var text = HEADER + "\r\n" + ROW.formatted(1, item + "ä" + item, "Wärtsilä engine") + "\r\n";
        assertRefusedAndUnchanged(text.getBytes(charset));
    }

    @Property(tries = 60)
    void a_file_missing_a_required_column_is_refused_and_changes_nothing(@ForAll("requiredColumns") Set<String> missing) {
        var columns = new ArrayList<>(List.of(HEADER.split(",")));
        var row = new ArrayList<>(List.of(ROW.formatted(1, "Shells", "n").split(",")));
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (missing.contains(columns.get(i))) {
                columns.remove(i);
                row.remove(i);
            }
        }
        assertRefusedAndUnchanged((String.join(",", columns) + "\r\n" + String.join(",", row) + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50)
    void a_huge_field_is_refused_and_changes_nothing(@ForAll @IntRange(min = 10_001, max = 60_000) int length,
            @ForAll @IntRange(min = 0, max = 12) int column) {
        var cells = new ArrayList<>(List.of(ROW.formatted(1, "Shells", "n").split(",")));
        cells.set(column, "x".repeat(length));
        assertRefusedAndUnchanged((HEADER + "\r\n" + String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 60)
    void an_unbalanced_quote_is_refused_and_changes_nothing(@ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll @IntRange(min = 0, max = 12) int column, @ForAll("words") String item) {
        var text = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            var cells = new ArrayList<>(List.of(ROW.formatted(i, item, "note " + i).split(",")));
            if (i == rows / 2) {
                cells.set(column, "\"" + cells.get(column));
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        assertRefusedAndUnchanged(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<Charset> foreignCharsets() {
        return Arbitraries.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16, Charset.forName("windows-1252"));
    }

    @Provide
    Arbitrary<Set<String>> requiredColumns() {
        return Arbitraries.of("supplier_code", "recipient_code", "kind", "item", "status", "confidence").set().ofMinSize(1);
    }

    private static void assertRefusedAndUnchanged(byte[] content) {
        var before = counts();
        var thrown = catchThrowable(() -> as(Role.ANALYST,
                () -> exchange.importPreview(exchange.preview("upload.csv", content, share -> {
                }), written -> {
                })));
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).problems()).isNotEmpty()
            .allSatisfy(problem -> assertThat(problem).isNotBlank().doesNotContain("Exception").doesNotContain("null"));
        assertThat(counts()).isEqualTo(before);
    }

    private static List<Integer> counts() {
        return List.of(dsl.fetchCount(dsl.selectFrom("transfer")), dsl.fetchCount(dsl.selectFrom("claim_link")),
                dsl.fetchCount(dsl.selectFrom("source")), dsl.fetchCount(dsl.selectFrom("audit_event")));
    }

}
