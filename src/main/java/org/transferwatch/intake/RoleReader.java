package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.Roles.Role;

/**
 * Decides who gives a clause's goods and who gets them from its {@link RoleCues}: the supplier and
 * recipient are the two different states with the highest total; the other party of dealings ("talks
 * with X") fills a missing side; states joined to either by "and" share its role. Without both a
 * supplier and a recipient there is no proposal.
 */
final class RoleReader {

    private final MarkedText text;

    private final List<Token> tokens;

    private final RoleCues cues;

    RoleReader(MarkedText text) {
        this.text = text;
        this.tokens = text.tokens();
        this.cues = new RoleCues(text);
    }

    /** The roles in the clause, with {@code group} the goods the proposal is about (none: only the structure). */
    Roles roles(Clause clause, List<GoodsMention> group) {
        var offers = cues.offers(clause, group);
        var roles = best(offers.suppliers(), offers.recipients());
        if (!roles.complete() && !offers.counterparts().isEmpty()) {
            roles = withCounterpart(roles, offers.counterparts().getFirst());
        }
        if (!roles.complete()) {
            roles = between(roles, clause);
        }
        if (!roles.complete()) {
            return roles;
        }
        return new Roles(roles.supplier(), roles.recipient(), coordinated(roles.supplier().state(), clause, roles),
                coordinated(roles.recipient().state(), clause, roles));
    }

    /**
     * "talks between Tehran and Moscow over deliveries ... to Russia": with one side known, the other state of the
     * pair takes the other side. With neither known, "between" gives no direction.
     */
    private Roles between(Roles roles, Clause clause) {
        if (roles.supplier() == null && roles.recipient() == null) {
            return roles;
        }
        for (int k = clause.from(); k < clause.to(); k++) {
            if (!tokens.get(k).is("between")) {
                continue;
            }
            int a = k + 1;
            while (a < clause.to() && Cues.DETERMINERS.contains(tokens.get(a).lower())) {
                a++;
            }
            var first = text.stateAt(a);
            if (first == null || first.firstToken() != a || first.lastToken() + 2 >= clause.to()
                    || !tokens.get(first.lastToken() + 1).is("and")) {
                continue;
            }
            int b = first.lastToken() + 2;
            while (b < clause.to() && Cues.DETERMINERS.contains(tokens.get(b).lower())) {
                b++;
            }
            var second = text.stateAt(b);
            if (second == null || second.firstToken() != b) {
                continue;
            }
            var known = roles.supplier() != null ? roles.supplier().state() : roles.recipient().state();
            StateMention other = known.countryCode().equals(first.countryCode()) ? second
                    : known.countryCode().equals(second.countryCode()) ? first : null;
            if (other == null || other.countryCode().equals(known.countryCode())) {
                continue;
            }
            var role = new Role(other, 2, "\u201Cbetween " + first.text() + " and " + second.text() + "\u201D, the other party");
            return roles.supplier() == null ? new Roles(role, roles.recipient()) : new Roles(roles.supplier(), role);
        }
        return roles;
    }

    /** The state using goods in the clause ("Russia fired ..."), if any. */
    @Nullable StateMention user(Clause clause) {
        return cues.user(clause);
    }

    /** "talks with X": X takes the side that is missing, unless it is the state on the other side. */
    private static Roles withCounterpart(Roles roles, StateMention counterpart) {
        if (roles.supplier() != null && !roles.supplier().state().countryCode().equals(counterpart.countryCode())) {
            return new Roles(roles.supplier(), new Role(counterpart, 2, "\u201Cwith " + counterpart.text()
                    + "\u201D in the dealings"));
        }
        if (roles.recipient() != null && !roles.recipient().state().countryCode().equals(counterpart.countryCode())) {
            return new Roles(new Role(counterpart, 2, "\u201Cwith " + counterpart.text() + "\u201D in the dealings"),
                    roles.recipient());
        }
        return roles;
    }

    /**
     * States joined to this one by "and" or "or" ("from Denmark and the Netherlands"), or in a list that
     * ends with one ("from A, B and C"); not a possessive that starts another phrase ("Ukraine's").
     */
    private List<StateMention> coordinated(StateMention state, Clause clause, Roles roles) {
        var joined = new ArrayList<StateMention>();
        var tentative = new ArrayList<StateMention>();
        var current = state;
        while (true) {
            int k = current.lastToken() + 1;
            boolean conjunction = false;
            boolean comma = false;
            while (k < clause.to() && (tokens.get(k).is("and") || tokens.get(k).is("or") || tokens.get(k).is(",")
                    || tokens.get(k).is("the"))) {
                conjunction |= tokens.get(k).is("and") || tokens.get(k).is("or");
                comma |= tokens.get(k).is(",");
                k++;
            }
            var next = text.stateAt(k);
            if (!conjunction && !comma || next == null || next.firstToken() != k || !next.party()
                    || next.lastToken() + 1 < tokens.size() && tokens.get(next.lastToken() + 1).type() == Token.Type.POSSESSIVE
                    || next.countryCode().equals(roles.supplier().state().countryCode())
                    || next.countryCode().equals(roles.recipient().state().countryCode())) {
                return joined;
            }
            tentative.add(next);
            if (conjunction) {
                joined.addAll(tentative);
                tentative.clear();
            }
            current = next;
        }
    }

    /** The best pair of different states; failing one, the best of each side unless they are the same state. */
    private static Roles best(Map<String, Role> suppliers, Map<String, Role> recipients) {
        Role bestSupplier = null;
        Role bestRecipient = null;
        double bestScore = 0;
        for (var supplier : suppliers.values()) {
            for (var recipient : recipients.values()) {
                if (supplier.state().countryCode().equals(recipient.state().countryCode())) {
                    continue;
                }
                var score = supplier.score() + recipient.score();
                if (score > bestScore) {
                    bestScore = score;
                    bestSupplier = supplier;
                    bestRecipient = recipient;
                }
            }
        }
        if (bestSupplier != null) {
            return new Roles(bestSupplier, bestRecipient);
        }
        var onlySupplier = suppliers.values().stream().max(Comparator.comparingDouble(Role::score)).orElse(null);
        var onlyRecipient = recipients.values().stream().max(Comparator.comparingDouble(Role::score)).orElse(null);
        return new Roles(onlySupplier, onlySupplier != null && onlyRecipient != null
                && onlySupplier.state().countryCode().equals(onlyRecipient.state().countryCode()) ? null : onlyRecipient);
    }

}
