package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * One transfer at a time: create a draft, show it with names and its evidence summed up, and save an edit.
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

    TransferService(TransferRepository transfers, ClaimRepository claims,
            EvidenceSummaryRepository summaries, TransferAccess access, AuditService audit,
            CurrentUser currentUser, UserService users, CountryService countries, CategoryService categories) {
        this.transfers = transfers;
        this.claims = claims;
        this.summaries = summaries;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.countries = countries;
        this.categories = categories;
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
