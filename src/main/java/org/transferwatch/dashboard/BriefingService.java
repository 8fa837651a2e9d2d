package org.transferwatch.dashboard;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatisticsService;

/** Assembles a country pair's briefing from the transfers the current user may see. */
@Service
public class BriefingService {

    /** A briefing lists at most this many transfers, newest period first, and says when there are more. */
    static final int MAX_TRANSFERS = 500;

    static final int MAX_SOURCES = 100;

    private final CountryService countries;

    private final TransferListService listing;

    private final TransferStatisticsService statistics;

    private final SourceService sources;

    private final CurrentUser currentUser;

    BriefingService(CountryService countries, TransferListService listing, TransferStatisticsService statistics,
            SourceService sources, CurrentUser currentUser) {
        this.countries = countries;
        this.listing = listing;
        this.statistics = statistics;
        this.sources = sources;
        this.currentUser = currentUser;
    }

    /** The pair's briefing; refused for codes that name no state, and for callers without the viewer role. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Briefing briefing(String aCode, String bCode) {
        var a = country(aCode);
        var b = country(bCode);
        if (a.code().equals(b.code())) {
            throw new NotFoundException("A country pair needs two different states.");
        }
        var both = TransferFilter.NONE.withPair(a.code(), b.code(), true);
        var user = currentUser.require();
        var rows = listing.page(both, TransferSort.PERIOD_DESC, 0, MAX_TRANSFERS);
        var sourceCounts = statistics.sources(both, MAX_SOURCES);
        var byId = sources.findByIds(sourceCounts.stream().map(s -> s.sourceId()).toList());
        var sourceLines = sourceCounts.stream()
            .filter(count -> byId.containsKey(count.sourceId()))
            .map(count -> new Briefing.SourceLine(byId.get(count.sourceId()), count.transfers()))
            .sorted(Comparator.comparing((Briefing.SourceLine line) -> -line.transfers()))
            .toList();
        var scope = "All transfers between " + a.label() + " and " + b.label() + ", both directions"
                + (user.role().includes(Role.ANALYST) ? ", drafts and retracted ones included" : ", published only");
        return new Briefing(a, b, OffsetDateTime.now(ZoneOffset.UTC), user.displayName(), scope,
                statistics.count(TransferFilter.pair(a.code(), b.code())),
                statistics.count(TransferFilter.pair(b.code(), a.code())), rows, rows.size(), sourceLines,
                statistics.provisionsInPlay(both));
    }

    private Country country(String code) {
        return countries.findByCode(code.toUpperCase(Locale.ROOT))
            .orElseThrow(() -> new NotFoundException("\"" + code + "\" is not a known state."));
    }

}
