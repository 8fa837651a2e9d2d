package org.transferwatch.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A browser message over Vaadin's 10 MB limit (checked by hand in Chromium: before, Vaadin answered 403 and the
 * tab retried under "Connection lost" for ever) gets the application error the browser shows as a sentence.
 */
class OversizedInputFilterTest {

    private final OversizedInputFilter filter = new OversizedInputFilter();

    private MockHttpServletRequest uidl(int bytes) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void a_message_over_ten_megabytes_is_answered_with_a_sentence_and_never_reaches_vaadin() throws Exception {
        var reached = new AtomicBoolean();
        var response = new MockHttpServletResponse();
        filter.doFilter(uidl(11 * 1024 * 1024), response, (req, res) -> reached.set(true));

        assertThat(reached).isFalse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).isEqualTo("{\"meta\":{\"appError\":{\"caption\":\"That text is too"
                + " long\",\"message\":\"What was typed or pasted is over 10 MB, far more than any field takes, so it"
                + " was not sent and nothing was saved. Reload the page to go on.\",\"details\":null,\"url\":null}}}");
    }

    @Test
    void ordinary_messages_and_other_requests_pass_through() throws Exception {
        var reached = new AtomicBoolean();
        filter.doFilter(uidl(4_000), new MockHttpServletResponse(), (req, res) -> reached.set(true));
        assertThat(reached).as("a message within the limit").isTrue();

        reached.set(false);
        var upload = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/upload");
        upload.setContent(new byte[11 * 1024 * 1024]);
        filter.doFilter(upload, new MockHttpServletResponse(), (req, res) -> reached.set(true));
        assertThat(reached).as("a file upload, which the import limits itself").isTrue();
    }

}
