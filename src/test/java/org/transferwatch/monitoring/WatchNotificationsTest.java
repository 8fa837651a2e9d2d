package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.db.Tables.CHANGE_EVENT;
import static org.transferwatch.support.TestData.draft;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/** Watches turn committed changes into notifications their owners may see, once each. */
@TransferWatchTest
@Transactional
class WatchNotificationsTest {

    @Autowired
    WatchService watches;

    @Autowired
    InboxService inbox;

    @Autowired
    NotificationMatcher matcher;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SourceService sources;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    private String user(Role role) {
        var name = Accounts.uniqueUsername(role.dbValue());
        Accounts.create(users, name, role);
        return name;
    }

    private long watch(String user, Role role, WatchKind kind, String target, String name) {
        return Accounts.as(user, role, () -> watches.watch(kind, target, name));
    }

    private long draftOf(String supplier, String recipient, String item) {
        return Accounts.as("analyst", Role.ANALYST, () -> transfers.createDraft(draft(supplier, recipient, item)));
    }

    private void publish(long id) {
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(id, version(id)));
    }

    private void retract(long id, String reason) {
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.retract(id, version(id), reason));
    }

    private int version(long id) {
        return Accounts.as("reviewer", Role.REVIEWER, () -> transfers.version(id).orElseThrow());
    }

    private List<String> sentences(String user, Role role) {
        matcher.matchPending();
        return Accounts.as(user, role, () -> inbox.inbox().values().stream().flatMap(List::stream)
            .map(item -> item.transferLabel() + ": " + item.sentence()).toList());
    }

    @Test
    void an_analyst_watching_a_pair_is_told_of_a_publication_and_of_the_retraction_with_its_reason() {
        var analyst = user(Role.ANALYST);
        watch(analyst, Role.ANALYST, WatchKind.PAIR, "prk/rus", "North Korea ↔ Russia");
        var id = draftOf("PRK", "RUS", "KN-23 missiles");
        var elsewhere = draftOf("IRN", "RUS", "Shahed drones");
        publish(id);
        publish(elsewhere);

        assertThat(sentences(analyst, Role.ANALYST))
            .containsExactly("#" + id + " North Korea → Russia · KN-23 missiles: Published by Demo reviewer");
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.unreadCount())).isEqualTo(1);

        retract(id, "the source withdrew the report");
        assertThat(sentences(analyst, Role.ANALYST)).first().isEqualTo(
                "#" + id + " North Korea → Russia · KN-23 missiles: Retracted by Demo reviewer: the source withdrew the report");
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.inbox()).keySet()).containsExactly("North Korea ↔ Russia");
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> watches.watches())).singleElement()
            .satisfies(w -> assertThat(w.matched()).isEqualTo(2));
    }

    @Test
    void a_viewer_is_never_told_of_a_draft_but_is_told_of_its_publication_and_retraction() {
        var viewer = user(Role.VIEWER);
        var analyst = user(Role.ANALYST);
        var id = draftOf("PRK", "SYR", "Rocket launchers");
        watch(viewer, Role.VIEWER, WatchKind.TRANSFER, Long.toString(id), "The launchers");
        watch(analyst, Role.ANALYST, WatchKind.TRANSFER, Long.toString(id), "The launchers");
        var source = Accounts.as("viewer", Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst());
        Accounts.as("analyst", Role.ANALYST, () -> evidence.addClaim(id,
                new NewClaim(source.id(), "They deny it.", Stance.DISPUTES, AdmiraltyGrade.parse("B2"))));

        assertThat(sentences(viewer, Role.VIEWER)).isEmpty();
        assertThat(sentences(analyst, Role.ANALYST)).singleElement().asString()
            .endsWith("Disputing evidence added by Demo analyst: " + source.title());

        publish(id);
        retract(id, "a duplicate of an older record");
        assertThat(sentences(viewer, Role.VIEWER)).extracting(s -> s.substring(s.indexOf(": ") + 2)).containsExactly(
                "Retracted by Demo reviewer: a duplicate of an older record", "Published by Demo reviewer");
    }

    @Test
    void a_filter_watch_matches_what_the_transfers_list_would_show_for_its_url() {
        var analyst = user(Role.ANALYST);
        watch(analyst, Role.ANALYST, WatchKind.FILTER, "supplier=PRK&kind=" + TransferKind.ARMS.dbValue() + "&q=missiles",
                "DPRK missiles");
        var matching = draftOf("PRK", "IRN", "Hwasong missiles");
        var otherGoods = draftOf("PRK", "IRN", "Artillery shells");
        publish(matching);
        publish(otherGoods);
        assertThat(sentences(analyst, Role.ANALYST)).singleElement().asString().startsWith("#" + matching + " ");
    }

    @Test
    void a_paused_watch_is_told_nothing_and_changes_before_a_watch_began_are_not_news() {
        var analyst = user(Role.ANALYST);
        var before = draftOf("PRK", "LBY", "Old rifles");
        publish(before);
        matcher.matchPending();
        var watch = watch(analyst, Role.ANALYST, WatchKind.PAIR, "PRK/LBY", "Libya");
        Accounts.as(analyst, Role.ANALYST, () -> watches.setPaused(watch, true));
        publish(draftOf("PRK", "LBY", "New rifles"));
        assertThat(sentences(analyst, Role.ANALYST)).isEmpty();

        Accounts.as(analyst, Role.ANALYST, () -> watches.setPaused(watch, false));
        retract(before, "wrong country");
        assertThat(sentences(analyst, Role.ANALYST)).singleElement().asString().contains("wrong country");
    }

    @Test
    void matching_again_after_a_restart_mid_batch_notifies_nobody_twice() {
        var analyst = user(Role.ANALYST);
        watch(analyst, Role.ANALYST, WatchKind.PAIR, "PRK/IRN", "Iran");
        var ids = List.of(draftOf("PRK", "IRN", "Radars"), draftOf("PRK", "IRN", "Sonars"));
        ids.forEach(this::publish);
        matcher.matchPending();
        // As if a node had died after storing its notifications but before its batch was marked matched.
        assertThat(dsl.update(CHANGE_EVENT).setNull(CHANGE_EVENT.MATCHED_AT).where(CHANGE_EVENT.TRANSFER_ID.in(ids))
            .execute()).isGreaterThanOrEqualTo(4);
        assertThat(sentences(analyst, Role.ANALYST)).hasSize(2);
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.unreadCount())).isEqualTo(2);
    }

    @Test
    void a_watch_is_renamed_marked_read_and_deleted_by_its_owner_only() {
        var analyst = user(Role.ANALYST);
        var other = user(Role.ANALYST);
        var watch = watch(analyst, Role.ANALYST, WatchKind.PAIR, "PRK/VEN", "Venezuela");
        assertThat(watch(analyst, Role.ANALYST, WatchKind.PAIR, "PRK/VEN", "Again")).isEqualTo(watch);
        publish(draftOf("PRK", "VEN", "Drones"));
        publish(draftOf("PRK", "VEN", "Boats"));
        sentences(analyst, Role.ANALYST);

        Accounts.as(analyst, Role.ANALYST, () -> watches.rename(watch, "  DPRK to Venezuela "));
        var items = Accounts.as(analyst, Role.ANALYST, () -> inbox.inbox().get("DPRK to Venezuela"));
        Accounts.as(analyst, Role.ANALYST, () -> inbox.markRead(items.getFirst().id()));
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.unreadCount())).isEqualTo(1);
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.markAllRead())).isEqualTo(1);
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.unreadCount())).isZero();

        assertThatThrownBy(() -> Accounts.as(other, Role.ANALYST, () -> watches.delete(watch)))
            .isInstanceOf(NotFoundException.class);
        Accounts.as(analyst, Role.ANALYST, () -> watches.delete(watch));
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> watches.watches())).isEmpty();
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.unreadCount())).isZero();
    }

    @Test
    void what_cannot_be_watched_is_refused_in_words() {
        var viewer = user(Role.VIEWER);
        assertThatThrownBy(() -> watch(viewer, Role.VIEWER, WatchKind.PAIR, "PRK/PRK", "Self"))
            .isInstanceOf(ValidationException.class).hasMessage("A country pair is two different state codes, e.g. PRK/RUS.");
        assertThatThrownBy(() -> watch(viewer, Role.VIEWER, WatchKind.PARTY, "abc", "Party"))
            .isInstanceOf(ValidationException.class).hasMessage("There is no party numbered \"abc\".");
        assertThatThrownBy(() -> watch(viewer, Role.VIEWER, WatchKind.PAIR, "PRK/RUS", "  "))
            .isInstanceOf(ValidationException.class).hasMessage("Give the watch a name.");
    }

}
