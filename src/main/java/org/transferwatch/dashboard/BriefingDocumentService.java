package org.transferwatch.dashboard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.country.Country;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRouteService;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatistics;
import org.transferwatch.transfer.TransferStatisticsService;

/**
 * Builds a briefing from the transfers the current user may see, and keeps saved briefings for re-generation.
 * Every figure is the sum of counts of transfers-list filters that never overlap (see {@link BriefingScope#filters}),
 * so that each agrees with the list and the pair page.
 */
@Service
public class BriefingDocumentService {

    /** A briefing's table lists at most this many transfers, latest period first; the figures count them all. */
    public static final int MAX_TRANSFERS = 300;

    /**
     * Up to this many transfers, the sanctions section also lists the provisions their scope suggests on which
     * nobody has decided; each transfer's suggestions take a few statements, so larger briefings list the
     * confirmed links only and say so.
     */
    public static final int MAX_TRANSFERS_WITH_SUGGESTIONS = 60;

    static final int MAX_SOURCES = 60;

    static final int MAX_PARTIES = 20;

    static final int MAX_SHIPMENTS = 20;

    static final int MAX_SPANS = 2_000;

    static final int MAX_SAVED = 200;

    /** A list's briefing without a pair maps its busiest flows, one arc per pair and kind. */
    static final int MAX_FLOWS = 12;

    private final CountryService countries;

    private final TransferListService listing;

    private final TransferStatisticsService statistics;

    private final EvidenceService evidence;

    private final TransferSanctionsService sanctions;

    private final SourceService sources;

    private final TransferRouteService routes;

    private final SavedBriefingRepository saved;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    private final Clock clock;

    private final List<String> markings;

    private final CategoryService categories;

    private final SanctionsService provisions;

    private final PlaceService places;

    BriefingDocumentService(CountryService countries, TransferListService listing, TransferStatisticsService statistics,
            EvidenceService evidence, TransferSanctionsService sanctions, SourceService sources,
            TransferRouteService routes, SavedBriefingRepository saved, AuditService audit, CurrentUser currentUser, UserService users, Clock clock,
            @Value("${transferwatch.briefing.markings:OFFICIAL,OFFICIAL-SENSITIVE}") List<String> markings,
            CategoryService categories, SanctionsService provisions, PlaceService places) {
        this.categories = categories;
        this.provisions = provisions;
        this.places = places;
        this.countries = countries;
        this.listing = listing;
        this.statistics = statistics;
        this.evidence = evidence;
        this.sanctions = sanctions;
        this.sources = sources;
        this.routes = routes;
        this.saved = saved;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.markings = markings.stream().map(String::strip).filter(marking -> !marking.isEmpty()).toList();
    }

    /** The protective markings a briefing may carry, as configured ({@code transferwatch.briefing.markings}). */
    @PreAuthorize("hasRole('VIEWER')")
    public List<String> markings() {
        return markings;
    }

