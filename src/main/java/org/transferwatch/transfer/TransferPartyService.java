package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.party.MatchState;
import org.transferwatch.party.PartyMatchService;
import org.transferwatch.party.PartyService;
import org.transferwatch.party.PartySummary;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;
import org.transferwatch.transfer.PartClaimRepository.Part;

/**
 * The parties of a transfer beyond its two states, each in a role and placed there by sources' claims: adding,
 * editing and removing them (analysts on drafts, reviewers on any transfer), each change audited under the
 * transfer; reading them as far as the user may see the transfer; and whether any of them, or a vessel of the
 * transfer's shipments, is a confirmed designation.
 */
@Service
public class TransferPartyService {

    private final TransferPartyRepository parties;

    private final ShipmentRepository shipments;

    private final PartClaimRepository claimRows;

    private final PartClaims claims;

    private final TransferAccess access;

    private final PartyService partyRecords;

    private final DesignationService designations;

    private final PartyMatchService matches;

    private final CountryService countries;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    TransferPartyService(TransferPartyRepository parties, ShipmentRepository shipments, PartClaimRepository claimRows,
            PartClaims claims, TransferAccess access, PartyService partyRecords, DesignationService designations,
            PartyMatchService matches, CountryService countries, AuditService audit, CurrentUser currentUser,
            UserService users) {
        this.parties = parties;
        this.shipments = shipments;
        this.claimRows = claimRows;
        this.claims = claims;
        this.access = access;
        this.partyRecords = partyRecords;
        this.designations = designations;
        this.matches = matches;
        this.countries = countries;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
    }

    /**
     * Places a party in the transfer in a role, with the sources' claims that put it there (at least one).
     * Analysts on drafts, reviewers on any transfer. An unknown party, a role the party already has in the
     * transfer, or a claim that breaks a claim's rules is refused with a sentence, and nothing is saved.
     *
     * @return the id of the party's role in the transfer
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addParty(long transferId, NewTransferParty party) {
        var user = currentUser.require();
        party.validate();
        access.requireEditable(transferId);
        claims.validate(party.claims());
        var record = partyRecords.find(party.partyId()).orElseThrow(() -> new ValidationException(
                NewTransferParty.Field.PARTY.problem("That party does not exist: search for it again.")));
        if (record.name().isBlank()) {
            throw new ValidationException(NewTransferParty.Field.PARTY.problem(
                    "This party has no name: name it on its page before placing it in a transfer."));
        }
        var role = party.role();
        if (parties.hasRole(transferId, record.id(), role)) {
            throw duplicateRole(record, role);
        }
        long id;
        try {
            id = parties.insert(transferId, record.id(), role, blankToNull(party.note()), user.id());
        }
        catch (DuplicateKeyException e) {
            throw duplicateRole(record, role);
        }
        audit.record(new AuditEntry("transfer_party", Long.toString(id), "create", transferId, null, parties.snapshot(id)));
        for (var claim : party.claims()) {
            claims.add(Part.PARTY, id, transferId, claim, user.id());
        }
        return id;
    }

    private static ValidationException duplicateRole(PartySummary party, PartyRole role) {
        return new ValidationException(NewTransferParty.Field.ROLE.problem(
                party.name() + " is already " + role.withArticle() + " of this transfer."));
    }

    /**
     * Changes the role and note of a party in a transfer, loaded at {@code expectedVersion}; refused with the
     * other editor's name when someone saved in between.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void updateParty(long transferPartyId, int expectedVersion, @Nullable PartyRole role, @Nullable String note) {
        var user = currentUser.require();
        var problems = new ArrayList<Problem>();
        if (role == null) {
            problems.add(NewTransferParty.Field.ROLE.problem("Choose the party's role in the transfer."));
        }
        NewTransferParty.noteProblem(note).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
        var current = requireEditable(transferPartyId);
        if (current.version() != expectedVersion) {
            throw conflict(current);
        }
        if (current.role() != role && parties.hasRole(current.transferId(), current.partyId(), role)) {
            throw duplicateRole(partyRecords.find(current.partyId()).orElseThrow(), role);
        }
        var before = parties.snapshot(transferPartyId);
        boolean saved;
        try {
            saved = parties.update(transferPartyId, expectedVersion, role, blankToNull(note), user.id());
        }
        catch (DuplicateKeyException e) {
            throw duplicateRole(partyRecords.find(current.partyId()).orElseThrow(), role);
        }
        if (!saved) {
            throw conflict(parties.find(transferPartyId).orElse(current));
        }
        audit.record(new AuditEntry("transfer_party", Long.toString(transferPartyId), "update", current.transferId(),
                before, parties.snapshot(transferPartyId)));
    }

    /** Removes a party's role from the transfer, with its claims, loaded at {@code expectedVersion}. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void removeParty(long transferPartyId, int expectedVersion) {
        currentUser.require();
        var current = requireEditable(transferPartyId);
        if (current.version() != expectedVersion) {
            throw conflict(current);
        }
        claims.removeAll(Part.PARTY, transferPartyId, current.transferId());
        var before = parties.snapshot(transferPartyId);
        if (!parties.delete(transferPartyId, expectedVersion)) {
            throw conflict(parties.find(transferPartyId).orElse(current));
        }
        audit.record(new AuditEntry("transfer_party", Long.toString(transferPartyId), "delete", current.transferId(),
                before, null));
    }

    /** Adds a source's claim that the party had its role; the rules of a transfer's claims apply. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addPartyClaim(long transferPartyId, NewClaim claim) {
        var user = currentUser.require();
        claim.validate();
        var current = requireEditable(transferPartyId);
        return claims.add(Part.PARTY, transferPartyId, current.transferId(), claim, user.id());
    }

    /** Removes a claim about a party's role; the last one stays: a party is in a transfer because a source says so. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void removePartyClaim(long partyClaimId) {
        currentUser.require();
        var claim = claimRows.find(Part.PARTY, partyClaimId)
            .orElseThrow(() -> new NotFoundException("This claim no longer exists."));
        var current = requireEditable(claim.parentId());
        if (claimRows.count(Part.PARTY, claim.parentId()) <= 1) {
            throw new ValidationException("A party stays in a transfer on at least one source's claim: add another"
                    + " claim first, or remove the party.");
        }
        claims.remove(Part.PARTY, partyClaimId, current.transferId());
    }

    /**
     * The transfer's parties in their roles (manufacturer first, financier last), each with its kind, country,
     * claims, whether it is a confirmed designation and how many possible matches await a decision; viewers see
     * those of published transfers.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<InvolvedParty> partiesOf(long transferId) {
        access.requireVisible(transferId);
        var rows = parties.findByTransfer(transferId);
        var records = partyRecords.findAll(rows.stream().map(TransferPartyRepository.Row::partyId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(PartySummary::id, Function.identity()));
        var claimsByRole = claims.of(Part.PARTY, rows.stream().map(TransferPartyRepository.Row::id).toList());
        var possibleMatches = new HashMap<Long, Integer>();
        return rows.stream()
            .filter(row -> records.containsKey(row.partyId()))
            .map(row -> {
                var party = records.get(row.partyId());
                return new InvolvedParty(row.id(), transferId, party.id(), party.kind(), party.name(),
                        party.countryCode(), countryName(party.countryCode()), row.role(), row.note(), party.designated(),
                        possibleMatches.computeIfAbsent(party.id(), this::possibleMatches), row.version(),
                        claimsByRole.getOrDefault(row.id(), List.of()));
            })
            .toList();
    }

    private int possibleMatches(long partyId) {
        return (int) matches.matchesOf(partyId).stream().filter(match -> match.state() == MatchState.POSSIBLE).count();
    }

    /**
     * Whether a party of the transfer, or a carrier or receiving vessel of one of its shipments, is a confirmed
     * designation. Viewers and above, for transfers they may see.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean designatedPartyInvolved(long transferId) {
        access.requireVisible(transferId);
        return parties.involvesDesignatedParty(transferId, partyRecords::designated);
    }

    /**
     * A condition on a transfer id: a designated party is involved, by the same rule as
     * {@link #designatedPartyInvolved}. For filters and counts over many transfers.
     */
    public Condition involvesDesignatedParty(Field<Long> transferId) {
        return TransferPartyRepository.involvesDesignatedParty(transferId, partyRecords::designated);
    }

