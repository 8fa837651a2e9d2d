package org.transferwatch.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.country.Country;
import org.transferwatch.sanctions.ProvisionCount;
import org.transferwatch.source.Source;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferRow;

/**
 * Everything between two states, as the pair page and its PDF briefing show it: both directions'
 * counts, the transfers, their routes, parties and shipments, the sources that report them and the
 * provisions in play.
 *
 * @param designatedParty how many of the pair's transfers have a party confirmed to be a listed designation
 */
public record Briefing(Country a, Country b, OffsetDateTime generatedAt, String generatedBy, String scope,
        int aToB, int bToA, List<TransferRow> transfers, int transfersShown, List<SourceLine> sources,
        List<ProvisionCount> provisions, int designatedParty, TransferRoutes.RouteMap routes, List<PartyLine> parties,
        int partiesTotal, TransferRoutes.Shipments shipments) {

    /** A source and on how many of the pair's transfers it has claims. */
    public record SourceLine(Source source, int transfers) {
    }

    /**
     * A party of the pair's transfers with its roles, the name of its country, and the designations an analyst
     * confirmed it is.
     */
    public record PartyLine(TransferRoutes.PartyLine line, @Nullable String countryName,
            List<DesignationReference> designations) {

        /** "Designated: KPe.029, KPe.031", or nothing for a party not confirmed designated. */
        public String designatedLabel() {
            if (!line.party().designated()) {
                return "";
            }
            return designations.isEmpty() ? "Designated"
                    : "Designated: " + String.join(", ", designations.stream().map(DesignationReference::reference).toList());
        }

    }

    /** A designation by its id (for its page) and its reference number on the list. */
    public record DesignationReference(long id, String reference) {
    }

    public String title() {
        return a.name() + " ⇄ " + b.name();
    }

    public int total() {
        return aToB + bToA;
    }

}
