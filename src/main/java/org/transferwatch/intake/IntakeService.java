package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.category.CategoryKeyword;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryAlias;
import org.transferwatch.country.CountryService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Claim;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.ConfidenceRule;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.SourceClaim;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferService;

/**
 * Reads sources with the {@link IntakeAssistant} and turns the proposals an analyst accepts into draft
 * transfers with their claims. Reading stores nothing; only {@link #accept} writes.
 */
@Service
public class IntakeService {

    /** The grade a proposal's claim gets unless the analyst changes it. */
    public static final AdmiraltyGrade DEFAULT_GRADE = AdmiraltyGrade.parse("B2");

    /**
     * The grade of a denial unless the analyst changes it: a party's denial of its own transfer is
     * doubtful until something confirms it.
     */
    public static final AdmiraltyGrade DEFAULT_DENIAL_GRADE = AdmiraltyGrade.parse("B4");

    /** A source and what the assistant read in it. */
    public record SourceReading(Source source, Reading reading) {
    }

    private final CountryService countries;

    private final SourceService sources;

    private final TransferService transfers;

    private final EvidenceService evidenceService;

    private final PlaceService places;

    private final TransportRecorder transport;

    private volatile @Nullable BuiltAssistant assistant;

    private final CategoryService categories;

    private final CurrentUser currentUser;

    /** How many recorded transfers a proposal is compared with at most: the likeliest few. */
    static final int CORROBORATIONS_SHOWN = 3;

    IntakeService(CountryService countries, SourceService sources, TransferService transfers, EvidenceService evidenceService,
            PlaceService places, TransportRecorder transport, CategoryService categories, CurrentUser currentUser) {
        this.countries = countries;
        this.currentUser = currentUser;
        this.categories = categories;
        this.sources = sources;
        this.transfers = transfers;
        this.evidenceService = evidenceService;
        this.places = places;
        this.transport = transport;
    }

    /**
     * The assistant, built once from the alias table and given the gazetteer again whenever an administrator has
     * changed it since, so that a place added is recognised in the next source read.
     */
    IntakeAssistant assistant() {
        var gazetteer = places.all();
        var aliases = countries.aliases();
        var keywords = categories.keywords();
        var built = assistant;
        // The alias and keyword lists stay the same objects until one of them changes.
        if (built == null || built.aliases() != aliases || built.keywords() != keywords) {
            built = new BuiltAssistant(new IntakeAssistant(aliases, gazetteer, keywords), aliases, keywords);
            assistant = built;
        }
        else if (!built.assistant().places().equals(gazetteer)) {
            built = new BuiltAssistant(built.assistant().withPlaces(gazetteer), aliases, keywords);
            assistant = built;
        }
        return built.assistant();
    }

    /** The assistant with the reference data it was built from. */
    private record BuiltAssistant(IntakeAssistant assistant, List<CountryAlias> aliases,
            List<CategoryKeyword> keywords) {
    }

    /** The source and the assistant's proposals for its text; analysts and above. Nothing is stored. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public SourceReading read(long sourceId) {
        var source = sources.findById(sourceId).orElseThrow(() -> new NotFoundException("No such source."));
        var text = source.content() == null ? "" : source.content();
        return new SourceReading(source, assistant().read(text, source.publishedOn()));
    }

    /** The confidence the evidence rule gives a single claim of this grade, as a default for the analyst. */
    public static Confidence proposedConfidence(Proposal proposal, AdmiraltyGrade grade) {
        var claim = new Claim(0, 0, 0, proposal.claim().text(), proposal.stance(), grade, 0);
        return ConfidenceRule.propose(List.of(claim)).level();
    }