    /**
     * The confirmed designations among the transfer's parties and its shipments' vessels, each with how it takes
     * part and the designations it was confirmed as; parties first, then vessels, each once.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<DesignatedParty> designatedParties(long transferId) {
        access.requireVisible(transferId);
        var involvements = new LinkedHashMap<Long, List<String>>();
        for (var row : parties.findByTransfer(transferId)) {
            involvements.computeIfAbsent(row.partyId(), id -> new ArrayList<>()).add(row.role().withArticle());
        }
        var legParts = new LinkedHashMap<Long, String>();
        for (var leg : shipments.findByTransfer(transferId)) {
            var draft = leg.draft();
            if (draft.carrierPartyId() != null) {
                legParts.putIfAbsent(draft.carrierPartyId(), "the carrier of a " + modeWord(draft) + " leg");
            }
            if (draft.receivingVesselId() != null) {
                legParts.putIfAbsent(draft.receivingVesselId(), "the receiving vessel of a ship-to-ship transfer");
            }
        }
        legParts.forEach((partyId, part) -> involvements.computeIfAbsent(partyId, id -> new ArrayList<>()).add(part));
        var designated = partyRecords.findAll(involvements.keySet()).stream()
            .filter(PartySummary::designated)
            .collect(Collectors.toMap(PartySummary::id, Function.identity()));
        return involvements.entrySet().stream()
            .filter(entry -> designated.containsKey(entry.getKey()))
            .map(entry -> {
                var party = designated.get(entry.getKey());
                return new DesignatedParty(party.id(), party.name(), join(entry.getValue()) + " of this transfer",
                        listings(party.id()));
            })
            .toList();
    }

    private List<DesignatedParty.Listing> listings(long partyId) {
        return partyRecords.confirmedDesignations(List.of(partyId)).stream()
            .map(id -> designations.page(id).designation())
            .sorted(Comparator.comparing(designation -> designation.reference()))
            .map(designation -> new DesignatedParty.Listing(designation.id(), designation.reference(),
                    designation.regimeCode()))
            .toList();
    }

    private static String modeWord(ShipmentDraft draft) {
        return draft.mode() == null ? "" : draft.mode().label().toLowerCase(Locale.ROOT);
    }

    /** "a seller", "a seller and a broker", "a seller, a broker and the carrier of a sea leg". */
    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private TransferPartyRepository.Row requireEditable(long transferPartyId) {
        var row = parties.find(transferPartyId)
            .orElseThrow(() -> new NotFoundException("This party is no longer part of the transfer."));
        access.requireEditable(row.transferId());
        return row;
    }

    private ConcurrentEditException conflict(TransferPartyRepository.Row current) {
        return new ConcurrentEditException("party's role", users.displayName(current.updatedBy()).orElse(null),
                current.updatedAt());
    }

    private @Nullable String countryName(@Nullable String code) {
        return code == null ? null : countries.findByCode(code).map(Country::name).orElse(code);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
