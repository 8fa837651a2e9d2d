package org.transferwatch.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

import org.transferwatch.country.Country;
import org.transferwatch.sanctions.ProvisionCount;
import org.transferwatch.source.Source;
import org.transferwatch.transfer.TransferRow;

/**
 * Everything between two states, as the pair page and its PDF briefing show it: both directions'
 * counts, the transfers, the sources that report them and the provisions in play.
 */
public record Briefing(Country a, Country b, OffsetDateTime generatedAt, String generatedBy, String scope,
        int aToB, int bToA, List<TransferRow> transfers, int transfersShown, List<SourceLine> sources,
        List<ProvisionCount> provisions) {

    /** A source and on how many of the pair's transfers it has claims. */
    public record SourceLine(Source source, int transfers) {
    }

    public String title() {
        return a.name() + " ⇄ " + b.name();
    }

    public int total() {
        return aToB + bToA;
    }

}
