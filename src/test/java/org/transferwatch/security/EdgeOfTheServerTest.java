package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.RawHttp;
import org.transferwatch.support.TransferWatchTest;

/** The pages' edge: logins posted from other sites, redirects that trust the Host header or carry the session id. */
@TransferWatchTest
@Transactional
class EdgeOfTheServerTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    private ResultActions logIn(String username, String... headers) throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var request = post("/login").param("username", username).param("password", Accounts.PASSWORD);
        for (var i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void a_login_posted_from_another_site_is_refused_and_one_from_our_page_logs_in() throws Exception {
        var username = Accounts.uniqueUsername("csrf");
        Accounts.create(users, username, Role.VIEWER);
        logIn(username, "Origin", "https://attacker.example").andExpect(status().isForbidden()).andExpect(unauthenticated());
        logIn(username, "Sec-Fetch-Site", "cross-site").andExpect(status().isForbidden()).andExpect(unauthenticated());
        logIn(username, "Origin", "null").andExpect(status().isForbidden()).andExpect(unauthenticated());
        logIn(username, "Origin", "http://localhost", "Sec-Fetch-Site", "same-origin").andExpect(authenticated());
    }

    @Test
    void a_redirect_to_the_login_page_is_relative_whatever_the_host_header_says() throws IOException {
        var answer = RawHttp.get(port, "/transfers", "Host: attacker.example");
        assertThat(answer.status()).isEqualTo(302);
        var location = answer.headers().lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("location:"))
            .findFirst().orElseThrow();
        assertThat(location).doesNotContain("attacker.example").endsWith(" /login");
    }

    @Test
    void no_redirect_carries_the_session_id_in_its_url() throws IOException {
        for (var path : new String[] { "/transfers", "/VAADIN", "/VAADIN/", "/" }) {
            var answer = RawHttp.get(port, path);
            assertThat(answer.headers().toLowerCase(Locale.ROOT)).as(path).doesNotContain(";jsessionid=");
        }
    }

}
