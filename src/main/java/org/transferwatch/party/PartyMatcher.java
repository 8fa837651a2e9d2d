package org.transferwatch.party;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.designation.DesignationListImported;
import org.transferwatch.designation.DesignationService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matches parties with the designations still listed, in SQL: an identical IMO ship number, IMO company number or
 * UN reference number is a match on its number (score 1); a name of the party whose trigram similarity with a
 * name of a designation of the compatible kind reaches {@link #NAME_THRESHOLD} is a match on its name (its
 * score, the designation's name that matched). Every match starts as possible: an analyst confirms or rejects
 * it. Callers check who may trigger it; this class checks nothing.
 */
@Component
class PartyMatcher {

    /**
     * From this pg_trgm similarity of the search keys (0 to 1) two names are similar enough to show as a possible
     * match: "Chongchongang Shipping Co" and "CHONGCHONGANG SHIPPING COMPANY" reach it, names that share only a
     * common word such as "shipping" do not. See docs/parties.md.
     */
    static final double NAME_THRESHOLD = 0.55;

    private final PartyMatchRepository matches;

    private final DesignationService designations;

    private final AuditService audit;

    private final JsonMapper json;

    PartyMatcher(PartyMatchRepository matches, DesignationService designations, AuditService audit, JsonMapper json) {
        this.matches = matches;
        this.designations = designations;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Matches one party again, after it was created or its names, numbers or kind changed: adds the matches found
     * and drops the possible ones its names and numbers no longer give. Decided matches stay. Returns how many
     * matches it added.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int match(long partyId) {
        matches.useThreshold(NAME_THRESHOLD);
        var names = designations.listedNames();
        var numbers = designations.listedNumbers();
        matches.deleteUnfounded(partyId, NAME_THRESHOLD, names, numbers);
        return matches.insertMatchesOf(partyId, NAME_THRESHOLD, names, numbers);
    }

    /** What a re-check did: matches it added, and existing matches it noted a change of the designation on. */
    record Recheck(int found, int noted) {
    }

    /**
     * Re-checks every party against the designations after an import changed them, set-based: notes on the
     * existing matches with an amended or delisted designation what changed ("Delisted on 2024-10-15: review
     * this confirmation"), then adds the new matches. It never changes an analyst's decision. Audited as one
     * event.
     */
    @Transactional
    Recheck recheck(DesignationListImported imported) {
        var on = imported.generatedOn().toString();
        var notes = new LinkedHashMap<Long, String>();
        imported.amended().forEach((id, fields) -> notes.put(id, fields.contains("listed again") ? "Listed again on " + on
                : "Amended on " + on + " (" + String.join(", ", fields) + ")"));
        imported.delisted().forEach(id -> notes.put(id, "Delisted on " + on));
        var noted = matches.noteChanges(notes);
        matches.useThreshold(NAME_THRESHOLD);
        var found = matches.insertMatchesOfAll(NAME_THRESHOLD, designations.listedNames(), designations.listedNumbers(),
                "Found by the re-check after the " + imported.source() + " list of " + on);
        var record = new LinkedHashMap<String, Object>();
        record.put("list", imported.source() + " " + on);
        record.put("matches_found", found);
        record.put("matches_noted", noted);
        record.put("designations_added", imported.added().size());
        record.put("designations_amended", imported.amended().size());
        record.put("designations_delisted", imported.delisted().size());
        audit.record(new AuditEntry("party_designation_match", "recheck " + imported.source() + " " + on, "recheck", null,
                null, JSONB.valueOf(json.writeValueAsString((Map<String, Object>) record))));
        return new Recheck(found, noted);
    }

}
