package org.transferwatch.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Ties a sentence that only denies ("North Korea has strongly and repeatedly dismissed the accusation.")
 * to the proposal it disputes: the latest of the two sentences before it that involves the denier.
 */
final class Denials {

    /**
     * A denying sentence without a transfer of its own, who denies (null: no state named before the denial) and,
     * when it names no direction but a second state ("Moscow denied that any agreement on arms supplies had been
     * signed with Pyongyang"), that state: the denial then disputes a transfer between the two, either way.
     */
    record Denial(int sentence, @Nullable String denierCode, @Nullable String otherCode, Excerpt excerpt) {

        Denial(int sentence, @Nullable String denierCode, Excerpt excerpt) {
            this(sentence, denierCode, null, excerpt);
        }

        boolean disputes(RawProposal raw) {
            var supplier = raw.supplier().countryCode();
            var recipient = raw.recipient().countryCode();
            if (denierCode == null) {
                return true;
            }
            if (otherCode != null) {
                return supplier.equals(denierCode) && recipient.equals(otherCode)
                        || supplier.equals(otherCode) && recipient.equals(denierCode);
            }
            return supplier.equals(denierCode) || recipient.equals(denierCode);
        }

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

    /** The first state of the clause other than the denier: the other party of a denial without a direction. */
    static @Nullable String other(MarkedText text, Clause clause, @Nullable String denierCode) {
        for (var state : text.states()) {
            if (clause.contains(state.firstToken()) && state.party() && denierCode != null
                    && !state.countryCode().equals(denierCode)) {
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
                if (denial.disputes(raw)) {
                    target = raw;
                }
            }
            if (target != null) {
                target.denials().add(denial.excerpt());
            }
        }
    }

}
