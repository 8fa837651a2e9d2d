package org.transferwatch.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.source.Citation;
import org.transferwatch.source.CitationCounts;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceCitations;
import org.transferwatch.source.SourceService;

/**
 * The claims that link sources to transfers, each with its quote, stance and grade: reading them for a
 * transfer or a source, and adding them to drafts (analysts) or any transfer (reviewers), audited.
 */
@Service
public class EvidenceService implements SourceCitations {

    private final ClaimRepository claims;

    private final SourceService sources;

    private final TransferAccess access;

    private final AuditService audit;

    private final CurrentUser currentUser;

    EvidenceService(ClaimRepository claims, SourceService sources, TransferAccess access, AuditService audit,
            CurrentUser currentUser) {
        this.claims = claims;
        this.sources = sources;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The transfer's claims with their sources. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Evidence> evidence(long transferId) {
        access.requireVisible(transferId);
        var transferClaims = claims.findByTransfer(transferId);
        var bySource = sources.findByIds(transferClaims.stream().map(Claim::sourceId).distinct().toList());
        return transferClaims.stream()
            .filter(claim -> bySource.containsKey(claim.sourceId()))
            .map(claim -> new Evidence(claim, bySource.get(claim.sourceId())))
            .toList();
    }

    /**
     * The claims of several transfers with their sources, in two statements: for a briefing's hundreds of
     * transfers. Transfers the user may not see (viewers: unpublished ones) have none.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<Evidence>> evidenceOf(Collection<Long> transferIds) {
        var found = claims.findByTransfers(transferIds, access.seesPublishedOnly());
        var bySource = sources.findByIds(found.stream().map(Claim::sourceId).distinct().toList());
        var evidence = new LinkedHashMap<Long, List<Evidence>>();
        for (var claim : found) {
            var source = bySource.get(claim.sourceId());
            if (source != null) {
                evidence.computeIfAbsent(claim.transferId(), id -> new ArrayList<>()).add(new Evidence(claim, source));
            }
        }
        return evidence;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Claim> claims(long transferId) {
        access.requireVisible(transferId);
        return claims.findByTransfer(transferId);
    }

    /** Links a source to a transfer with a quote, stance and grade; analysts and above, on drafts. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long addClaim(long transferId, NewClaim claim) {
        var user = currentUser.require();
        claim.validate();
        var transfer = access.requireEditable(transferId);
        if (sources.findById(claim.sourceId()).isEmpty()) {
            throw new ValidationException("That source no longer exists.");
        }
        if (claims.find(transfer.id(), claim.sourceId(), claim.stance()).isPresent()) {
            throw new ValidationException("This source is already linked to the transfer with that stance.");
        }
        var id = claims.insert(transferId, claim, user.id());
        audit.record(new AuditEntry("claim_link", Long.toString(id), "create", transferId, null, claims.snapshot(id)));
        return id;
    }

    /**
     * Adds a source to the library (or recognises it as one already there) and links it to the transfer
     * with the claim, in one transaction: if the claim is refused, no source is added either.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public SourceService.Added addClaimFromNewSource(long transferId, NewSource source, NewClaim claim) {
        claim.validate();
        access.requireEditable(transferId);
        var added = sources.add(source);
        addClaim(transferId, new NewClaim(added.source().id(), claim.quote(), claim.stance(), claim.grade()));
        return added;
    }

    /** The claims a source makes, with the transfers they are about, as far as the user may see them. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SourceClaim> claimsOfSource(long sourceId) {
        return claims.findBySource(sourceId, access.seesPublishedOnly());
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, CitationCounts> countsFor(Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? Map.of() : claims.countsBySource(sourceIds, access.seesPublishedOnly());
    }

    @Override
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Citation> citationsOf(long sourceId) {
        return claimsOfSource(sourceId).stream()
            .map(claim -> new Citation(claim.transferId(), "transfers/" + claim.transferId(),
                    claim.pairLabel() + " · " + claim.item(), claim.status().label() + " · " + claim.reviewState().label(),
                    claim.stance() == Stance.DISPUTES, claim.quote(), claim.grade().description()))
            .toList();
    }

}
