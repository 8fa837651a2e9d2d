package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferHistoryService;

/**
 * What the audit keeps of an import and of the other changes made outside the transfer form: each
 * transfer an import creates or changes has an event of its own, with before and after as the form's
 * edits have; tokens created and revoked, and logouts, are audited too.
 */
@TransferWatchTest
@Transactional
class ImportAuditTest {

    private static final String PUBLISHED_KEY = "demo:yonhap-2023-08-30:shells-and-rockets";

    @Autowired
    ExchangeService exchange;

    @Autowired
    TransferHistoryService history;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext dsl;

    private void importCsv(String csv) {
        var preview = exchange.preview("audit.csv", csv.getBytes(StandardCharsets.UTF_8), share -> {
        });
        exchange.importPreview(preview, written -> {
        });
    }

    private long transferId(String naturalKey) {
        return dsl.fetchSingle("select id from transfer where natural_key = ?", naturalKey).get(0, Long.class);
    }

    private int events(String entityType, String entityId, String action) {
        return dsl.fetchCount(dsl.selectFrom("audit_event")
            .where("entity_type = ? and entity_id = ? and action = ?", entityType, entityId, action));
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void a_reviewers_import_that_changes_a_published_transfer_shows_before_and_after_in_its_history() {
        var id = transferId(PUBLISHED_KEY);
        var status = dsl.fetchSingle("select status from transfer where id = ?", id).get(0, String.class);
        assertThat(status).isEqualTo("delivered");

        importCsv("natural_key,supplier_code,recipient_code,kind,item,status,confidence\r\n"
                + PUBLISHED_KEY + ",PRK,RUS,arms,Infantry artillery shells and rockets,reported,high\r\n");

        var latest = history.history(id).getFirst();
        assertThat(latest.summary()).isEqualTo("reviewer updated the transfer");
        assertThat(latest.changes()).contains(new FieldChange("Status", "Delivered", "Reported / alleged"));
        var event = dsl.fetchSingle("select before ->> 'status', after ->> 'status', transfer_id from audit_event"
                + " where entity_type = 'transfer' and entity_id = ? and action = 'update'", Long.toString(id));
        assertThat(event.get(0, String.class)).isEqualTo("delivered");
        assertThat(event.get(1, String.class)).isEqualTo("reported");
        assertThat(event.get(2, Long.class)).isEqualTo(id);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void each_imported_transfer_has_a_create_event_and_an_unchanged_row_none() {
        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence\r\n"
                + "audit:1,PRK,RUS,arms,Shells,reported,low\r\n"
                + "audit:2,IRN,RUS,arms,Drones,reported,low\r\n";
        importCsv(csv);
        importCsv(csv.replace("Drones,reported", "Drones,delivered"));

        var first = Long.toString(transferId("audit:1"));
        var second = Long.toString(transferId("audit:2"));
        assertThat(events("transfer", first, "create")).isOne();
        assertThat(events("transfer", second, "create")).isOne();
        assertThat(events("transfer", first, "update")).isZero();
        assertThat(events("transfer", second, "update")).isOne();
        assertThat(history.history(transferId("audit:1")).getLast().summary()).isEqualTo("analyst created the transfer");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void creating_and_revoking_an_api_token_is_audited_without_the_token() {
        var created = tokens.create("audit script");
        tokens.revoke(created.token().id());

        var id = Long.toString(created.token().id());
        assertThat(events("api_token", id, "create")).isOne();
        assertThat(events("api_token", id, "revoke")).isOne();
        var texts = dsl.fetch("select coalesce(before::text, '') || after::text from audit_event where entity_type = 'api_token'"
                + " and entity_id = ?", id).getValues(0, String.class);
        assertThat(texts).allSatisfy(text -> assertThat(text).contains("audit script").doesNotContain("token_hash")
            .doesNotContain(created.secret()));
    }

    @Test
    void a_logout_is_audited_as_the_users_own_action() throws Exception {
        var before = dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'logout' and actor_name = 'viewer'"));
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(post("/logout").with(user("viewer").roles("VIEWER")).with(csrf()));
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event")
            .where("action = 'logout' and actor_name = 'viewer' and entity_type = 'app_user'"))).isEqualTo(before + 1);
    }

}
