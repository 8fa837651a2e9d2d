package org.transferwatch.dashboard;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.party.PartyService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRouteService;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatisticsService;

/** Assembles a country pair's briefing from the transfers the current user may see. */
@Service
public class BriefingService {

    /** A briefing lists at most this many transfers, newest period first, and says when there are more. */
    static final int MAX_TRANSFERS = 500;

    static final int MAX_SOURCES = 100;

    static final int MAX_PARTIES = 200;

    static final int MAX_SHIPMENTS = 500;

    private final CountryService countries;

    private final TransferListService listing;

    private final TransferStatisticsService statistics;

    private final SourceService sources;

    private final TransferRouteService routes;

    private final PartyService parties;

    private final DesignationService designations;

    private final CurrentUser currentUser;

    BriefingService(CountryService countries, TransferListService listing, TransferStatisticsService statistics,
            SourceService sources, TransferRouteService routes, PartyService parties, DesignationService designations,
            CurrentUser currentUser) {
        this.countries = countries;
        this.listing = listing;
        this.statistics = statistics;
        this.sources = sources;
        this.routes = routes;
        this.parties = parties;
        this.designations = designations;
        this.currentUser = currentUser;
    }

    /** The pair's briefing; refused for codes that name no state, and for callers without the viewer role. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Briefing briefing(String aCode, String bCode) {
        return assemble(aCode, bCode, true);
    }

    /**
     * The pair's briefing as its page shows it: without the listed transfers, which the page's lazy grid fetches
     * page by page ({@code transfers()} is empty).
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Briefing pairPage(String aCode, String bCode) {
        return assemble(aCode, bCode, false);
    }

    private Briefing assemble(String aCode, String bCode, boolean withTransfers) {
        var a = country(aCode);
        var b = country(bCode);
        if (a.code().equals(b.code())) {
            throw new NotFoundException("A country pair needs two different states.");
        }
        var both = TransferFilter.NONE.withPair(a.code(), b.code(), true);
        var user = currentUser.require();
        var rows = withTransfers ? listing.page(both, TransferSort.PERIOD_DESC, 0, MAX_TRANSFERS)
                : List.<TransferRow>of();
        var sourceCounts = statistics.sources(both, MAX_SOURCES);
        var byId = sources.findByIds(sourceCounts.stream().map(s -> s.sourceId()).toList());
        var sourceLines = sourceCounts.stream()
            .filter(count -> byId.containsKey(count.sourceId()))
            .map(count -> new Briefing.SourceLine(byId.get(count.sourceId()), count.transfers()))
            .sorted(Comparator.comparing((Briefing.SourceLine line) -> -line.transfers()))
            .toList();
        var scope = "All transfers between " + a.label() + " and " + b.label() + ", both directions"
                + (user.role().includes(Role.ANALYST) ? ", drafts and retracted ones included" : ", published only");
        var partyLines = routes.parties(both, MAX_PARTIES);
        return new Briefing(a, b, OffsetDateTime.now(ZoneOffset.UTC), user.displayName(), scope,
                statistics.count(TransferFilter.pair(a.code(), b.code())),
                statistics.count(TransferFilter.pair(b.code(), a.code())), rows, rows.size(), sourceLines,
                statistics.provisionsInPlay(both), statistics.count(both.withDesignatedParty(true)), routes.routes(both),
                partyLines(partyLines.lines()), partyLines.total(), routes.shipments(both, MAX_SHIPMENTS));
    }

    /** The pair's timeline as the pair page draws it; empty when none of the pair's transfers has a period. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<PairTimeline> timeline(String aCode, String bCode) {
        var a = country(aCode).code();
        var b = country(bCode).code();
        return statistics.periodRange(TransferFilter.NONE.withPair(a, b, true), PairTimeline.YEARS)
            .map(range -> new PairTimeline(range[0], range[1], statistics.months(TransferFilter.pair(a, b), range[0], range[1]),
                    statistics.months(TransferFilter.pair(b, a), range[0], range[1])));
    }

    /** The parties with their designations' references (one look-up for all) and their countries' names (one per country). */
    private List<Briefing.PartyLine> partyLines(List<TransferRoutes.PartyLine> lines) {
        var designated = lines.stream().filter(line -> line.party().designated()).map(line -> line.party().id()).toList();
        var designationIds = parties.confirmedDesignationsByParty(designated);
        var references = designations.references(designationIds.values().stream().flatMap(List::stream).distinct().toList());
        var countryNames = new HashMap<String, String>();
        lines.stream().map(line -> line.party().countryCode()).filter(Objects::nonNull).distinct()
            .forEach(code -> countries.findByCode(code).ifPresent(country -> countryNames.put(code, country.name())));
        return lines.stream().map(line -> {
            var code = line.party().countryCode();
            var confirmed = designationIds.getOrDefault(line.party().id(), List.of()).stream()
                .filter(references::containsKey)
                .map(id -> new Briefing.DesignationReference(id, references.get(id)))
                .toList();
            return new Briefing.PartyLine(line, code == null ? null : countryNames.getOrDefault(code, code), confirmed);
        }).toList();
    }

    private Country country(String code) {
        return countries.findByCode(code.toUpperCase(Locale.ROOT))
            .orElseThrow(() -> new NotFoundException("\"" + code + "\" is not a known state."));
    }

}
