package org.transferwatch.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.designation.DesignationKind;
import org.transferwatch.designation.DesignationListImported;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.designation.TestFiles;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** Matching parties with the UN list the application ships (loaded on the first start, as for every test). */
@TransferWatchTest
@Transactional
@RecordApplicationEvents
@WithDemoUser(Role.ANALYST)
class PartyMatchingTest {

    @Autowired
    PartyService parties;

    @Autowired
    PartyMatchService matches;

    @Autowired
    PartyMatcher matcher;

    @Autowired
    DesignationService designations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DSLContext dsl;

    private long company(String name, PartyDraft.Identifier... identifiers) {
        return parties.create(new PartyDraft(PartyKind.COMPANY, name, List.of(), "PRK", null, List.of(identifiers),
                List.of()));
    }

    private long party(PartyKind kind, String name, PartyDraft.Identifier... identifiers) {
        return parties.create(new PartyDraft(kind, name, List.of(), null, null, List.of(identifiers), List.of()));
    }

    private PartyMatch only(long partyId) {
        var found = matches.matchesOf(partyId);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** The party's match with the designation of the reference. */
    private PartyMatch with(long partyId, String reference) {
        return matches.matchesOf(partyId).stream().filter(match -> match.reference().equals(reference)).findFirst()
            .orElseThrow(() -> new AssertionError("No match with " + reference + ": " + matches.matchesOf(partyId)));
    }

    /** Imports the list as an administrator and returns what the import announced. */
    private DesignationListImported importList(byte[] file) {
        TestData.as(Role.ADMIN, () -> designations.apply(designations.preview("newer.xml", file)));
        return events.stream(DesignationListImported.class).reduce((first, second) -> second).orElseThrow();
    }

    private int audited(String entityType, String action) {
        return dsl.fetchCount(dsl.selectFrom("audit_event").where("entity_type = ? and action = ?", entityType, action));
    }

    @Test
    void a_shipping_company_with_a_listed_imo_company_number_matches_on_the_number_with_score_one() {
        var id = company("CCG Maritime", new PartyDraft.Identifier(PartyIdentifierKind.IMO_COMPANY, "5342883"));
        var match = only(id);
        assertThat(match.reference()).isEqualTo("KPe.022");
        assertThat(match.designationName()).isEqualTo("CHONGCHONGANG SHIPPING COMPANY");
        assertThat(match.designationAliases()).contains("Chongchongang Shipping Co LTD");
        assertThat(match.basis()).isEqualTo(MatchBasis.IDENTIFIER);
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.scoreLabel()).isEqualTo("exact");
        assertThat(match.matchedName()).isEqualTo("IMO company number 5342883");
        assertThat(match.state()).as("nothing is flagged silently").isEqualTo(MatchState.POSSIBLE);
        assertThat(parties.party(id).designated()).isFalse();
    }

    @Test
    void a_near_name_is_a_possible_match_with_its_score_and_the_listed_name_it_matched() {
        var id = company("Chong Chon Gang Shipping Company");
        var match = with(id, "KPe.022");
        assertThat(match.basis()).isEqualTo(MatchBasis.NAME);
        assertThat(match.score()).isBetween(PartyMatcher.NAME_THRESHOLD, 0.99);
        assertThat(match.scoreLabel()).matches("\\d{2} %");
        assertThat(match.matchedName()).isEqualTo("CHONGCHONGANG SHIPPING COMPANY");
        assertThat(match.state()).isEqualTo(MatchState.POSSIBLE);
        assertThat(matches.matchesOf(id)).as("best first").first().extracting(PartyMatch::reference).isEqualTo("KPe.022");
    }

    @Test
    void a_name_unlike_every_listed_name_is_no_match() {
        assertThat(matches.matchesOf(company("Primorsky Stevedoring Terminal"))).isEmpty();
    }

    @Test
    void a_vessel_matches_a_listed_vessel_by_its_imo_ship_number_and_a_person_never_matches_a_vessel() {
        importList(TestFiles.withVessel());
        var vessel = party(PartyKind.VESSEL, "SEA STAR", new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "8660313"));
        var match = only(vessel);
        assertThat(match.reference()).isEqualTo("KPe.999");
        assertThat(match.designationKind()).isEqualTo(DesignationKind.VESSEL);
        assertThat(match.basis()).isEqualTo(MatchBasis.IDENTIFIER);
        assertThat(match.designationAliases()).containsExactly("XIN HAI");

