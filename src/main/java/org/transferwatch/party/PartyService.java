package org.transferwatch.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
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
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.country.CountryService;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Party records for every feature that shows or links them: everyone logged in searches and reads them;
 * analysts record and edit them; administrators merge two records of the same party. Every change is audited
 * with its before and after, a save over a newer one is refused with who made it, and a party is matched with
 * the designations whenever it is created or its names or numbers change.
 */
@Service
public class PartyService {

    /** The longest reason for a merge, in characters. */
    public static final int MAX_MERGE_REASON = 2000;

    private final PartyRepository parties;

    private final PartyMatchRepository matches;

    private final PartyMatcher matcher;

    private final PartyLinks links;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    private final CountryService countries;

    private final JsonMapper json;

    private final DesignationService designations;

    PartyService(PartyRepository parties, PartyMatchRepository matches, PartyMatcher matcher, PartyLinks links,
            AuditService audit, CurrentUser currentUser, UserService users, CountryService countries, JsonMapper json,
            DesignationService designations) {
        this.parties = parties;
        this.designations = designations;
        this.matches = matches;
        this.matcher = matcher;
        this.links = links;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.countries = countries;
        this.json = json;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<PartySummary> find(long id) {
        return parties.find(id);
    }

    /** The parties with these ids, by name. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartySummary> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : parties.findAll(ids);
    }

    /**
     * A condition on a party id: the party is known by a name or alias containing the text (case, accents and
     * punctuation ignored) or has an identifier equal to it ("IMO 9123456" finds 9123456). For the transfer
     * feature's filters.
     */
    public Condition named(String text, Field<Long> partyId) {
        return PartyRepository.named(text, partyId);
    }

    /** A condition on a party id: an analyst confirmed that the party is a listed designation. */
    public Condition designated(Field<Long> partyId) {
        return PartyRepository.designated(partyId);
    }

    /**
     * The (party, designation) pairs an analyst confirmed for the parties the subquery selects, as a subquery: for
     * matching changed transfers to the watches on designations in one statement.
     */
    public Select<Record2<Long, Long>> confirmedDesignationKeys(Select<Record1<Long>> partyIds) {
        return PartyRepository.confirmedDesignationKeys(partyIds);
    }

    /** A condition on a party id: an analyst confirmed that the party is this designation (for a watch on it). */
    public Condition designatedAs(long designationId, Field<Long> partyId) {
        return PartyRepository.designatedAs(designationId, partyId);
    }

    /**
     * A condition on a party id: an analyst confirmed that the party is a designation of this regime (e.g.
     * "DPRK"), whose designation powers a transfer it takes part in may then breach.
     */
    public Condition designatedUnder(String regimeCode, Field<Long> partyId) {
        return PartyRepository.designatedAmong(designations.idsOfRegime(regimeCode), partyId);
    }

    /**
     * The ids of the parties {@link #named} selects, as a subquery: for a query over many rows that should start
     * from the few matching parties (the transfers filtered by a party's name).
     */
    public Select<Record1<Long>> namedIds(String text) {
        return PartyRepository.namedIds(text);
    }

    /** A condition on a party id: the party is of this kind (e.g. a vessel). For the transfer feature's filters. */
    public Condition ofKind(PartyKind kind, Field<Long> partyId) {
        return PartyRepository.ofKind(kind, partyId);
    }

    /**
     * Every party's id, name, kind, country code and IMO number (a vessel's ship number, another party's company
     * number), as a table for another feature's query: the CSV export names the parties of each transfer by it.
     */
    public Table<Record5<Long, String, String, String, String>> labels(String alias) {
        return PartyRepository.labels(alias);
    }

    /**
     * For each of these parties with any, the designations an analyst confirmed for it, in one statement: the
     * pair briefing shows each designated party with its designations.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> confirmedDesignationsByParty(Collection<Long> partyIds) {
        return partyIds.isEmpty() ? Map.of() : parties.confirmedDesignationsByParty(partyIds);
    }

    /** The designations an analyst confirmed for any of these parties. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> confirmedDesignations(Collection<Long> partyIds) {
        return partyIds.isEmpty() ? List.of() : parties.confirmedDesignations(partyIds);
    }

    // Reading: every role

    /**
     * Parties matching the text, best first: by a name or other name (case, accents, punctuation and word order
     * ignored, near spellings ranked by trigram similarity) or exactly by a number ("IMO 9074729"). All parties
     * by name for no text. Records merged into another are left out.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PartyRow> search(String text, int offset, int limit) {
        return parties.search(checked(text), offset, limit);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int count(String text) {
        return parties.count(checked(text));
    }

    /** A party record with its names, numbers and flags; {@link NotFoundException} if there is none. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Party party(long id) {
        return require(id);
    }

    // Writing: analysts

    /**
     * Records a party and matches it with the designations. Refused, with every problem in the user's terms
     * and the field it belongs to ({@link ValidationException}), for a draft without a name, a wrong IMO check
     * digit, an unknown state, or a number another party already has.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long create(PartyDraft draft) {
        var clean = draft.cleaned();
        throwIfAny(problems(clean, null));
        long id;
        try {
            id = parties.insert(clean, currentUser.require().id());
        }
        catch (DuplicateKeyException e) {
            throw numberTakenMeanwhile();
        }
        matcher.match(id);
        audit.record(new AuditEntry("party", Long.toString(id), "create", null, null, parties.snapshot(id)));
        return id;
    }

    /**
     * Saves the draft over the record loaded at {@code version}; refused with who saved it since
     * ({@link ConcurrentEditException}). Matched again when its kind, names or numbers changed.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void update(long id, PartyDraft draft, int version) {
        var current = require(id);
        if (current.mergedInto() != null) {
            throw new ValidationException("This party was merged into #" + current.mergedInto() + "; edit that record.");
        }
        var clean = draft.cleaned();
        throwIfAny(problems(clean, id));
        var before = parties.snapshot(id);
        try {
            if (!parties.update(id, clean, version, currentUser.require().id())) {
                var changed = parties.changed(id);
                throw new ConcurrentEditException("party", changed.by() == null ? null
                        : users.displayName(changed.by()).orElse(null), changed.at());
            }
        }
        catch (DuplicateKeyException e) {
            throw numberTakenMeanwhile();
        }
        var was = current.draft();
        if (was.kind() != clean.kind() || !was.name().equals(clean.name()) || !was.aliases().equals(clean.aliases())
                || !was.identifiers().equals(clean.identifiers())) {
            matcher.match(id);
        }
        audit.record(new AuditEntry("party", Long.toString(id), "update", null, before, parties.snapshot(id)));
    }

    /**
     * The stored party a draft stands for, or else the draft recorded: the party with the draft's IMO number (ship
     * or company) and kind, or else the one with the same name (case aside) and kind; otherwise the draft is
     * created, matched with the designations like any new party. Refused like {@link #create} when it must be
     * created and breaks a rule. The intake assistant and the import record the parties they read this way.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public long findOrCreate(PartyDraft draft) {
        var clean = draft.cleaned();
        var kind = clean.kind();
        var name = clean.name();
        if (kind != null && name != null) {
            for (var identifier : clean.identifiers()) {
                if (identifier.kind() == PartyIdentifierKind.IMO_SHIP || identifier.kind() == PartyIdentifierKind.IMO_COMPANY) {
                    var byNumber = parties.search(identifier.value(), 0, 5).stream()
                        .filter(row -> row.kind() == kind && row.matched() != null).map(PartyRow::id).findFirst();
                    if (byNumber.isPresent()) {
                        return byNumber.get();
                    }
                }
            }
            var byName = parties.search(name, 0, 20).stream()
                .filter(row -> row.kind() == kind && key(row.name()).equals(key(name))).map(PartyRow::id).findFirst();
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        return create(clean);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    // Merging: administrators

    /**
     * Merges two records of the same party: the kept one ({@code intoId}) takes the other's names, numbers,
     * flags and designation matches (each once; a decided match before a possible one), and the transfers'
     * links to it ({@link PartyLinks}); the other stays, marked merged into the kept one, and is no longer listed
     * or searched. Audited on both records. Administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void merge(long fromId, long intoId, String reason) {
        var clean = reason == null ? "" : reason.strip();
        if (fromId == intoId) {
            throw new ValidationException("A party cannot be merged into itself.");
        }
        if (clean.isEmpty()) {
            throw new ValidationException("Say why the two records are the same party: a merge needs a reason.");
        }
        if (clean.length() > MAX_MERGE_REASON) {
            throw new ValidationException("The reason is limited to 2,000 characters.");
        }
        parties.lock(fromId, intoId);
        var from = require(fromId);
        var into = require(intoId);
        if (from.mergedInto() != null) {
            throw new ValidationException(from.label() + " was merged into #" + from.mergedInto() + " already.");
        }
        if (into.mergedInto() != null) {
            throw new ValidationException(into.label() + " was itself merged into #" + into.mergedInto()
                    + "; merge into that record.");
        }
        if (from.kind() != into.kind()) {
            throw new ValidationException("A " + from.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be merged into a " + into.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + ": merge two records of the same kind.");
        }
        var fromBefore = parties.snapshot(fromId);
        var intoBefore = parties.snapshot(intoId);
        matches.moveMatches(fromId, intoId);
        parties.merge(fromId, intoId, kept(into, from), currentUser.require().id());
        var moved = links.moveLinks(fromId, intoId);
        matcher.match(intoId);
        var merge = mergeRecord(fromId, intoId, clean, moved);
        audit.record(new AuditEntry("party", Long.toString(fromId), "merge", null, fromBefore,
                parties.snapshot(fromId, merge)));
        audit.record(new AuditEntry("party", Long.toString(intoId), "merge", null, intoBefore,
                parties.snapshot(intoId, merge)));
    }

    /** The kept record with the merged one's names (its name first), numbers and flags after its own. */
    private static PartyDraft kept(Party into, Party from) {
        var aliases = new ArrayList<>(into.aliases());
        aliases.add(from.name());
        aliases.addAll(from.aliases());
        var identifiers = new ArrayList<>(into.identifiers());
        identifiers.addAll(from.identifiers());
        var flags = new ArrayList<>(into.flags());
        flags.addAll(from.flags());
        return new PartyDraft(into.kind(), into.name(), aliases,
                into.countryCode() == null ? from.countryCode() : into.countryCode(),
                into.notes() == null ? from.notes() : into.notes(), identifiers, flags).cleaned();
    }

    private JSONB mergeRecord(long fromId, long intoId, String reason, int linksMoved) {
        var merge = new java.util.LinkedHashMap<String, Object>();
        merge.put("merged", fromId);
        merge.put("into", intoId);
        merge.put("reason", reason);
        merge.put("links_moved", linksMoved);
        return JSONB.valueOf(json.writeValueAsString(java.util.Map.of("merge", merge)));
    }

    // Rules

    private List<Problem> problems(PartyDraft draft, @Nullable Long id) {
        var problems = new ArrayList<>(draft.problems());
        if (draft.countryCode() != null && countries.findByCode(draft.countryCode()).isEmpty()) {
            problems.add(PartyDraft.Field.COUNTRY.problem("\"" + draft.countryCode() + "\" is not a known state."));
        }
        draft.flags().stream().map(PartyDraft.Flag::countryCode).filter(code -> code != null).distinct()
            .filter(code -> countries.findByCode(code).isEmpty())
            .forEach(code -> problems.add(PartyDraft.Field.FLAGS.problem("\"" + code + "\" is not a known state.")));
        if (problems.stream().noneMatch(problem -> problem.isOf(PartyDraft.Field.IDENTIFIERS))) {
            for (var holder : parties.holders(draft.identifiers(), id)) {
                problems.add(PartyDraft.Field.IDENTIFIERS.problem(Party.label(holder.partyId(), holder.partyName())
                        + " already has " + holder.identifier().label() + " — open it, or merge the two."));
            }
        }
        return problems;
    }

    private static ValidationException numberTakenMeanwhile() {
        return ValidationException.of(List.of(PartyDraft.Field.IDENTIFIERS.problem("Another party was saved with one of"
                + " these numbers meanwhile; save again to see which.")));
    }

    private Party require(long id) {
        return parties.party(id).orElseThrow(() -> new NotFoundException("This party does not exist."));
    }

    private static String checked(String text) {
        if (text.length() > SearchText.MAX_LENGTH) {
            throw new ValidationException("A search is limited to " + SearchText.MAX_LENGTH + " characters.");
        }
        return text.strip();
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
