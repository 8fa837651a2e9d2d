package org.transferwatch.party;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.designation.Designation;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.designation.NameQuality;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * The designations parties may be: everyone logged in reads them; analysts confirm a match (a confirmed match
 * flags the transfers the party takes part in) or reject it with a note. Nothing is flagged without an
 * analyst's decision, and a decision is audited and refused over a change the analyst has not seen.
 */
@Service
public class PartyMatchService {

    /** The longest note on a decision, in characters. */
    public static final int MAX_NOTE = 2000;

    /** The field a problem of a decision belongs to. */
    public enum Field implements Problem.Field {
        NOTE
    }

    /** The first matches to review, and how many there are in all. */
    public record MatchesToReview(List<PartyMatch> matches, int total) {
    }

    private final PartyMatchRepository matches;

    private final DesignationService designations;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    PartyMatchService(PartyMatchRepository matches, DesignationService designations, AuditService audit,
            CurrentUser currentUser, UserService users) {
        this.matches = matches;
        this.designations = designations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The party's matches, the latest change first, each with the designation's names and reference. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartyMatch> matchesOf(long partyId) {
        return withDesignations(matches.ofParty(partyId));
    }

    /**
     * What analysts have to look at, the latest change first: the possible matches, and the decided ones whose
     * designation changed after the decision ("Delisted on 2024-10-15: review this confirmation").
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public MatchesToReview toReview(int limit) {
        return new MatchesToReview(withDesignations(matches.toReview(limit)), matches.countToReview());
    }

    /** Confirms that the party is the designation, with an optional note. Analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void confirm(long matchId, @Nullable String note, int version) {
        decide(matchId, MatchState.CONFIRMED, note, version);
    }

    /** Rejects the match; the note saying why is required. Analysts and above. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void reject(long matchId, @Nullable String note, int version) {
        decide(matchId, MatchState.REJECTED, note, version);
    }

    private void decide(long matchId, MatchState state, @Nullable String note, int version) {
        var clean = note == null || note.isBlank() ? null : note.strip();
        if (state == MatchState.REJECTED && clean == null) {
            throw new ValidationException(Field.NOTE.problem("Say why the party is not this designation: a rejection"
                    + " needs a note."));
        }
        if (clean != null && clean.length() > MAX_NOTE) {
            throw new ValidationException(Field.NOTE.problem("The note is limited to 2,000 characters."));
        }
        var match = matches.find(matchId).orElseThrow(() -> new NotFoundException("This match does not exist."));
        var before = matches.snapshot(matchId);
        if (!matches.decide(matchId, state, clean, version, currentUser.require().id())) {
            var decidedLater = match.decidedAt() != null && !match.decidedAt().isBefore(match.changedAt());
            throw new ConcurrentEditException("match", decidedLater && match.decidedBy() != null
                    ? users.displayName(match.decidedBy()).orElse(null) : "the re-check of the designations",
                    decidedLater ? match.decidedAt() : match.changedAt());
        }
        audit.record(new AuditEntry("party_designation_match", Long.toString(matchId),
                state == MatchState.CONFIRMED ? "confirm" : "reject", null, before, matches.snapshot(matchId)));
    }

    private List<PartyMatch> withDesignations(List<PartyMatchRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Designation> byId = designations.findAll(rows.stream().map(PartyMatchRepository.Row::designationId)
                .distinct().toList()).stream()
            .collect(Collectors.toMap(Designation::id, Function.identity()));
        var names = new HashMap<Long, @Nullable String>();
        return rows.stream().map(row -> {
            var d = byId.get(row.designationId());
            var decidedBy = row.decidedBy() == null ? null
                    : names.computeIfAbsent(row.decidedBy(), id -> users.displayName(id).orElse(null));
            var aliases = d.names().stream()
                .filter(name -> name.quality() != NameQuality.PRIMARY)
                .map(Designation.Name::name)
                .toList();
            return new PartyMatch(row.id(), row.partyId(), row.partyName(), row.partyKind(), row.designationId(),
                    d.reference(), d.primaryName(), d.kind(), aliases, d.delistedOn(), row.basis(), row.score(),
                    row.matchedName(), row.state(), row.note(), decidedBy, row.decidedAt(), row.foundAt(),
                    row.changedAt(), row.changeNote(), row.version());
        }).toList();
    }

}
