package org.transferwatch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.transferwatch.transfer.Stance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the assistant against labelled passages. Each proposal is aligned with at most one expected
 * transfer of the same (unordered) pair of states, preferring the one it gets most right; then, per
 * dimension, a true positive is an aligned proposal that is right on it: the pair; the direction
 * (supplier and recipient in order); the goods (kind and category); the status. Precision divides by
 * all proposals made, recall by all transfers expected, so an unaligned proposal counts against every
 * dimension's precision and a missed transfer against every recall.
 */
final class PassageScore {

    record Expected(String supplier, String recipient, String kind, String category, String status, String period,
            boolean disputed) {

        String label() {
            return supplier + "\u2192" + recipient + " " + kind + "/" + category + " " + status;
        }

    }

    /**
     * A labelled passage. {@code follows} names the outlet and date of the real report a reporting-shaped passage
     * follows (null in the first three sets); the loader ignores any other field a file adds, such as
     * {@code construction}.
     */
    record Passage(String id, LocalDate reportedOn, String text, List<Expected> expected, String follows) {
    }

    static final List<String> DIMENSIONS = List.of("pair", "direction", "goods", "status");

    final int[] truePositives = new int[4];

    int proposals;

    int expected;

    int periodsExpected;

    int periodsRight;

    int denialsExpected;

    int denialsRight;

    final List<String> misses = new ArrayList<>();

