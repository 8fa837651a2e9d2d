package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The assistant's quality, measured on five sets of report passages (see the "about" of each file):
 * <ul>
 * <li>the development set the rules were built on, a held-out set, and a fresh set written after the fixes
 * ({@code labelled-}, {@code heldout-}, {@code fresh-passages});</li>
 * <li>issue 18's reporting-shaped sets, written in our own words from published coverage, each passage naming the
 * report it follows: a development set ({@code reporting-dev-passages}) and a blind set
 * ({@code reporting-blind-passages}) split at random from the same writing.</li>
 * </ul>
 * Prints precision and recall of pair, direction, goods and status per set and over the first three; fails under
 * the floor on every dimension over the first three, and under each set's own floor (its score when the floor was
 * set, rounded down to 0.05), so that a drop in quality on any set fails the build.
 * <p>
 * <strong>Nobody tunes rules on the blind set.</strong> Its misses are not printed; do not look them up to fix the
 * assistant. Rules are built and fixed on the development sets; the blind set's first-run scores after each change
 * are the honest estimate on unseen reporting, and docs/intake.md records them. When the blind set has been looked
 * at too closely, write new blind passages from new reporting and move the old ones to the development set.
 */
class LabelledPassagesTest {

    static final double PRECISION_FLOOR = 0.90;

    static final double RECALL_FLOOR = 0.85;

    static final List<String> FIRST_SETS = List.of("labelled-passages", "heldout-passages", "fresh-passages");

    static final String REPORTING_DEV = "reporting-dev-passages";

    static final String REPORTING_BLIND = "reporting-blind-passages";

    /** Issue 18's target on the blind set: on pair with direction, goods and status. */
    static final double TARGET_PRECISION = 0.95;

    static final double TARGET_RECALL = 0.85;

    /**
     * Each set's floors: precision, then recall, of pair, direction, goods and status. They are the scores of
     * 8 December 2026 rounded down to 0.05 (the blind set's are its first run); raise them when the scores rise, never
     * lower them to let a change through.
     */
    static final Map<String, Floors> FLOORS = Map.of(
            "labelled-passages", new Floors(List.of(1.00, 1.00, 1.00, 1.00), List.of(1.00, 1.00, 1.00, 1.00)),
            "heldout-passages", new Floors(List.of(1.00, 1.00, 1.00, 1.00), List.of(0.95, 0.95, 0.95, 0.95)),
            "fresh-passages", new Floors(List.of(0.90, 0.90, 0.90, 0.90), List.of(0.80, 0.80, 0.80, 0.80)),
            REPORTING_DEV, new Floors(List.of(0.80, 0.80, 0.80, 0.55), List.of(0.35, 0.35, 0.35, 0.25)),
            REPORTING_BLIND, new Floors(List.of(0.90, 0.85, 0.85, 0.40), List.of(0.45, 0.40, 0.40, 0.20)));

    record Floors(List<Double> precision, List<Double> recall) {
    }

    private static final Map<String, PassageScore> SCORES = new LinkedHashMap<>();

    private static final Map<String, Integer> SIZES = new LinkedHashMap<>();

    /** The set's score, read once per test run. */
    static synchronized PassageScore score(String set) {
        return SCORES.computeIfAbsent(set, name -> {
            var score = new PassageScore();
            var passages = PassageScore.load("/intake/" + name + ".json");
            SIZES.put(name, passages.size());
            for (var passage : passages) {
                score.add(passage.id(), MigrationAliases.assistant().read(passage.text(), passage.reportedOn()).proposals(),
                        passage.expected());
            }
            return score;
        });
    }

    @Test
    void precision_and_recall_of_pair_direction_goods_and_status_stay_above_the_floor() {
        var all = new PassageScore();
        for (var set : FIRST_SETS) {
            var score = new PassageScore();
            var passages = PassageScore.load("/intake/" + set + ".json");
            for (var passage : passages) {
                var proposals = MigrationAliases.assistant().read(passage.text(), passage.reportedOn()).proposals();
                score.add(passage.id(), proposals, passage.expected());
                all.add(set + "/" + passage.id(), proposals, passage.expected());
            }
            System.out.println(score.table(set + " (" + passages.size() + " passages)"));
        }
        System.out.println(all.table("all sets"));
        for (int d = 0; d < PassageScore.DIMENSIONS.size(); d++) {
            assertThat(all.precision(d)).as("precision of " + PassageScore.DIMENSIONS.get(d))
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
            assertThat(all.recall(d)).as("recall of " + PassageScore.DIMENSIONS.get(d)).isGreaterThanOrEqualTo(RECALL_FLOOR);
        }
    }

