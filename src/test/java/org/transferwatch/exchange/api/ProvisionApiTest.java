package org.transferwatch.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.transferwatch.support.TestData.as;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.exchange.ApiTokenService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
@Transactional
class ProvisionApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String viewerToken() {
        return as(Role.VIEWER, () -> tokens.create("test script").secret());
    }

    @Test
    void provisions_are_searched_as_on_the_sanctions_screen_and_one_comes_with_its_scope_and_transfer_counts()
            throws Exception {
        var token = "Bearer " + viewerToken();
        var body = mvc.perform(get("/api/provisions?q=petroleum&state=prk&kind=raw_material").header("Authorization", token))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        List<String> citations = JsonPath.read(body, "$.provisions[*].citation");
        assertThat(citations).contains("UNSCR 2397 (2017) para 5").allSatisfy(c -> assertThat(c).startsWith("UNSCR"));
        List<Number> ids = JsonPath.read(body, "$.provisions[?(@.citation == 'UNSCR 2397 (2017) para 5')].id");
        mvc.perform(get("/api/provisions/" + ids.getFirst()).header("Authorization", token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.scope[0].recipient").value("PRK"))
            .andExpect(jsonPath("$.goodsNamed").isArray())
            .andExpect(jsonPath("$.binds").value("all_states"))
            .andExpect(jsonPath("$.transfers.confirmed").isNumber());
    }

    @Test
    void an_unknown_provision_or_a_bad_criterion_gets_a_sentence() throws Exception {
        var token = "Bearer " + viewerToken();
        mvc.perform(get("/api/provisions/999999").header("Authorization", token))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.error").value("This provision does not exist."));
        mvc.perform(get("/api/provisions?kind=weapons").header("Authorization", token))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("The kind must be arms, raw_material or dual_use."));
        mvc.perform(get("/api/provisions")).andExpect(status().isUnauthorized());
    }

}
