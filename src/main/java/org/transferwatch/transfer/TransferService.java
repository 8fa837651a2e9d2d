package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.impl.DSL;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;

/**
 * One transfer at a time: create a draft (warned of possible duplicates first), show it with names and its evidence
 * summed up, save an edit, delete a draft.
 * Analysts create and edit drafts, reviewers any transfer; every save is checked against the version the user
 * loaded, and every change writes an audit event in the same transaction.
 */
@Service
public class TransferService {

    private final TransferRepository transfers;

    private final ClaimRepository claims;

    private final EvidenceSummaryRepository summaries;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    private final CountryService countries;

    private final CategoryService categories;

    private final DuplicateRepository duplicates;

    private final SanctionsService sanctions;

    /** How many possible duplicates the form shows at most. */
    static final int DUPLICATES_SHOWN = 5;

    TransferService(TransferRepository transfers, ClaimRepository claims,
            EvidenceSummaryRepository summaries, TransferAccess access, AuditService audit,
            CurrentUser currentUser, UserService users, CountryService countries, CategoryService categories,
            DuplicateRepository duplicates, SanctionsService sanctions) {
        this.transfers = transfers;
        this.claims = claims;
        this.summaries = summaries;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.countries = countries;
        this.categories = categories;
        this.duplicates = duplicates;
        this.sanctions = sanctions;
    }