    /**
     * The briefing of the request, read in one transaction so that its figures agree with each other; reports its
     * progress (0 to 1) as it goes. Drafts only for analysts and above, who see them.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public BriefingDocument document(BriefingRequest request, DoubleConsumer progress) {
        return build(request, null, progress);
    }

    /** A saved briefing re-generated from today's data, with the same scope, title, marking and judgements. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public BriefingDocument regenerate(long savedId, DoubleConsumer progress) {
        var briefing = savedBriefing(savedId);
        return build(briefing.request(), new BriefingDocument.Saved(briefing.id(), briefing.savedAt(), briefing.savedBy()),
                progress);
    }

    /** Saves the request (validated) so that it can be re-generated later; audited. Returns its id. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public long save(BriefingRequest request) {
        validate(request);
        var user = currentUser.require();
        var id = saved.insert(request, user.id());
        audit.record(new AuditEntry("briefing", Long.toString(id), "create", null, null, saved.snapshot(id)));
        return id;
    }

    /** The latest saved briefings, newest first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SavedBriefing> savedBriefings() {
        var names = new HashMap<Long, String>();
        return saved.latest(MAX_SAVED).stream().map(stored -> named(stored, names)).toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public SavedBriefing savedBriefing(long id) {
        return saved.find(id).map(stored -> named(stored, new HashMap<>()))
            .orElseThrow(() -> new NotFoundException("This saved briefing does not exist."));
    }

    private SavedBriefing named(SavedBriefingRepository.Stored stored, Map<Long, String> names) {
        var name = names.computeIfAbsent(stored.createdBy(), id -> users.displayName(id).orElse("a former user"));
        return new SavedBriefing(stored.id(), stored.request(), name, stored.createdAt());
    }

    private void validate(BriefingRequest request) {
        request.validate(markings);
        if (request.scope().includeDrafts() && !currentUser.has(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts and reviewers see drafts; build the briefing from published "
                    + "transfers.");
        }
    }

    private BriefingDocument build(BriefingRequest request, BriefingDocument.@Nullable Saved savedAs, DoubleConsumer progress) {
        validate(request);
        var scope = request.scope();
        var a = scope.aCode() == null ? null : country(scope.aCode());
        var b = scope.bCode() == null ? null : country(scope.bCode());
        var named = new HashMap<String, Country>();
        for (var state : java.util.Arrays.asList(a, b)) {
            if (state != null) {
                named.put(state.code(), state);
            }
        }
        var user = currentUser.require();
        progress.accept(0.05);

        var directions = new ArrayList<BriefingDocument.Direction>();
        var flows = new ArrayList<BriefingDocument.Flow>();
        for (var side : scope.directions()) {
            var supplier = side.supplier() == null ? null : named.get(side.supplier());
            var recipient = side.recipient() == null ? null : named.get(side.recipient());
            var byKind = new EnumMap<TransferKind, Integer>(TransferKind.class);
            directions.add(direction(scope, side, supplier, recipient, byKind));
            if (supplier != null && recipient != null) {
                byKind.forEach((kind, count) -> {
                    if (count > 0) {
                        flows.add(new BriefingDocument.Flow(supplier, recipient, kind, count));
                    }
                });
            }
        }
        if (!scope.isPair()) {
            flows.addAll(busiestFlows(scope.filters(), named));
        }
        progress.accept(0.25);

        var filters = scope.filters();
        var rows = new ArrayList<TransferRow>();
        for (var filter : filters) {
            rows.addAll(listing.page(filter, TransferSort.PERIOD_DESC, 0, MAX_TRANSFERS));
        }
        rows.sort(LATEST_PERIOD_FIRST);
        var shown = rows.subList(0, Math.min(MAX_TRANSFERS, rows.size()));
        var claims = evidence.evidenceOf(shown.stream().map(TransferRow::id).toList());
        var entries = new ArrayList<BriefingDocument.Entry>();
        for (var row : shown) {
            var ofTransfer = claims.getOrDefault(row.id(), List.of());
            entries.add(new BriefingDocument.Entry(entries.size() + 1, row, best(ofTransfer, Stance.SUPPORTS),
                    best(ofTransfer, Stance.DISPUTES)));
        }
        var total = directions.stream().mapToInt(BriefingDocument.Direction::total).sum();
        progress.accept(0.5);

        var suggestionsShown = total <= MAX_TRANSFERS_WITH_SUGGESTIONS;
        var provisions = provisions(filters, entries, suggestionsShown);
        progress.accept(0.7);

        var spans = spans(filters);
        var sourceLines = sources(filters);
        var parts = parts(filters, shown.stream().map(TransferRow::id).toList());
        progress.accept(0.9);
        var criteria = describe(scope);
        var document = new BriefingDocument(request, a, b, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                user.displayName(), savedAs, criteria, List.of(), directions, entries, total, provisions, suggestionsShown,
                spans, flows, sourceLines, parts);
        return new BriefingDocument(request, a, b, document.asOf(), document.author(), savedAs, criteria,
                BriefingText.summary(document), directions, entries, total, provisions, suggestionsShown, spans, flows,
                sourceLines, parts);
    }

    /** Latest period first (unknown periods last), then the newest record: the list's PERIOD_DESC order. */
    static final Comparator<TransferRow> LATEST_PERIOD_FIRST = Comparator
        .comparing((TransferRow row) -> row.period() == null ? null : row.period().start(),
                Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(TransferRow::id, Comparator.reverseOrder());

    private static @Nullable Evidence best(List<Evidence> claims, Stance stance) {
        // The claims come best first (grade A1 before F6) from the repository.
        return claims.stream().filter(claim -> claim.claim().stance() == stance).findFirst().orElse(null);
    }

    /**
     * One direction's figures: two aggregate statements per filter (the pair page's overview, and the outcomes), so
     * that their cost follows the indexes the pair page uses, not a loop over transfers. Fills {@code byKind} for the
     * map's arcs from the same overview.
     */
    private BriefingDocument.Direction direction(BriefingScope scope, BriefingScope.Side side, @Nullable Country supplier,
            @Nullable Country recipient, Map<TransferKind, Integer> byKind) {
        int total = 0;
        int drafts = 0;
        int delivered = 0;
        int disputed = 0;
        int flagged = 0;
        var byConfidence = new EnumMap<Confidence, Integer>(Confidence.class);
        Integer since = null;
        for (var filter : scope.filters(side)) {
            var overview = statistics.overview(filter);
            total += overview.total();
            if (filter.reviewState() == ReviewState.DRAFT) {
                drafts += overview.total();
            }
            overview.byConfidence().forEach((level, n) -> byConfidence.merge(level, n, Integer::sum));
            overview.byKind().forEach((kind, n) -> byKind.merge(kind, n, Integer::sum));
            flagged += overview.flagged();
            var outcomes = statistics.outcomes(filter);
            disputed += outcomes.disputed();
            delivered += outcomes.delivered();
            var earliest = outcomes.earliestStart();
            if (earliest != null && (since == null || earliest.getYear() < since)) {
                since = earliest.getYear();
            }
        }
        return new BriefingDocument.Direction(supplier, recipient, side.either(), total, drafts, delivered, byConfidence,
                disputed, flagged, since);
    }

    /**
     * For a list's scope without a pair: its busiest flows (pair and kind) for the map, the filters' counts added up
     * (they never overlap), each state looked up once.
     */
    private List<BriefingDocument.Flow> busiestFlows(List<TransferFilter> filters, Map<String, Country> named) {
        record Key(String supplier, String recipient, TransferKind kind) {
        }
        var counts = new LinkedHashMap<Key, Integer>();
        for (var filter : filters) {
            for (var flow : statistics.flows(filter, MAX_FLOWS)) {
                counts.merge(new Key(flow.supplierCode(), flow.recipientCode(), flow.kind()), flow.count(), Integer::sum);
            }
        }
        return counts.entrySet().stream()
            .sorted(Map.Entry.<Key, Integer>comparingByValue().reversed())
            .limit(MAX_FLOWS)
            .flatMap(entry -> {
                var supplier = named.computeIfAbsent(entry.getKey().supplier(), code -> countries.findByCode(code).orElse(null));
                var recipient = named.computeIfAbsent(entry.getKey().recipient(), code -> countries.findByCode(code).orElse(null));
                return supplier == null || recipient == null ? java.util.stream.Stream.empty()
                        : java.util.stream.Stream.of(new BriefingDocument.Flow(supplier, recipient, entry.getKey().kind(), entry.getValue()));
            })
            .toList();
    }

    /**
     * The Transfers list's further criteria of the scope in words, one phrase each ("status: delivered", "search
     * text “shells”"), as the briefing states its scope; none for a pair page's scope.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> describe(BriefingScope scope) {
        var c = scope.criteria();
        var words = new ArrayList<String>();
        if (c.categoryCode() != null) {
            var code = c.categoryCode();
            words.add("category " + categories.findByCode(code).map(category -> code + " (" + category.name() + ")").orElse(code));
        }
        if (c.status() != null) {
            words.add("status: " + c.status().label().toLowerCase(Locale.ROOT));
        }
        if (c.confidence() != null) {
            words.add("confidence: " + c.confidence().label().toLowerCase(Locale.ROOT));
        }
        if (c.reviewState() != null) {
            words.add("review state: " + c.reviewState().label().toLowerCase(Locale.ROOT));
        }
        if (c.issuerCode() != null) {
            words.add("linked by an analyst to a provision of " + c.issuerCode());
        }
        if (c.text() != null) {
            words.add("search text \u201C" + c.text() + "\u201D");
        }
        if (c.addedSince() != null) {
            words.add("recorded since " + org.transferwatch.base.DateFormats.DAY.format(c.addedSince()));
        }
        if (c.flagged()) {
            words.add("linked by an analyst to a sanctions provision");
        }
        if (c.provision() != null) {
            var citation = provisions.provision(c.provision().provisionId()).map(p -> p.citation())
                .orElse("a provision that no longer exists");
            words.add(switch (c.provision().linked()) {
                case CONFIRMED -> "confirmed by an analyst to concern " + citation;
                case SUGGESTED -> "suggested by the scope of " + citation + ", not yet decided";
                case DISMISSED -> "dismissed by an analyst for " + citation;
            });
        }
        if (c.party() != null) {
            words.add("a party known as \u201C" + c.party() + "\u201D");
        }
        if (c.vessel() != null) {
            words.add("a vessel known as \u201C" + c.vessel() + "\u201D");
        }
        if (c.placeId() != null) {
            words.add("a shipment at " + places.find(c.placeId()).map(place -> place.name()).orElse("a place no longer in the gazetteer"));
        }
        if (c.designatedParty()) {
            words.add("a party confirmed to be a listed designation");
        }
        return words;
    }

    /**
     * Each provision in play: how many transfers in scope an analyst linked to it (counted in SQL, as the pair page
     * counts them), which of the listed transfers those are (their links only), and, for small briefings, the listed
     * transfers whose scope suggests it.
     */
    private List<BriefingDocument.ProvisionInPlay> provisions(List<TransferFilter> filters,
            List<BriefingDocument.Entry> entries, boolean withSuggestions) {
        var byTransfer = new HashMap<Long, BriefingDocument.Entry>();
        entries.forEach(entry -> byTransfer.put(entry.row().id(), entry));
        record Collected(org.transferwatch.sanctions.Provision provision, int[] confirmedTotal,
                List<BriefingDocument.Entry> confirmed, List<BriefingDocument.Entry> suggested) {
        }
        var collected = new LinkedHashMap<Long, Collected>();
        java.util.function.Function<org.transferwatch.sanctions.Provision, Collected> collect = provision -> collected
            .computeIfAbsent(provision.id(), id -> new Collected(provision, new int[1], new ArrayList<>(), new ArrayList<>()));
        for (var filter : filters) {
            // The filters never overlap, so their counts add up.
            for (var count : statistics.provisionsInPlay(filter)) {
                collect.apply(count.provision()).confirmedTotal()[0] += count.transfers();
            }
            for (var link : statistics.confirmedLinks(filter, byTransfer.keySet())) {
                var entry = byTransfer.get(link.transferId());
                if (entry != null) {
                    collect.apply(link.provision()).confirmed().add(entry);
                }
            }
        }
        if (withSuggestions) {
            var suggested = sanctions.suggestedProvisionsOf(byTransfer.keySet());
            for (var entry : entries) {
                for (var suggestion : suggested.getOrDefault(entry.row().id(), List.of())) {
                    collect.apply(suggestion.provision()).suggested().add(entry);
                }
            }
        }
        var byNumber = Comparator.comparingInt(BriefingDocument.Entry::number);
        return collected.values().stream()
            .map(c -> new BriefingDocument.ProvisionInPlay(c.provision(), c.confirmedTotal()[0],
                    c.confirmed().stream().distinct().sorted(byNumber).toList(),
                    c.suggested().stream().sorted(byNumber).toList()))
            .sorted(Comparator.comparingInt((BriefingDocument.ProvisionInPlay p) -> -p.confirmedTotal())
                .thenComparingInt(p -> -p.suggested().size()))
            .toList();
    }

    /**
     * The parties and legs of the listed transfers (a limited statement per filter, read by the transfers' keys, so
     * that the cost follows the listed transfers, not the scope): a party of both directions is one line with its
     * transfers added up.
     */
    private BriefingDocument.Parts parts(List<TransferFilter> filters, List<Long> listed) {
        var parties = new LinkedHashMap<Long, TransferRoutes.PartyLine>();
        var shipments = new ArrayList<TransferRoutes.ShipmentLine>();
        var allParties = true;
        var allShipments = true;
        for (var filter : filters) {
            var found = routes.parties(filter, listed, MAX_PARTIES);
            allParties &= found.total() <= found.lines().size();
            for (var line : found.lines()) {
                parties.merge(line.party().id(), line, (x, y) -> new TransferRoutes.PartyLine(x.party(),
                        java.util.stream.Stream.concat(x.roles().stream(), y.roles().stream()).distinct().sorted().toList(),
                        x.receivingVessel() || y.receivingVessel(), x.transfers() + y.transfers()));
            }
            var legs = routes.shipments(filter, listed, MAX_SHIPMENTS);
            allShipments &= legs.total() <= legs.lines().size();
            shipments.addAll(legs.lines());
        }
        var partyLines = parties.values().stream()
            .sorted(Comparator.comparing((TransferRoutes.PartyLine line) -> !line.party().designated())
                .thenComparing(Comparator.comparingInt(TransferRoutes.PartyLine::transfers).reversed())
                .thenComparing(line -> line.party().name()))
            .toList();
        var legLines = shipments.stream()
            .sorted(Comparator.comparing((TransferRoutes.ShipmentLine line) -> line.period() == null ? null : line.period().start(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(TransferRoutes.ShipmentLine::id))
            .toList();
        return new BriefingDocument.Parts(partyLines.subList(0, Math.min(MAX_PARTIES, partyLines.size())),
                allParties && partyLines.size() <= MAX_PARTIES, legLines.subList(0, Math.min(MAX_SHIPMENTS, legLines.size())),
                allShipments && legLines.size() <= MAX_SHIPMENTS);
    }

    /** The periods of both directions and review states, identical ones added up. */
    private List<TransferStatistics.PeriodSpan> spans(List<TransferFilter> filters) {
        var merged = new LinkedHashMap<String, TransferStatistics.PeriodSpan>();
        for (var filter : filters) {
            for (var span : statistics.periodSpans(filter, MAX_SPANS)) {
                var key = span.supplierCode() + span.start() + span.end() + span.precision();
                merged.merge(key, span, (x, y) -> new TransferStatistics.PeriodSpan(x.supplierCode(), x.start(), x.end(),
                        x.precision(), x.count() + y.count()));
            }
        }
        return merged.values().stream()
            .sorted(Comparator.comparing(TransferStatistics.PeriodSpan::start).thenComparing(TransferStatistics.PeriodSpan::end))
            .toList();
    }

    private List<BriefingDocument.SourceLine> sources(List<TransferFilter> filters) {
        var counts = new LinkedHashMap<Long, Integer>();
        for (var filter : filters) {
            statistics.sources(filter, MAX_SOURCES).forEach(count -> counts.merge(count.sourceId(), count.transfers(), Integer::sum));
        }
        var byId = sources.findByIds(counts.keySet());
        return counts.entrySet().stream()
            .filter(entry -> byId.containsKey(entry.getKey()))
            .map(entry -> new BriefingDocument.SourceLine(byId.get(entry.getKey()), entry.getValue()))
            .sorted(Comparator.comparingInt((BriefingDocument.SourceLine line) -> -line.transfers())
                .thenComparing(line -> line.source().title().toLowerCase(Locale.ROOT)))
            .limit(MAX_SOURCES)
            .toList();
    }

    private Country country(String code) {
        return countries.findByCode(code.toUpperCase(Locale.ROOT))
            .orElseThrow(() -> new NotFoundException("\"" + code + "\" is not a known state."));
    }

}
