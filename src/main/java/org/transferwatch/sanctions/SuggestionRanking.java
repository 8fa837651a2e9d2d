package org.transferwatch.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;

/**
 * Orders the provisions whose scope covers a transfer by how well they fit it, and says why each fits. The
 * goods count most: a provision that names the transfer's goods fits better than one that lists its category,
 * and that better than one covering a whole kind of goods; a name of several words ("jet fuel") fits better
 * than one word of it ("fuel"). A scope naming both states, a measure binding every
 * state, and a provision in force throughout the transfer's period each add to the fit.
 */
final class SuggestionRanking {

    private static final Comparator<ProvisionSuggestion> BEST_FIRST = Comparator
        .comparingInt(ProvisionSuggestion::fit).reversed();

    private SuggestionRanking() {
    }

    static List<ProvisionSuggestion> rank(List<ScopeFit> fits, TransferScope scope, String supplierName,
            String recipientName) {
        var ranked = new ArrayList<ScopeFitSuggestion>();
        for (var fit : fits) {
            ranked.add(new ScopeFitSuggestion(fit, suggestion(fit, scope, supplierName, recipientName)));
        }
        ranked.sort(Comparator.comparing(ScopeFitSuggestion::suggestion, BEST_FIRST)
            .thenComparingInt(s -> s.fit().issuerRank())
            .thenComparing(s -> s.fit().adoptedOn(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparingLong(s -> s.fit().provision().id()));
        return ranked.stream().map(ScopeFitSuggestion::suggestion).toList();
    }

    private record ScopeFitSuggestion(ScopeFit fit, ProvisionSuggestion suggestion) {
    }

    private static ProvisionSuggestion suggestion(ScopeFit fit, TransferScope scope, String supplierName,
            String recipientName) {
        int score = 0;
        var reason = new StringBuilder(side(fit, supplierName, recipientName));
        if (fit.goodsTerm() != null) {
            score += (fit.categoryListed() ? 5 : 4) + (fit.goodsTerm().contains(" ") ? 1 : 0);
            reason.append(" of ").append(fit.goodsTerm()).append(": the provision names these goods");
            if (fit.categoryListed()) {
                reason.append(" and lists category ").append(scope.categoryCode());
            }
        }
        else if (fit.categoryListed()) {
            score += 3;
            reason.append(": the provision lists category ").append(scope.categoryCode());
        }
        else {
            score += 1;
            reason.append(": the provision covers all ").append(kindPlural(scope.kind()));
        }
        if (fit.pairNamed()) {
            score += 2;
        }
        if (fit.bindsAllStates()) {
            score += 1;
            reason.append("; it binds every state");
        }
        else {
            reason.append("; it binds the persons and territory of the ").append(fit.issuerName()).append(", and ")
                .append(fit.supplierBound() ? "the supplier " + supplierName : "the recipient " + recipientName)
                .append(" is within it");
        }
        var period = period(fit, scope);
        if (period.throughout()) {
            score += 1;
        }
        reason.append("; ").append(period.words()).append('.');
        return new ProvisionSuggestion(fit.provision(), score, reason.toString());
    }

    private static String side(ScopeFit fit, String supplierName, String recipientName) {
        if (fit.pairNamed()) {
            return "Transfers from " + supplierName + " to " + recipientName;
        }
        return fit.exportSide() ? "Exports from " + supplierName : "Supply to " + recipientName;
    }

    private static String kindPlural(String kind) {
        return switch (kind) {
            case "arms" -> "arms";
            case "raw_material" -> "raw materials";
            default -> "dual-use goods";
        };
    }

    private record PeriodFit(boolean throughout, String words) {
    }

    private static PeriodFit period(ScopeFit fit, TransferScope scope) {
        if (scope.periodStart() == null || scope.periodEnd() == null) {
            return new PeriodFit(false, "the transfer's period is not recorded, so it was not checked");
        }
        boolean startsInForce = !scope.periodStart().isBefore(fit.appliesFrom());
        boolean endsInForce = fit.appliesUntil() == null || !scope.periodEnd().isAfter(fit.appliesUntil());
        if (startsInForce && endsInForce) {
            return new PeriodFit(true, "in force throughout the period");
        }
        return new PeriodFit(false, "in force for part of the period (" + inForce(fit.appliesFrom(), fit.appliesUntil())
                + ")");
    }

    private static String inForce(LocalDate from, @Nullable LocalDate until) {
        var since = "from " + DateFormats.DAY.format(from);
        return until == null ? since : since + " until " + DateFormats.DAY.format(until);
    }

}