    /** Creates a draft transfer; analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long createDraft(TransferDraft draft) {
        return create(draft, null);
    }

    /**
     * Creates a draft transfer under a stable natural key (imports, demo data), or returns the id of the
     * transfer that already holds the key, unchanged.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long createDraftOnce(String naturalKey, TransferDraft draft) {
        return transfers.findIdByNaturalKey(naturalKey).orElseGet(() -> create(draft, naturalKey));
    }

    private long create(TransferDraft draft, @Nullable String naturalKey) {
        var user = currentUser.require();
        validate(draft);
        var id = transfers.insert(draft, naturalKey, user.id());
        audit.record(new AuditEntry("transfer", Long.toString(id), "create", id, null, transfers.snapshot(id)));
        return id;
    }

    /** The transfer with names and evidence summary, if the user may see it. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public TransferDetails details(long transferId) {
        var transfer = access.requireVisible(transferId);
        var fields = transfer.fields();
        var categoryCode = fields.categoryCode();
        return new TransferDetails(transfer, countryName(transfer.supplierCode()), countryName(transfer.recipientCode()),
                categoryCode == null ? null : categories.findByCode(categoryCode).map(Category::label).orElse(categoryCode),
                summaries.find(transferId), ConfidenceRule.propose(claims.findByTransfer(transferId)),
                users.displayName(transfer.createdBy()).orElse("?"), users.displayName(transfer.updatedBy()).orElse("?"));
    }

    private String countryName(String code) {
        return countries.findByCode(code).map(Country::name).orElse(code);
    }

    /**
     * Saves the user's edit of a transfer loaded at {@code expectedVersion}. Refused with the name of the
     * other editor when someone saved in between; nothing is overwritten. Analysts on drafts, reviewers
     * on any transfer.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void update(long transferId, int expectedVersion, TransferDraft draft) {
        var user = currentUser.require();
        validate(draft);
        var current = access.requireEditable(transferId);
        if (current.version() != expectedVersion) {
            throw access.conflict(transferId);
        }
        var before = transfers.snapshot(transferId);
        if (!transfers.update(transferId, expectedVersion, draft, user.id())) {
            throw access.conflict(transferId);
        }
        audit.record(new AuditEntry("transfer", Long.toString(transferId), "update", transferId, before,
                transfers.snapshot(transferId)));
    }

    /**
     * The stored transfers, visible to the user, that the draft may duplicate: the same direction, an overlapping
     * or unknown period, and the same category or a similar item (see {@link DuplicateRepository}); most alike
     * first, a few at most. None for a draft that lacks its states or item (the save then says what is missing).
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(TransferDraft draft) {
        if (draft.supplierCode() == null || draft.recipientCode() == null || draft.item() == null || draft.item().isBlank()) {
            return List.of();
        }
        var visible = access.seesPublishedOnly() ? TransferFilterRepository.published() : DSL.noCondition();
        return duplicates.find(draft, visible, DUPLICATES_SHOWN);
    }

    /**
     * The stored transfers, visible to the user, that a report of this draft may corroborate: those of
     * {@link #possibleDuplicates}, and those whose item shares the draft's head noun; most alike first, at most
     * {@code limit}.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> corroborated(TransferDraft draft, int limit) {
        if (draft.supplierCode() == null || draft.recipientCode() == null || draft.item() == null || draft.item().isBlank()) {
            return List.of();
        }
        var visible = access.seesPublishedOnly() ? TransferFilterRepository.published() : DSL.noCondition();
        return duplicates.find(draft, visible, limit, true);
    }

    /**
     * Deletes a draft loaded at {@code expectedVersion}, with its evidence, parties, shipments and sanctions
     * decisions; the audit keeps all of it as it was. Analysts delete the drafts they created, reviewers any draft.
     * A published or retracted transfer is never deleted (a reviewer retracts it), nor one that others were merged
     * into (their pages lead to it).
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void deleteDraft(long transferId, int expectedVersion) {
        var user = currentUser.require();
        var transfer = transfers.lockById(transferId).filter(access::visible)
            .orElseThrow(() -> new NotFoundException("This transfer does not exist or is not visible to you."));
        if (transfer.reviewState() != ReviewState.DRAFT) {
            throw new ValidationException("Only a draft can be deleted: a " + transfer.reviewState().label().toLowerCase(
                    Locale.ROOT) + " transfer stays on record, and a reviewer retracts it if it does not stand.");
        }
        if (transfer.createdBy() != user.id() && !currentUser.has(Role.REVIEWER)) {
            throw new AccessDeniedException("You may delete the drafts you created; ask a reviewer to delete this one.");
        }
        if (transfer.version() != expectedVersion) {
            throw access.conflict(transferId);
        }
        var mergedHere = transfers.mergedFrom(transferId);
        if (!mergedHere.isEmpty()) {
            throw new ValidationException("This draft cannot be deleted: " + mergedHere.stream().map(id -> "#" + id)
                .collect(Collectors.joining(", ")) + (mergedHere.size() == 1 ? " was" : " were")
                    + " merged into it, and " + (mergedHere.size() == 1 ? "its page leads" : "their pages lead") + " here.");
        }
        var before = transfers.snapshotWithParts(transferId, sanctions.linksFor(transferId));
        if (!transfers.delete(transferId, expectedVersion)) {
            throw access.conflict(transferId);
        }
        audit.record(new AuditEntry("transfer", Long.toString(transferId), "delete", transferId, before, null));
    }

    /**
     * The transfer that this one was merged into, if it was: its page and the API lead there. Anyone may ask; what
     * they may see of the survivor is checked when they open it.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long transferId) {
        return transfers.mergedInto(transferId);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Integer> version(long transferId) {
        return transfers.findById(transferId).filter(access::visible).map(Transfer::version);
    }

    private void validate(TransferDraft draft) {
        var problems = new ArrayList<>(draft.problems());
        if (draft.supplierCode() != null && countries.findByCode(draft.supplierCode()).isEmpty()) {
            problems.add(TransferDraft.Field.SUPPLIER.problem(
                    "The supplier \"" + draft.supplierCode() + "\" is not a known state or actor."));
        }
        if (draft.recipientCode() != null && countries.findByCode(draft.recipientCode()).isEmpty()) {
            problems.add(TransferDraft.Field.RECIPIENT.problem(
                    "The recipient \"" + draft.recipientCode() + "\" is not a known state or actor."));
        }
        if (draft.categoryCode() != null && categories.findByCode(draft.categoryCode()).isEmpty()) {
            problems.add(TransferDraft.Field.CATEGORY.problem(
                    "The category \"" + draft.categoryCode() + "\" is not a known category."));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
