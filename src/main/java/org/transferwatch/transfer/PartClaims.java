package org.transferwatch.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.PartClaimRepository.Part;

/**
 * Adding, removing and reading the claims about a transfer's parties and shipments, by the rules and sentences
 * of a transfer's own claims, each change audited under the transfer. The services check first that the user
 * may change the transfer.
 */
@Component
class PartClaims {

    private final PartClaimRepository claims;

    private final SourceService sources;

    private final AuditService audit;

    PartClaims(PartClaimRepository claims, SourceService sources, AuditService audit) {
        this.claims = claims;
        this.sources = sources;
        this.audit = audit;
    }

    /** Checks every claim as a transfer's claim is checked, and that its source exists, before anything is saved. */
    void validate(List<NewClaim> newClaims) {
        for (var claim : newClaims) {
            claim.validate();
            requireSource(claim);
        }
    }

    private void requireSource(NewClaim claim) {
        if (sources.findById(claim.sourceId()).isEmpty()) {
            throw new ValidationException("That source no longer exists.");
        }
    }

    long add(Part part, long parentId, long transferId, NewClaim claim, long userId) {
        claim.validate();
        requireSource(claim);
        if (claims.exists(part, parentId, claim.sourceId(), claim.stance())) {
            throw new ValidationException("This source is already linked to " + part.subject + " with that stance.");
        }
        var id = claims.insert(part, parentId, claim, userId);
        audit.record(new AuditEntry(part.entityType, Long.toString(id), "create", transferId, null,
                claims.snapshot(part, id)));
        return id;
    }

    void remove(Part part, long claimId, long transferId) {
        var before = claims.snapshot(part, claimId);
        claims.delete(part, claimId);
        audit.record(new AuditEntry(part.entityType, Long.toString(claimId), "delete", transferId, before, null));
    }

    /** Audits the removal of every claim about the part, which goes with it. */
    void removeAll(Part part, long parentId, long transferId) {
        claims.ids(part, parentId).forEach(id -> remove(part, id, transferId));
    }

    /** The claims about each of these parts, with their sources as cited. */
    Map<Long, List<PartClaim>> of(Part part, Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        var rows = claims.findByParents(part, parentIds);
        var bySource = sources.findByIds(rows.stream().map(PartClaimRepository.Row::sourceId).distinct().toList());
        return rows.stream()
            .filter(row -> bySource.containsKey(row.sourceId()))
            .collect(Collectors.groupingBy(PartClaimRepository.Row::parentId, Collectors.mapping(row -> {
                var source = bySource.get(row.sourceId());
                return new PartClaim(row.id(), row.sourceId(), source.title(), source.url(), source.citation(),
                        row.quote(), row.stance(), row.grade());
            }, Collectors.toList())));
    }

}
