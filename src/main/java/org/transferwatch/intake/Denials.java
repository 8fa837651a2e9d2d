package org.transferwatch.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Ties a sentence that only denies ("North Korea has strongly and repeatedly dismissed the accusation.")
 * to the proposal it disputes: the latest of the two sentences before it that involves the denier.
 */
final class Denials {

    /** A denying sentence without goods of its own, and who denies (null: no state named before the denial). */
    record Denial(int sentence, @Nullable String denierCode, Excerpt excerpt) {
    }

    private Denials() {
    }

    /** The first state named in the clause before its denial word, or in it when it has none. */
    static @Nullable String denier(MarkedText text, Clause clause) {
        int denialAt = -1;
        for (int i = clause.from(); i < clause.to(); i++) {
            if (Cues.DENIAL.contains(text.tokens().get(i).lower())) {
                denialAt = i;
                break;
            }
        }
        for (var state : text.states()) {
            if (clause.contains(state.firstToken()) && state.party() && (denialAt < 0 || state.lastToken() < denialAt)) {
                return state.countryCode();
            }
        }
        return null;
    }

    /** Adds each denial to the proposal it disputes, if any. */
    static void link(List<RawProposal> raws, List<Denial> denials) {
        for (var denial : denials) {
            RawProposal target = null;
            for (int i = raws.size() - 1; i >= 0 && target == null; i--) {
                var raw = raws.get(i);
                if (raw.sentence() >= denial.sentence() || raw.sentence() < denial.sentence() - 2 || raw.status().denial()) {
                    continue;
                }
                if (denial.denierCode() == null || raw.supplier().countryCode().equals(denial.denierCode())
                        || raw.recipient().countryCode().equals(denial.denierCode())) {
                    target = raw;
                }
            }
            if (target != null) {
                target.denials().add(denial.excerpt());
            }
        }
    }

}
