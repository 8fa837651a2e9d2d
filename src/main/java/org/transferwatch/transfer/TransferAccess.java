package org.transferwatch.transfer;

import java.util.List;

import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;

/**
 * What the current user may see and change of the transfers: viewers see published transfers only, analysts
 * every transfer and change drafts, reviewers change any. One definition for the services and the bulk paths.
 */
@Component
public class TransferAccess {

    private final TransferRepository transfers;

    private final SanctionsService sanctions;

    private final CurrentUser currentUser;

    private final UserService users;

    private final TransferPartsCriteria parts;

    TransferAccess(TransferRepository transfers, SanctionsService sanctions, CurrentUser currentUser,
            UserService users, TransferPartsCriteria parts) {
        this.transfers = transfers;
        this.sanctions = sanctions;
        this.currentUser = currentUser;
        this.users = users;
        this.parts = parts;
    }

    /** Whether the current user sees published transfers only (viewers) rather than drafts and retractions too. */
    public boolean seesPublishedOnly() {
        return !currentUser.has(Role.ANALYST);
    }

    /** The transfers the current user may see that match the filter, as one condition. */
    public Condition visibleCondition(TransferFilter filter) {
        return TransferFilterRepository.condition(filter).and(restrictions(filter));
    }

    /** The same transfers, split by direction where the filter asks for either direction. */
    TransferSelection visibleSelection(TransferFilter filter) {
        return TransferFilterRepository.selection(filter, restrictions(filter));
    }

    /**
     * What narrows the filter's own criteria, whatever its pair: the sanctions feature's confirmed links, the
     * party feature's names and designations, and the user's visibility. The search texts are checked here, the
     * one place every filtered read passes.
     */
    private Condition restrictions(TransferFilter filter) {
        return restrictions(filter, seesPublishedOnly());
    }

    /** The same for a reader who is not the current user (a watch's owner, when its changes are matched). */
    Condition restrictions(TransferFilter filter, boolean publishedOnly) {
        requireWithinLimit(filter.text(), "search text");
        requireWithinLimit(filter.party(), "party name");
        requireWithinLimit(filter.vessel(), "vessel name");
        var restrictions = parts.of(filter);
        if (filter.issuerCode() != null) {
            restrictions = restrictions.and(sanctions.hasConfirmedLinkFromIssuer(filter.issuerCode(),
                    TransferFilterRepository.transferId()));
        }
        if (filter.flagged()) {
            restrictions = restrictions.and(sanctions.hasConfirmedLink(TransferFilterRepository.transferId()));
        }
        if (filter.provision() != null) {
            var provision = filter.provision().provisionId();
            var transferId = TransferFilterRepository.transferId();
            restrictions = restrictions.and(switch (filter.provision().linked()) {
                case CONFIRMED -> sanctions.hasDecision(provision, SanctionsLink.Decision.CONFIRMED, transferId);
                case DISMISSED -> sanctions.hasDecision(provision, SanctionsLink.Decision.DISMISSED, transferId);
                // Suggested by its scope, or, for a designation power, by a designated party of its regime.
                case SUGGESTED -> sanctions.covers(provision, TransferFilterRepository.scopeFields())
                    .or(sanctions.designationPowerApplies(provision, TransferFilterRepository.scopeFields(),
                            regime -> parts.involvesPartyDesignatedUnder(regime, transferId)))
                    .andNot(sanctions.hasDecision(provision, null, transferId));
            });
        }
        if (publishedOnly) {
            restrictions = restrictions.and(TransferFilterRepository.published());
        }
        return restrictions;
    }

    private static void requireWithinLimit(@Nullable String text, String what) {
        if (text != null && text.length() > SearchText.MAX_LENGTH) {
            throw new ValidationException("The " + what + " is limited to " + SearchText.MAX_LENGTH + " characters.");
        }
    }

    /** The stored transfer, if the user may see it; otherwise the sentence a user reads. */
    Transfer requireVisible(long transferId) {
        return transfers.findById(transferId)
            .filter(this::visible)
            .orElseThrow(() -> new NotFoundException("This transfer does not exist or is not visible to you."));
    }

    /** Those of these transfers the user may see that match the filter, in one statement. */
    List<Long> visibleIdsAmong(TransferFilter filter, java.util.Collection<Long> transferIds) {
        return transfers.idsAmong(visibleCondition(filter), transferIds);
    }

    /** The stored transfers of these ids the user may see, in one statement; the others are left out. */
    List<Transfer> visibleAmong(java.util.Collection<Long> transferIds) {
        return transfers.findByIds(transferIds).stream().filter(this::visible).toList();
    }

    /** The stored transfer, if the user may change it: analysts drafts, reviewers any. */
    Transfer requireEditable(long transferId) {
        var transfer = requireVisible(transferId);
        if (transfer.reviewState() != ReviewState.DRAFT && !currentUser.has(Role.REVIEWER)) {
            throw new AccessDeniedException("Only reviewers may change a transfer once it is published or retracted.");
        }
        return transfer;
    }

    boolean visible(Transfer transfer) {
        return currentUser.has(Role.ANALYST) || transfer.reviewState() == ReviewState.PUBLISHED;
    }

    /** The refusal of a save over a newer one, naming who saved it and when. */
    ConcurrentEditException conflict(long transferId) {
        var current = transfers.findById(transferId);
        return new ConcurrentEditException("transfer", current.flatMap(t -> users.displayName(t.updatedBy())).orElse(null),
                current.map(Transfer::updatedAt).orElse(null));
    }

}
