package org.transferwatch.designation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.transferwatch.support.TestData.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TransferWatchTest
@Transactional
class DesignationApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    String token;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        token = as(Role.VIEWER, () -> tokens.create("designation script").secret());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    @Test
    void a_search_answers_the_best_match_first_with_its_score() throws Exception {
        var response = call(get("/api/designations").param("q", "korea mining dev"));
        assertThat(response.getStatus()).isEqualTo(200);
        var first = body(response).get("items").get(0);
        assertThat(first.get("name").asString()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(first.get("reference").asString()).isEqualTo("KPe.001");
        assertThat(first.get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(body(call(get("/api/designations").param("q", "IMO 5342883"))).get("items").get(0).get("reference")
            .asString()).isEqualTo("KPe.022");
    }

    @Test
    void one_designation_comes_with_its_names_qualities_country_and_regime_provisions() throws Exception {
        var id = body(call(get("/api/designations").param("q", "KPe.001"))).get("items").get(0).get("id").asLong();
        var response = call(get("/api/designations/" + id));
        assertThat(response.getStatus()).isEqualTo(200);
        var document = body(response);
        assertThat(document.get("regimeCode").asString()).isEqualTo("DPRK");
        assertThat(document.get("listedOn").asString()).isEqualTo("2009-04-24");
        assertThat(document.get("names").toString()).contains("{\"name\":\"\\\"KOMID\\\"\",\"quality\":\"aka\"}");
        assertThat(document.get("countries").get(0).get("countryCode").asString()).isEqualTo("PRK");
        assertThat(document.get("provisions").size()).isPositive();
    }

    @Test
    void bad_requests_get_a_sentence_and_no_token_gets_401() throws Exception {
        var missing = call(get("/api/designations/999999999"));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(body(missing).get("error").asString()).isEqualTo("This designation does not exist.");
        var tooMany = call(get("/api/designations").param("limit", "1000"));
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(body(tooMany).get("error").asString()).isEqualTo("The limit must be between 1 and 200.");
        var anonymous = mvc.perform(get("/api/designations").param("q", "komid")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_describes_the_designation_endpoints() throws Exception {
        var document = call(get("/v3/api-docs")).getContentAsString();
        assertThat(document).contains("/api/designations").contains("/api/designations/{id}")
            .contains("Designations matching a name, alias, reference or IMO number");
    }

}