    @Test
    void each_set_stays_above_its_own_floor() {
        var dev = score(REPORTING_DEV);
        System.out.println(dev.table(REPORTING_DEV + " (" + SIZES.get(REPORTING_DEV) + " passages)"));
        var blind = score(REPORTING_BLIND);
        System.out.println(blind.summary(REPORTING_BLIND + " (" + SIZES.get(REPORTING_BLIND)
                + " passages; misses not printed: nobody tunes rules on the blind set)"));
        for (var entry : FLOORS.entrySet()) {
            var score = score(entry.getKey());
            var floors = entry.getValue();
            for (int d = 0; d < PassageScore.DIMENSIONS.size(); d++) {
                var dimension = PassageScore.DIMENSIONS.get(d);
                assertThat(score.precision(d)).as(entry.getKey() + ": precision of " + dimension)
                    .isGreaterThanOrEqualTo(floors.precision().get(d) - 1e-9);
                assertThat(score.recall(d)).as(entry.getKey() + ": recall of " + dimension)
                    .isGreaterThanOrEqualTo(floors.recall().get(d) - 1e-9);
            }
        }
    }

    /**
     * Issue 18's target, on the blind set only: recall at least 0.85 and precision at least 0.95 on pair with
     * direction, on goods and on status, and the direction right for every proposal matched to an expected transfer.
     */
    @Test
    @Disabled("issue 18 target: not yet met — blind set scores (precision / recall) direction 0.88 / 0.44, goods 0.88 / 0.44, "
            + "status 0.44 / 0.22, and 1 of 29 matched proposals has its direction wrong (first run, 8 December 2026)")
    void the_blind_set_meets_the_issue_18_target() {
        var blind = score(REPORTING_BLIND);
        System.out.println(blind.summary(REPORTING_BLIND + " against issue 18's target"));
        for (var dimension : List.of("direction", "goods", "status")) {
            int d = PassageScore.DIMENSIONS.indexOf(dimension);
            assertThat(blind.precision(d)).as("blind set: precision of " + dimension)
                .isGreaterThanOrEqualTo(TARGET_PRECISION);
            assertThat(blind.recall(d)).as("blind set: recall of " + dimension).isGreaterThanOrEqualTo(TARGET_RECALL);
        }
        assertThat(blind.wrongDirections()).as("blind set: matched proposals with the direction wrong").isZero();
    }

    @Test
    void the_sets_hold_enough_passages_each_with_a_report_date() {
        for (var set : FIRST_SETS) {
            var passages = PassageScore.load("/intake/" + set + ".json");
            assertThat(passages).as(set).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(p -> assertThat(p.reportedOn()).isNotNull());
        }
        var dev = PassageScore.load("/intake/" + REPORTING_DEV + ".json");
        var blind = PassageScore.load("/intake/" + REPORTING_BLIND + ".json");
        assertThat(dev.size() + blind.size()).as("reporting-shaped passages").isGreaterThanOrEqualTo(120);
        assertThat(blind).as(REPORTING_BLIND).hasSizeGreaterThanOrEqualTo(40);
        for (var passages : List.of(dev, blind)) {
            assertThat(passages).allSatisfy(p -> {
                assertThat(p.reportedOn()).as(p.id()).isNotNull();
                assertThat(p.follows()).as(p.id() + " names the report it follows").isNotBlank();
            });
        }
        assertThat(blind).extracting(PassageScore.Passage::id)
            .as("no passage in both reporting sets")
            .doesNotContainAnyElementsOf(dev.stream().map(PassageScore.Passage::id).toList());
        assertThat(blind).extracting(p -> p.text().toLowerCase(Locale.ROOT))
            .doesNotContainAnyElementsOf(dev.stream().map(p -> p.text().toLowerCase(Locale.ROOT)).toList());
    }

}