        assertThat(only(party(PartyKind.VESSEL, "CHON MA SAN")).basis()).isEqualTo(MatchBasis.NAME);
        assertThat(matches.matchesOf(party(PartyKind.PERSON, "CHON MA SAN"))).isEmpty();
        assertThat(matches.matchesOf(party(PartyKind.COMPANY, "Chon Ma San"))).isEmpty();
    }

    @Test
    void a_changed_name_drops_the_possible_match_it_no_longer_gives_and_keeps_decided_ones() {
        var id = company("Chong Chon Gang Shipping Company");
        var party = parties.party(id);
        parties.update(id, new PartyDraft(PartyKind.COMPANY, "Primorsky Stevedoring Terminal", List.of(), "PRK", null, List.of(),
                List.of()), party.version());
        assertThat(matches.matchesOf(id)).isEmpty();
    }

    @Test
    void an_analyst_confirms_a_match_with_a_note_and_the_party_is_designated_and_audited() {
        var id = company("Chong Chon Gang Shipping Company");
        var match = with(id, "KPe.022");
        var before = audited("party_designation_match", "confirm");
        matches.confirm(match.id(), "The company named in the MSMT report, same address.", match.version());

        var confirmed = with(id, "KPe.022");
        assertThat(confirmed.state()).isEqualTo(MatchState.CONFIRMED);
        assertThat(confirmed.note()).isEqualTo("The company named in the MSMT report, same address.");
        assertThat(confirmed.decidedBy()).isEqualTo("Demo analyst");
        assertThat(parties.party(id).designated()).isTrue();
        assertThat(parties.confirmedDesignations(List.of(id))).containsExactly(match.designationId());
        assertThat(audited("party_designation_match", "confirm")).isEqualTo(before + 1);
        assertThat(dsl.fetchValue("select after ->> 'state' from audit_event where entity_type = 'party_designation_match'"
                + " and entity_id = ? order by id desc limit 1", Long.toString(match.id()))).isEqualTo("confirmed");
        assertThatThrownBy(() -> matches.reject(match.id(), "Changed my mind.", match.version()))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This match was changed by Demo analyst at ");
    }

    @Test
    void a_rejection_needs_a_note_and_a_viewer_decides_nothing() {
        var match = with(company("Chong Chon Gang Shipping Company"), "KPe.022");
        assertThatThrownBy(() -> matches.reject(match.id(), "  ", match.version())).isInstanceOf(ValidationException.class)
            .hasMessage("Say why the party is not this designation: a rejection needs a note.");
        assertThatThrownBy(() -> TestData.as(Role.VIEWER, () -> {
            matches.confirm(match.id(), null, match.version());
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        matches.reject(match.id(), "A fishing cooperative of the same name, not the shipping company.", match.version());
        assertThat(with(match.partyId(), "KPe.022").state()).isEqualTo(MatchState.REJECTED);
        assertThat(matches.toReview(50).matches()).extracting(PartyMatch::id).doesNotContain(match.id());
    }

    @Test
    void the_re_check_after_a_newer_list_notes_a_delisting_on_a_confirmed_match_and_keeps_the_decision() {
        var id = company("Korea Mining Development Trading Corp");
        var match = with(id, "KPe.001");
        matches.confirm(match.id(), null, match.version());
        var before = audited("party_designation_match", "recheck");

        var imported = importList(TestFiles.withoutKomid());
        assertThat(imported.delisted()).containsExactly(match.designationId());
        var recheck = matcher.recheck(imported);

        assertThat(recheck.noted()).isEqualTo(1);
        var noted = with(id, "KPe.001");
        assertThat(noted.state()).as("the analyst's decision stays").isEqualTo(MatchState.CONFIRMED);
        assertThat(noted.changeNote()).isEqualTo("Delisted on 2024-09-26: review this confirmation");
        assertThat(noted.delistedOn()).isNotNull();
        assertThat(noted.changedSinceDecided()).isTrue();
        assertThat(matches.toReview(50).matches()).extracting(PartyMatch::id).contains(match.id());
        assertThat(parties.party(id).designated()).isTrue();
        assertThat(audited("party_designation_match", "recheck")).isEqualTo(before + 1);

        matches.confirm(noted.id(), "Delisted, but listed when the shells were shipped.", noted.version());
        assertThat(matches.toReview(50).matches()).extracting(PartyMatch::id).doesNotContain(match.id());
    }

    @Test
    void the_re_check_finds_a_vessel_that_a_newer_list_adds_and_says_so() {
        var vessel = party(PartyKind.VESSEL, "SEA STAR", new PartyDraft.Identifier(PartyIdentifierKind.IMO_SHIP, "8660313"));
        assertThat(matches.matchesOf(vessel)).isEmpty();

        var imported = importList(TestFiles.withVessel());
        var recheck = matcher.recheck(imported);

        assertThat(recheck.found()).isEqualTo(1);
        var match = only(vessel);
        assertThat(match.reference()).isEqualTo("KPe.999");
        assertThat(match.changeNote()).isEqualTo("Found by the re-check after the UN list of 2024-09-26");
        assertThat(matches.toReview(50).matches()).extracting(PartyMatch::id).contains(match.id());
        assertThat(matcher.recheck(imported).found()).as("each match once").isZero();
    }

}
