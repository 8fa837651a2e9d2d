package org.transferwatch.intake;

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
import org.transferwatch.country.CountryService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Claim;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.ConfidenceRule;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
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

    private volatile @Nullable IntakeAssistant assistant;

    IntakeService(CountryService countries, SourceService sources, TransferService transfers, EvidenceService evidenceService,
            PlaceService places, TransportRecorder transport) {
        this.countries = countries;
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
        var built = assistant;
        if (built == null) {
            built = new IntakeAssistant(countries.aliases(), gazetteer);
            assistant = built;
        }
        else if (!built.places().equals(gazetteer)) {
            built = built.withPlaces(gazetteer);
            assistant = built;
        }
        return built;
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
