package org.transferwatch.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PLACE;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartsFixture;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferMergeService;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
class TransferApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferMergeService merges;

    @Autowired
    TransferPartyService transferParties;

    @Autowired
    ShipmentService shipments;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String token(Role role) {
        return as(role, () -> tokens.create("test script").secret());
    }

    private MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private long rajin() {
        return dsl.select(PLACE.ID).from(PLACE).where(PLACE.NAME.eq("Rajin")).fetchSingle(PLACE.ID);
    }

    private List<Long> ids(String token, String query) throws Exception {
        var body = mvc.perform(withToken(get("/api/transfers?limit=200&" + query), token))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void a_request_without_a_token_is_refused_with_401_and_a_json_error() throws Exception {
        mvc.perform(get("/api/transfers"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", "Bearer"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.error").value(
                    "Authentication required: send a personal API token as \"Authorization: Bearer tw_...\"."));
    }

    @Test
    void a_wrong_token_is_refused_with_401() throws Exception {
        token(Role.VIEWER);
        mvc.perform(withToken(get("/api/transfers"), "tw_thisIsNotATokenAnybodyWasGivenAtAll12345678"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error").value(
                    "The API token is not valid: it is wrong, revoked, or its account is disabled."));
    }

    @Test
    void a_revoked_token_is_refused_with_401_and_a_valid_one_records_its_last_use() throws Exception {
        var token = token(Role.VIEWER);
        mvc.perform(withToken(get("/api/transfers"), token)).andExpect(status().isOk());
        var listed = as(Role.VIEWER, () -> tokens.mine()).getFirst();
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(listed.prefix()).isEqualTo(token.substring(0, 9));
        as(Role.VIEWER, () -> {
            tokens.revoke(listed.id());
            return null;
        });
        mvc.perform(withToken(get("/api/transfers"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_merged_transfer_redirects_permanently_to_the_one_kept() throws Exception {
        var kept = as(Role.ANALYST, () -> transfers.createDraft(draft("IRN", "RUS", "Apikept drones")));
        var merged = as(Role.ANALYST, () -> transfers.createDraft(draft("IRN", "RUS", "Apimerged drones")));
        as(Role.REVIEWER, () -> merges.merge(merged, transfers.version(merged).orElseThrow(), kept, "Reported twice."));

        mvc.perform(withToken(get("/api/transfers/" + merged), token(Role.ANALYST)))
            .andExpect(status().isPermanentRedirect())
            .andExpect(header().string("Location", "/api/transfers/" + kept));
        mvc.perform(withToken(get("/api/transfers/" + kept), token(Role.ANALYST)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.item").value("Apikept drones"));
    }

    @Test
    void a_viewer_token_sees_published_transfers_only() throws Exception {
        var draftId = as(Role.ANALYST, () -> transfers.createDraft(draft("IRN", "RUS", "Shahed-136 drones")));
        var viewer = token(Role.VIEWER);
        var analyst = token(Role.ANALYST);

        assertThat(ids(viewer, "")).hasSize(3).doesNotContain(draftId);
        assertThat(ids(analyst, "")).hasSize(4).contains(draftId);
        mvc.perform(withToken(get("/api/transfers/" + draftId), viewer))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.error").value("This transfer does not exist or is not visible to you."));
        mvc.perform(withToken(get("/api/transfers/" + draftId), analyst))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.item").value("Shahed-136 drones"))
            .andExpect(jsonPath("$.reviewState").value("draft"));
    }

    @Test
    void the_api_is_read_only() throws Exception {
        var token = token(Role.ADMIN);
        mvc.perform(withToken(post("/api/transfers"), token).contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.error").value("The API is read-only: only GET is allowed."));
        mvc.perform(withToken(put("/api/transfers/1"), token)).andExpect(status().isForbidden());
        mvc.perform(withToken(delete("/api/transfers/1"), token)).andExpect(status().isForbidden());
        mvc.perform(post("/api/transfers")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_same_parameters_select_the_same_transfers_as_the_transfers_list() throws Exception {
        as(Role.ANALYST, () -> {
            transfers.createDraft(draft("IRN", "RUS", "Shahed-136 drones"));
            transfers.createDraft(draft("RUS", "PRK", "Oil products"));
            transfers.createDraft(new TransferDraft("BLR", "RUS", TransferKind.DUAL_USE, null, "Machine tools", null,
                    new Quantity(new BigDecimal("3"), null, "lathes", false), null, TransferStatus.AGREED,
                    Period.year(2021), LocalDate.of(2022, 1, 5), null, null, Confidence.LOW));
            return null;
        });
        var analyst = token(Role.ANALYST);
        for (var query : List.of("", "supplier=PRK", "supplier=RUS&recipient=PRK&either=true", "recipient=RUS",
                "status=delivered", "kind=raw_material", "kind=dual_use", "q=shells", "from=2023-01-01&to=2023-12-31",
                "issuer=UN", "review=draft", "confidence=moderate&category=ML3", "supplier=prk&either=true",
                "party=Achim", "party=5936312", "vessel=Angara", "place=" + rajin(), "designated=1")) {
            var parameters = new LinkedHashMap<String, List<String>>();
            for (var pair : query.isEmpty() ? new String[0] : query.split("&")) {
                var parts = pair.split("=");
                parameters.put(parts[0], List.of(parts[1]));
            }
            var filter = TransferFilterParameters.parse(parameters).filter();
            var expected = as(Role.ANALYST, () -> listing.page(filter, TransferSort.NEWEST, 0, 1000)).stream()
                .map(TransferRow::id)
                .toList();
            assertThat(ids(analyst, query)).as(query).isEqualTo(expected);
        }
        assertThat(ids(analyst, "q=shells")).hasSize(1);
        assertThat(ids(analyst, "party=Achim")).hasSize(1);
        assertThat(ids(analyst, "place=" + rajin())).hasSize(1);
    }

    @Test
    void cursor_paging_returns_every_transfer_exactly_once_newest_first() throws Exception {
        as(Role.ANALYST, () -> {
            for (int i = 0; i < 9; i++) {
                transfers.createDraft(draft("IRN", "RUS", "Drone batch " + i));
            }
            return null;
        });
        var token = token(Role.ANALYST);
        var seen = new ArrayList<Long>();
        String cursor = null;
        var requests = 0;
        do {
            var body = mvc.perform(withToken(get("/api/transfers").param("limit", "5")
                    .param("cursor", cursor), token))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
            List<Number> page = JsonPath.read(body, "$.items[*].id");
            page.forEach(id -> seen.add(id.longValue()));
            cursor = JsonPath.read(body, "$.nextCursor");
            requests++;
        } while (cursor != null);
        var all = as(Role.ANALYST, () -> listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 1000)).stream()
            .map(TransferRow::id)
            .toList();
        assertThat(seen).hasSize(12).doesNotHaveDuplicates().isEqualTo(all);
        assertThat(requests).isEqualTo(3);
    }

    @Test
    void a_transfer_comes_with_its_evidence_and_sanctions_links() throws Exception {
        var shells = as(Role.VIEWER, () -> listing.page(TransferFilter.NONE.withText("shells"), TransferSort.NEWEST, 0, 1))
            .getFirst().id();
        mvc.perform(withToken(get("/api/transfers/" + shells), token(Role.VIEWER)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.supplier.code").value("PRK"))
            .andExpect(jsonPath("$.recipient.name").value("Russia"))
            .andExpect(jsonPath("$.period.label").value("Q4 2022"))
            .andExpect(jsonPath("$.quantity.low").value(1000000.0))
            .andExpect(jsonPath("$.evidence.length()").value(2))
            .andExpect(jsonPath("$.evidence[0].stance").value("supports"))
            .andExpect(jsonPath("$.evidence[0].grade").value("B2"))
            .andExpect(jsonPath("$.evidence[0].source.citation").value("Yonhap News Agency, 2023-08-30"))
            .andExpect(jsonPath("$.evidence[1].stance").value("disputes"))
            .andExpect(jsonPath("$.sanctions[0].citation").value("UNSCR 1874 (2009) para 9"))
            .andExpect(jsonPath("$.sanctions[0].decision").value("confirmed"))
            .andExpect(jsonPath("$.sanctions[0].note").value("Reported as delivered: the DPRK's supply of arms is banned (demo data)."));
    }

    @Test
    void a_transfer_comes_with_its_parties_in_their_roles_and_its_shipments() throws Exception {
        var shells = as(Role.VIEWER, () -> listing.page(TransferFilter.NONE.withText("shells"), TransferSort.NEWEST, 0, 1))
            .getFirst().id();
        var shipper = dsl.select(PARTY.ID).from(PARTY).where(PARTY.NAME.eq("Korea Achim Shipping Co")).fetchSingle(PARTY.ID);
        new PartsFixture(dsl, sources).match(shipper, "KPe.058", "confirmed");
        mvc.perform(withToken(get("/api/transfers/" + shells), token(Role.VIEWER)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.parties.length()").value(2))
            .andExpect(jsonPath("$.parties[0].name").value("Korea Achim Shipping Co"))
            .andExpect(jsonPath("$.parties[0].role").value("shipper"))
            .andExpect(jsonPath("$.parties[0].kind").value("company"))
            .andExpect(jsonPath("$.parties[0].countryCode").value("PRK"))
            .andExpect(jsonPath("$.parties[0].identifiers[0].kind").value("imo_company"))
            .andExpect(jsonPath("$.parties[0].identifiers[0].value").value("5936312"))
            .andExpect(jsonPath("$.parties[0].designated").value(true))
            .andExpect(jsonPath("$.parties[0].designations[0]").value("KPe.058"))
            .andExpect(jsonPath("$.parties[1].name").value("Angara"))
            .andExpect(jsonPath("$.parties[1].role").value("carrier"))
            .andExpect(jsonPath("$.parties[1].designated").value(false))
            .andExpect(jsonPath("$.parties[1].designations.length()").value(0))
            .andExpect(jsonPath("$.shipments.length()").value(1))
            .andExpect(jsonPath("$.shipments[0].mode").value("sea"))
            .andExpect(jsonPath("$.shipments[0].shipToShip").value(false))
            .andExpect(jsonPath("$.shipments[0].carrier.name").value("Angara"))
            .andExpect(jsonPath("$.shipments[0].carrier.kind").value("vessel"))
            .andExpect(jsonPath("$.shipments[0].loading.name").value("Rajin"))
            .andExpect(jsonPath("$.shipments[0].loading.kind").value("port"))
            .andExpect(jsonPath("$.shipments[0].loading.latitude").value(42.25559))
            .andExpect(jsonPath("$.shipments[0].discharge.name").value("Dunai"))
            .andExpect(jsonPath("$.shipments[0].crossing").isEmpty())
            .andExpect(jsonPath("$.shipments[0].route").value("Rajin → Dunai"));
    }

    @Test
    void the_parties_and_shipments_of_a_draft_stay_hidden_from_a_viewer_token() throws Exception {
        var draftId = as(Role.ANALYST, () -> transfers.createDraft(draft("IRN", "RUS", "Shahed-136 drones")));
        var fixture = new PartsFixture(dsl, sources);
        var vessel = fixture.vessel("Hidden Vessel (test)");
        var port = fixture.port("Hidden port");
        var source = fixture.source("Hidden source (test)");
        as(Role.ANALYST, () -> {
            transferParties.addParty(draftId, new NewTransferParty(vessel, PartyRole.CARRIER, null,
                    List.of(PartsFixture.claim(source, "Carried."))));
            return shipments.addShipment(draftId, ShipmentDraft.between(ShipmentMode.SEA, port, null), List.of());
        });
        mvc.perform(withToken(get("/api/transfers/" + draftId), token(Role.VIEWER))).andExpect(status().isNotFound());
        assertThat(ids(token(Role.VIEWER), "vessel=Hidden+Vessel")).isEmpty();
        assertThat(ids(token(Role.VIEWER), "place=" + port)).isEmpty();
        mvc.perform(withToken(get("/api/transfers/" + draftId), token(Role.ANALYST)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.parties[0].name").value("Hidden Vessel (test)"))
            .andExpect(jsonPath("$.shipments[0].loading.name").value("Hidden port (test)"));
        assertThat(ids(token(Role.ANALYST), "vessel=Hidden+Vessel")).containsExactly(draftId);
        assertThat(ids(token(Role.ANALYST), "place=" + port)).containsExactly(draftId);
    }

    @Test
    void parameters_it_cannot_read_are_refused_with_400_and_the_reason() throws Exception {
        var token = token(Role.VIEWER);
        mvc.perform(withToken(get("/api/transfers?status=shipped"), token))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.problems[0]").value("The status \"shipped\" in the link is not known and was ignored."));
        mvc.perform(withToken(get("/api/transfers?cursor=bm9wZQ"), token))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("The cursor is not one this API gave out; start again without a cursor."));
        mvc.perform(withToken(get("/api/transfers?limit=0"), token)).andExpect(status().isBadRequest());
        mvc.perform(withToken(get("/api/transfers?limit=201"), token)).andExpect(status().isBadRequest());
    }

    @Test
    void the_openapi_document_is_served_to_token_holders_only() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        var body = mvc.perform(withToken(get("/v3/api-docs"), token(Role.VIEWER)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(body, "$.paths");
        assertThat(paths).containsOnlyKeys("/api/transfers", "/api/transfers/{id}", "/api/provisions",
                "/api/provisions/{id}", "/api/designations", "/api/designations/{id}", "/api/changes",
                "/api/watches/{id}/atom");
        assertThat((String) JsonPath.read(body, "$.components.securitySchemes.token.scheme")).isEqualTo("bearer");
        List<String> parameters = JsonPath.read(body, "$.paths['/api/transfers'].get.parameters[*].name");
        assertThat(parameters).contains("supplier", "recipient", "either", "status", "q", "provision", "linked", "party",
                "vessel", "place", "designated", "cursor", "limit");
    }

}
