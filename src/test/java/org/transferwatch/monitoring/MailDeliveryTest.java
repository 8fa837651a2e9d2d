package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.draft;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ScheduledJobs;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/**
 * Mail to a real SMTP server in the JVM (GreenMail): immediately or as a daily digest, once each, and nothing lost
 * while the server is down. The application's own delivery has no server configured, as in the default settings.
 */
@TransferWatchTest
@Transactional
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MailDelivery unconfigured;

    @Autowired
    MailRepository mail;

    @Autowired
    InboxService inbox;

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    NotificationMatcher matcher;

    @Autowired
    WatchService watches;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    UserService users;

    private MailDelivery deliveryTo(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new MailDelivery(mail, inbox, sender, jobs, clock, transactions, "transferwatch@example.org",
                "https://transferwatch.example.org");
    }

    private MailDelivery delivery() {
        return deliveryTo(smtp.getSmtp().getPort());
    }

    private String watcher(String address, EmailMode mode, String pair) {
        var name = Accounts.uniqueUsername("analyst");
        Accounts.create(users, name, Role.ANALYST);
        Accounts.as(name, Role.ANALYST, () -> {
            watches.setMailAddress(address);
            var watch = watches.watch(WatchKind.PAIR, pair, "Pair " + pair);
            watches.setEmailMode(watch, mode);
        });
        return name;
    }

    private long published(String supplier, String recipient, String item) {
        return Accounts.as("reviewer", Role.REVIEWER, () -> {
            var id = transfers.createDraft(draft(supplier, recipient, item));
            reviews.publish(id, transfers.version(id).orElseThrow());
            return id;
        });
    }

    private void retract(long id, String reason) {
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.retract(id, transfers.version(id).orElseThrow(), reason));
    }

    private static String[] subjects(Message[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getSubject();
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
    }

    @Test
    void an_immediate_watch_mails_each_notification_once() throws MessagingException {
        watcher("analyst@example.org", EmailMode.IMMEDIATE, "PRK/RUS");
        var id = published("PRK", "RUS", "KN-23 missiles");
        retract(id, "the source withdrew the report");
        matcher.matchPending();

        assertThat(delivery().mailImmediate()).isEqualTo(2);
        assertThat(delivery().mailImmediate()).isZero();
        var received = smtp.getReceivedMessages();
        assertThat(subjects(received)).containsExactly("TransferWatch · Pair PRK/RUS: Published by Demo reviewer",
                "TransferWatch · Pair PRK/RUS: Retracted by Demo reviewer: the source withdrew the report");
        assertThat(GreenMailUtil.getBody(received[1])).contains("https://transferwatch.example.org/transfers/" + id);
        assertThat(GreenMailUtil.getAddressList(received[1].getAllRecipients())).isEqualTo("analyst@example.org");
    }

    @Test
    void a_mail_server_that_is_down_delays_the_mail_and_loses_none() throws IOException {
        watcher("analyst@example.org", EmailMode.IMMEDIATE, "PRK/IRN");
        published("PRK", "IRN", "Radars");
        matcher.matchPending();
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(deliveryTo(closedPort).mailImmediate()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(delivery().mailImmediate()).isEqualTo(1);
        assertThat(subjects(smtp.getReceivedMessages())).containsExactly("TransferWatch · Pair PRK/IRN: Published by Demo reviewer");
    }

    @Test
    void a_daily_watch_is_mailed_as_one_digest_and_a_watch_never_mailed_is_not() {
        watcher("daily@example.org", EmailMode.DAILY, "PRK/SYR");
        watcher("never@example.org", EmailMode.NEVER, "PRK/SYR");
        published("PRK", "SYR", "Rocket launchers");
        published("PRK", "SYR", "Shells");
        matcher.matchPending();

        assertThat(delivery().mailImmediate()).isZero();
        assertThat(delivery().mailDigests()).isEqualTo(1);
        var digest = smtp.getReceivedMessages();
        assertThat(subjects(digest)).containsExactly("TransferWatch · your daily digest: 2 changes");
        assertThat(GreenMailUtil.getBody(digest[0])).contains("Watch: Pair PRK/SYR", "Rocket launchers", "Shells");
        assertThat(delivery().mailDigests()).isZero();
    }

    @Test
    void with_no_mail_server_configured_nothing_is_sent_and_nothing_is_marked_mailed() {
        watcher("analyst@example.org", EmailMode.IMMEDIATE, "PRK/VEN");
        published("PRK", "VEN", "Drones");
        matcher.matchPending();
        assertThat(unconfigured.mailImmediate()).isZero();
        assertThat(delivery().mailImmediate()).isEqualTo(1);
    }

}
