package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.support.TransferWatchTest;

/** The database itself keeps bad data out, whatever the application does. Each test rolls back. */
@TransferWatchTest
@Transactional
class DatabaseConstraintsTest {

    private static final String VALID_TRANSFER = """
            insert into transfer (supplier_code, recipient_code, kind, item, status, confidence, created_by, updated_by,
                                  quantity_low, quantity_high, period_start, period_end, period_precision)
            values (%s, %s, %s, 'shells', %s, 'low', (select min(id) from app_user), (select min(id) from app_user),
                    %s, %s, %s, %s, %s)""";

    @Autowired
    DSLContext dsl;

    private void insertTransfer(String supplier, String recipient, String kind, String status, String low, String high,
            String start, String end, String precision) {
        dsl.execute(VALID_TRANSFER.formatted(supplier, recipient, kind, status, low, high, start, end, precision));
    }

    private void insertValidTransfer() {
        insertTransfer("'PRK'", "'RUS'", "'arms'", "'delivered'", "1", "2", "'2022-10-01'", "'2022-12-31'", "'quarter'");
    }

    @Test
    void a_valid_transfer_is_accepted() {
        assertThatCode(this::insertValidTransfer).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_transfer_whose_supplier_is_its_recipient() {
        assertThatThrownBy(() -> insertTransfer("'RUS'", "'RUS'", "'arms'", "'delivered'", "1", "2", "null", "null", "null"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_supplier_differs_from_recipient");
    }

    @Test
    void refuses_a_quantity_range_whose_low_exceeds_its_high() {
        assertThatThrownBy(() -> insertTransfer("'PRK'", "'RUS'", "'arms'", "'delivered'", "5", "2", "null", "null", "null"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_quantity_range_ordered");
    }

    @Test
    void refuses_a_period_that_ends_before_it_starts() {
        assertThatThrownBy(() -> insertTransfer("'PRK'", "'RUS'", "'arms'", "'delivered'", "1", "2", "'2023-01-01'",
                "'2022-01-01'", "'year'"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_period_ordered");
    }

    @Test
    void refuses_a_period_without_its_precision() {
        assertThatThrownBy(() -> insertTransfer("'PRK'", "'RUS'", "'arms'", "'delivered'", "1", "2", "'2022-01-01'",
                "'2022-12-31'", "null"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_period_complete");
    }

    @Test
    void refuses_a_status_outside_the_enumeration() {
        assertThatThrownBy(() -> insertTransfer("'PRK'", "'RUS'", "'arms'", "'rumoured'", "1", "2", "null", "null", "null"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_status_valid");
    }

    @Test
    void refuses_a_kind_outside_the_enumeration() {
        assertThatThrownBy(() -> insertTransfer("'PRK'", "'RUS'", "'weapons'", "'delivered'", "1", "2", "null", "null", "null"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_kind_valid");
    }

    @Test
    void refuses_an_unknown_country() {
        assertThatThrownBy(() -> insertTransfer("'PRK'", "'ZZZ'", "'arms'", "'delivered'", "1", "2", "null", "null", "null"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("transfer_recipient_code_fkey");
    }

    private void insertClaim(String reliability, String credibility) {
        insertValidTransfer();
        dsl.execute("""
                insert into source (kind, title, created_by, updated_by)
                values ('news_article', 'A report', (select min(id) from app_user), (select min(id) from app_user))""");
        dsl.execute("""
                insert into claim_link (transfer_id, source_id, quote, stance, reliability, credibility, created_by, updated_by)
                values ((select max(id) from transfer), (select max(id) from source), 'It happened.', 'supports', %s, %s,
                        (select min(id) from app_user), (select min(id) from app_user))""".formatted(reliability, credibility));
    }

    @Test
    void refuses_a_source_reliability_outside_a_to_f() {
        assertThatThrownBy(() -> insertClaim("'G'", "2"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("claim_link_reliability_valid");
    }

    @Test
    void refuses_an_information_credibility_outside_1_to_6() {
        assertThatThrownBy(() -> insertClaim("'B'", "7"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("claim_link_credibility_valid");
    }

    @Test
    void refuses_a_second_source_with_the_same_normalised_url() {
        var insert = """
                insert into source (kind, title, url, normalised_url, created_by, updated_by)
                values ('news_article', 'A report', %s, 'https://example.org/a', (select min(id) from app_user),
                        (select min(id) from app_user))""";
        dsl.execute(insert.formatted("'https://example.org/a'"));
        assertThatThrownBy(() -> dsl.execute(insert.formatted("'https://www.example.org/a/'")))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("source_normalised_url_unique");
    }

    @Test
    void refuses_a_source_url_that_is_not_http() {
        assertThatThrownBy(() -> dsl.execute("""
                insert into source (kind, title, url, normalised_url, created_by, updated_by)
                values ('news_article', 'A report', 'javascript:alert(1)', 'x', (select min(id) from app_user),
                        (select min(id) from app_user))"""))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("source_url_format");
    }

    @Test
    void refuses_a_dismissed_sanctions_link_without_a_note() {
        insertValidTransfer();
        assertThatThrownBy(() -> dsl.execute("""
                insert into sanctions_link (transfer_id, provision_id, decision, created_by, updated_by)
                values ((select max(id) from transfer), (select min(id) from sanctions_provision), 'dismissed',
                        (select min(id) from app_user), (select min(id) from app_user))"""))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("sanctions_link_dismissal_has_note");
    }

    @Test
    void refuses_a_user_role_outside_the_enumeration() {
        assertThatThrownBy(() -> dsl.execute("""
                insert into app_user (username, display_name, password_hash, role)
                values ('mallory', 'Mallory', '{noop}x', 'superuser')"""))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("app_user_role_valid");
    }

    // The application's connection is refused by its privileges first; LeastPrivilegeTest shows the triggers
    // refuse the owner of the table as well.
    @Test
    void refuses_to_update_an_audit_event() {
        assertThatThrownBy(() -> dsl.execute("update audit_event set actor_name = 'someone else'"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void refuses_to_delete_an_audit_event() {
        assertThatThrownBy(() -> dsl.execute("delete from audit_event"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void refuses_to_truncate_the_audit_trail() {
        assertThatThrownBy(() -> dsl.execute("truncate audit_event"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table audit_event");
    }

}