    /**
     * Creates the draft transfer the analyst accepted, with the proposal's sentence as its claim (the
     * proposal's stance, the analyst's grade) and its denials as one disputing claim, in one transaction:
     * if a claim is refused, no transfer is created either. Refused when this source already makes the same
     * claim, so that accepting twice creates nothing. Analysts and above.
     *
     * @return the new transfer's id
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long accept(long sourceId, Proposal proposal, TransferDraft draft, AdmiraltyGrade grade,
            @Nullable AdmiraltyGrade denialGrade) {
        return accept(sourceId, proposal, draft, grade, denialGrade, List.of(), List.of());
    }

    /**
     * {@link #accept} with the parties and legs the analyst kept on the proposal, recorded with the transfer in
     * the same transaction, each with its sentence as the claim (see {@link TransportRecorder}).
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long accept(long sourceId, Proposal proposal, TransferDraft draft, AdmiraltyGrade grade,
            @Nullable AdmiraltyGrade denialGrade, List<ProposedParty> keptParties, List<ProposedShipment> keptShipments) {
        var already = accepted(sourceId, proposal);
        if (already.isPresent()) {
            throw new ValidationException("This proposal was already accepted as transfer #" + already.get() + ".");
        }
        var transferId = transfers.createDraft(draft);
        evidenceService.addClaim(transferId, new NewClaim(sourceId, proposal.claim().text(), proposal.stance(), grade));
        var denial = proposal.denialQuote();
        if (denial != null && proposal.stance() == Stance.SUPPORTS) {
            evidenceService.addClaim(transferId, new NewClaim(sourceId, denial, Stance.DISPUTES,
                    denialGrade == null ? DEFAULT_DENIAL_GRADE : denialGrade));
        }
        transport.record(transferId, sourceId, grade, keptParties, keptShipments);
        return transferId;
    }

    /**
     * The recorded transfers, visible to the user, that the proposal (as the draft it would create) is likely
     * about: the same supplier and recipient, a period that overlaps or that one side does not know, and goods
     * alike — the same category, items alike by trigram similarity, or the same head noun
     * ({@link TransferService#corroborated}). Likeliest first, each with its evidence; those this user may add
     * evidence to come first, so that the first is the one the screen offers.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<Corroboration> corroborations(TransferDraft draft) {
        var reviewer = currentUser.has(Role.REVIEWER);
        var found = new ArrayList<Corroboration>();
        for (var candidate : transfers.corroborated(draft, CORROBORATIONS_SHOWN)) {
            var details = transfers.details(candidate.id());
            found.add(new Corroboration(candidate, details.pairLabel(), details.transfer().fields().confidence(),
                    details.proposedConfidence(), evidenceService.evidence(candidate.id()),
                    reviewer || candidate.reviewState() == ReviewState.DRAFT));
        }
        found.sort(Comparator.comparing(corroboration -> !corroboration.mayAddEvidence()));
        return found;
    }

    /**
     * Adds the proposal's sentence to a recorded transfer as a claim of this source (the proposal's stance, the
     * analyst's grade), and its denials as a disputing claim, in one transaction and audited as every claim is:
     * the second report of the same shells becomes the transfer's second source. Refused when the source already
     * makes this claim, or when the user may not change the transfer's evidence (analysts: drafts only).
     *
     * @return the transfer's id
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addAsEvidence(long sourceId, Proposal proposal, long transferId, AdmiraltyGrade grade,
            @Nullable AdmiraltyGrade denialGrade) {
        var already = accepted(sourceId, proposal);
        if (already.isPresent()) {
            throw new ValidationException("This proposal was already recorded as evidence of transfer #" + already.get() + ".");
        }
        evidenceService.addClaim(transferId, new NewClaim(sourceId, proposal.claim().text(), proposal.stance(), grade));
        var denial = proposal.denialQuote();
        if (denial != null && proposal.stance() == Stance.SUPPORTS) {
            evidenceService.addClaim(transferId, new NewClaim(sourceId, denial, Stance.DISPUTES,
                    denialGrade == null ? DEFAULT_DENIAL_GRADE : denialGrade));
        }
        return transferId;
    }

    /** The transfer this source already supports (or disputes) with the proposal's sentence, if any. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Optional<Long> accepted(long sourceId, Proposal proposal) {
        return accepted(evidenceService.claimsOfSource(sourceId), proposal);
    }

    /**
     * The same sentence, or one holding the other: an analyst often quotes only the part of the sentence that makes
     * the claim ("Russia would receive … munitions from the DPRK,"), and the assistant quotes the whole sentence.
     * A quote of a few words could sit in any sentence, so the shorter one must be long enough to be a claim.
     */
    static Optional<Long> accepted(List<SourceClaim> claims, Proposal proposal) {
        var quote = comparable(proposal.claim().text());
        return claims.stream()
            .filter(claim -> claim.stance() == proposal.stance() && sameClaim(comparable(claim.quote()), quote))
            .map(SourceClaim::transferId)
            .findFirst();
    }

    private static final int SHORTEST_PARTIAL_QUOTE = 40;

    private static boolean sameClaim(String recorded, String proposed) {
        if (recorded.equals(proposed)) {
            return true;
        }
        boolean recordedIsShorter = recorded.length() < proposed.length();
        var shorter = recordedIsShorter ? recorded : proposed;
        var longer = recordedIsShorter ? proposed : recorded;
        var core = shorter.replaceAll("^[\\s\"'(\u2026.]+|[\\s\"',;:)\u2026.]+$", "");
        return core.length() >= SHORTEST_PARTIAL_QUOTE && longer.contains(core);
    }

    /** A quote as compared: typographic quotes and dashes as plain ones, white space folded. */
    private static String comparable(String quote) {
        return Tokenizer.normalise(quote).strip().replaceAll("\\s+", " ");
    }

    /** For each proposal, the transfer it was already accepted as, if any: one query for the whole reading. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Map<Integer, Long> acceptedProposals(long sourceId, List<Proposal> proposals) {
        var claims = evidenceService.claimsOfSource(sourceId);
        var accepted = new HashMap<Integer, Long>();
        for (var proposal : proposals) {
            accepted(claims, proposal).ifPresent(id -> accepted.put(proposal.number(), id));
        }
        return accepted;
    }

}