    static List<Passage> load(String resource) {
        try (var in = PassageScore.class.getResourceAsStream(resource)) {
            var root = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var passages = new ArrayList<Passage>();
            for (JsonNode node : root.get("passages")) {
                var expected = new ArrayList<Expected>();
                for (JsonNode e : node.get("expected")) {
                    expected.add(new Expected(e.get("supplier").asString(), e.get("recipient").asString(),
                            e.get("kind").asString(), e.get("category").isNull() ? null : e.get("category").asString(),
                            e.get("status").asString(), e.has("period") ? e.get("period").asString() : null,
                            e.has("disputed") && e.get("disputed").asBoolean()));
                }
                passages.add(new Passage(node.get("id").asString(), LocalDate.parse(node.get("reportedOn").asString()),
                        node.get("text").asString(), expected, node.has("follows") ? node.get("follows").asString() : null));
            }
            return passages;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String id, List<Proposal> made, List<Expected> wanted) {
        proposals += made.size();
        expected += wanted.size();
        var usedProposals = new HashSet<Integer>();
        var usedExpected = new HashSet<Integer>();
        while (true) {
            int bestP = -1;
            int bestE = -1;
            int bestScore = 0;
            for (int p = 0; p < made.size(); p++) {
                for (int e = 0; e < wanted.size(); e++) {
                    if (usedProposals.contains(p) || usedExpected.contains(e)) {
                        continue;
                    }
                    var score = score(made.get(p), wanted.get(e));
                    if (score > bestScore) {
                        bestScore = score;
                        bestP = p;
                        bestE = e;
                    }
                }
            }
            if (bestP < 0) {
                break;
            }
            usedProposals.add(bestP);
            usedExpected.add(bestE);
            var proposal = made.get(bestP);
            var want = wanted.get(bestE);
            var right = new boolean[] { true, direction(proposal, want), goods(proposal, want), status(proposal, want) };
            for (int d = 0; d < 4; d++) {
                if (right[d]) {
                    truePositives[d]++;
                }
                else {
                    misses.add(id + ": " + DIMENSIONS.get(d) + " wrong, expected " + want.label() + ", proposed "
                            + label(proposal));
                }
            }
            if (want.period() != null) {
                periodsExpected++;
                if (proposal.period() != null && proposal.period().label().equals(want.period())) {
                    periodsRight++;
                }
                else {
                    misses.add(id + ": period " + (proposal.period() == null ? "none" : proposal.period().label())
                            + ", expected " + want.period());
                }
            }
            if (want.disputed()) {
                denialsExpected++;
                if (proposal.stance() == Stance.DISPUTES || !proposal.denials().isEmpty()) {
                    denialsRight++;
                }
            }
        }
        for (int p = 0; p < made.size(); p++) {
            if (!usedProposals.contains(p)) {
                misses.add(id + ": extra proposal " + label(made.get(p)));
            }
        }
        for (int e = 0; e < wanted.size(); e++) {
            if (!usedExpected.contains(e)) {
                misses.add(id + ": missed " + wanted.get(e).label());
            }
        }
    }

    private static String label(Proposal p) {
        return p.supplierCode() + "\u2192" + p.recipientCode() + " " + p.kind().dbValue() + "/" + p.categoryCode() + " "
                + p.status().dbValue();
    }

    private static int score(Proposal p, Expected e) {
        var samePair = p.supplierCode().equals(e.supplier()) && p.recipientCode().equals(e.recipient())
                || p.supplierCode().equals(e.recipient()) && p.recipientCode().equals(e.supplier());
        if (!samePair) {
            return 0;
        }
        return 1 + (direction(p, e) ? 1 : 0) + (goods(p, e) ? 2 : 0) + (status(p, e) ? 1 : 0);
    }

    private static boolean direction(Proposal p, Expected e) {
        return p.supplierCode().equals(e.supplier()) && p.recipientCode().equals(e.recipient());
    }

    private static boolean goods(Proposal p, Expected e) {
        return p.kind().dbValue().equals(e.kind()) && Objects.equals(p.categoryCode(), e.category());
    }

    private static boolean status(Proposal p, Expected e) {
        return p.status().dbValue().equals(e.status());
    }

    double precision(int dimension) {
        return proposals == 0 ? 1 : (double) truePositives[dimension] / proposals;
    }

    double recall(int dimension) {
        return expected == 0 ? 1 : (double) truePositives[dimension] / expected;
    }

    /** Matched proposals (aligned with an expected transfer of the same pair) whose direction is wrong. */
    int wrongDirections() {
        return truePositives[0] - truePositives[1];
    }

    /** The scores without the list of misses, for a set whose misses nobody should read. */
    String summary(String title) {
        var text = new StringBuilder(String.format(Locale.ENGLISH, "%s: %d transfers expected, %d proposed%n", title,
                expected, proposals));
        text.append(String.format(Locale.ENGLISH, "  %-10s %9s %9s%n", "", "precision", "recall"));
        for (int d = 0; d < 4; d++) {
            text.append(String.format(Locale.ENGLISH, "  %-10s %9.2f %9.2f%n", DIMENSIONS.get(d), precision(d), recall(d)));
        }
        text.append(String.format(Locale.ENGLISH, "  periods right: %d of %d expected; denials linked: %d of %d%n",
                periodsRight, periodsExpected, denialsRight, denialsExpected));
        text.append(String.format(Locale.ENGLISH, "  matched proposals with the direction wrong: %d of %d%n", wrongDirections(),
                truePositives[0]));
        return text.toString();
    }

    String table(String title) {
        var text = new StringBuilder(String.format(Locale.ENGLISH, "%s: %d transfers expected, %d proposed%n", title,
                expected, proposals));
        text.append(String.format(Locale.ENGLISH, "  %-10s %9s %9s%n", "", "precision", "recall"));
        for (int d = 0; d < 4; d++) {
            text.append(String.format(Locale.ENGLISH, "  %-10s %9.2f %9.2f%n", DIMENSIONS.get(d), precision(d), recall(d)));
        }
        text.append(String.format(Locale.ENGLISH, "  periods right: %d of %d expected; denials linked: %d of %d%n",
                periodsRight, periodsExpected, denialsRight, denialsExpected));
        misses.forEach(miss -> text.append("  - ").append(miss).append('\n'));
        return text.toString();
    }

}
