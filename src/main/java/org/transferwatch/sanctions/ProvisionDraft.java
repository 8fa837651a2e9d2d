package org.transferwatch.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;

/** A provision as staff enter it: the citation, the summary, and the scope the suggestions match against. */
public record ProvisionDraft(@Nullable Long instrumentId, @Nullable String paragraph, @Nullable String summary,
        @Nullable String url, boolean citationVerified, @Nullable Conduct conduct, @Nullable Binding binding,
        List<String> kinds, List<String> categoryCodes, List<String> goodsTerms, List<ScopeRow> scope,
        @Nullable LocalDate appliesFrom, @Nullable LocalDate appliesUntil) {

    public static final int MAX_PARAGRAPH = 100;

    public static final int MAX_SUMMARY = 1_000;

    public static final int MAX_URL = 2_000;

    public static final int MAX_TERMS = 50;

    public static final int MAX_TERM = 100;

    public static final List<String> KINDS = List.of("arms", "raw_material", "dual_use");

    /** The fields a problem of a provision belongs to. */
    public enum Field implements Problem.Field {
        INSTRUMENT, PARAGRAPH, SUMMARY, URL, CONDUCT, BINDING, KINDS, CATEGORIES, GOODS_TERMS, SCOPE, APPLIES_FROM,
        APPLIES_UNTIL
    }

    /** Every rule the draft breaks that needs no database, each with its field. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (instrumentId == null) {
            problems.add(Field.INSTRUMENT.problem("Choose the instrument the provision belongs to."));
        }
        if (paragraph == null || paragraph.isBlank()) {
            problems.add(Field.PARAGRAPH.problem("Enter the paragraph or article, e.g. \"para 5\" or \"Art 2a\"."));
        }
        else if (paragraph.strip().length() > MAX_PARAGRAPH) {
            problems.add(Field.PARAGRAPH.problem("The paragraph is limited to " + MAX_PARAGRAPH + " characters."));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(Field.SUMMARY.problem("Summarise what the provision prohibits, in a sentence or two."));
        }
        else if (summary.strip().length() > MAX_SUMMARY) {
            problems.add(Field.SUMMARY.problem("The summary is limited to 1,000 characters."));
        }
        if (url != null && !url.isBlank()) {
            var clean = url.strip();
            if (clean.length() > MAX_URL) {
                problems.add(Field.URL.problem("The URL is limited to 2,000 characters."));
            }
            else if (!clean.matches("https?://\\S+")) {
                problems.add(Field.URL.problem("The URL must be a web address starting with http:// or https://, such as"
                        + " https://undocs.org/S/RES/2397(2017)."));
            }
        }
        if (conduct == null) {
            problems.add(Field.CONDUCT.problem("Say whether the provision prohibits goods or empowers designations."));
        }
        if (binding == null) {
            problems.add(Field.BINDING.problem("Say whom the provision binds."));
        }
        if (kinds.isEmpty()) {
            problems.add(Field.KINDS.problem("Choose at least one kind of goods the provision covers."));
        }
        else if (!KINDS.containsAll(kinds)) {
            problems.add(Field.KINDS.problem("The kinds of goods are arms, raw materials and dual-use goods."));
        }
        if (goodsTerms.size() > MAX_TERMS) {
            problems.add(Field.GOODS_TERMS.problem("At most " + MAX_TERMS + " goods can be named."));
        }
        for (var term : goodsTerms) {
            if (term.strip().length() > MAX_TERM) {
                problems.add(Field.GOODS_TERMS.problem("Each named good is limited to " + MAX_TERM
                        + " characters; \"" + term.strip().substring(0, 30) + "…\" is longer."));
                break;
            }
        }
        scopeProblems(problems);
        if (appliesFrom == null) {
            problems.add(Field.APPLIES_FROM.problem("Enter the date the provision applies from."));
        }
        if (appliesFrom != null && appliesUntil != null && appliesUntil.isBefore(appliesFrom)) {
            problems.add(Field.APPLIES_UNTIL.problem("The provision must apply until a day on or after it applies from."));
        }
        return problems;
    }

    private void scopeProblems(List<Problem> problems) {
        if (scope.isEmpty()) {
            problems.add(Field.SCOPE.problem("Name at least one state the provision targets: as supplier, recipient"
                    + " or both."));
            return;
        }
        var seen = new HashSet<ScopeRow>();
        for (var row : scope) {
            if (row.supplierCode() == null && row.recipientCode() == null) {
                problems.add(Field.SCOPE.problem("Each scope line names a supplier, a recipient or both; \"any state to"
                        + " any state\" would cover every transfer."));
                return;
            }
            if (row.supplierCode() != null && row.supplierCode().equals(row.recipientCode())) {
                problems.add(Field.SCOPE.problem("A scope line's supplier and recipient must differ."));
                return;
            }
            if (!seen.add(row)) {
                problems.add(Field.SCOPE.problem("The same scope line is given twice."));
                return;
            }
        }
    }

    /** The draft with text trimmed, empty text as none, and the goods named in lower case, each once. */
    public ProvisionDraft cleaned() {
        var terms = goodsTerms.stream().map(t -> t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty()).distinct().toList();
        return new ProvisionDraft(instrumentId, strip(paragraph), strip(summary), strip(url), citationVerified, conduct,
                binding, kinds.stream().distinct().toList(), categoryCodes.stream().distinct().toList(), terms, scope,
                appliesFrom, appliesUntil);
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
