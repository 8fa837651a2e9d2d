package org.transferwatch.monitoring;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.base.ScheduledJobs;

/**
 * Mails the notifications of watches that ask for it, through the SMTP server Spring Boot's {@code spring.mail.*}
 * settings configure (none configured: nothing is sent, and the Watching page says so). Immediate mail goes out
 * every minute, one message per notification; the daily digest once a day, one message per user. A notification
 * is stamped mailed in the transaction that sent it, so each is mailed once; a server that is down fails the
 * send, the notification stays unmailed and the next run tries again. (A node that dies between a send and its
 * commit may send that message again: at least once, never lost.)
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    static final int BATCH = 200;

    private final MailRepository mail;

    private final InboxService inbox;

    private final @Nullable JavaMailSender sender;

    private final ScheduledJobs jobs;

    private final Clock clock;

    private final TransactionTemplate transaction;

    private final String from;

    private final String appUrl;

    @Autowired
    MailDelivery(MailRepository mail, InboxService inbox, ObjectProvider<JavaMailSender> sender, ScheduledJobs jobs,
            Clock clock, PlatformTransactionManager transactions,
            @Value("${transferwatch.notifications.mail-from:transferwatch@localhost}") String from,
            @Value("${transferwatch.notifications.app-url:http://localhost:8080}") String appUrl) {
        this(mail, inbox, sender.getIfAvailable(), jobs, clock, transactions, from, appUrl);
    }

    MailDelivery(MailRepository mail, InboxService inbox, @Nullable JavaMailSender sender, ScheduledJobs jobs,
            Clock clock, PlatformTransactionManager transactions, String from, String appUrl) {
        this.mail = mail;
        this.inbox = inbox;
        this.sender = sender;
        this.jobs = jobs;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.from = from;
        this.appUrl = appUrl.endsWith("/") ? appUrl : appUrl + "/";
    }

    @Scheduled(fixedDelayString = "${transferwatch.notifications.mail-interval:PT1M}",
            initialDelayString = "${transferwatch.notifications.mail-interval:PT1M}")
    public void scheduledImmediate() {
        if (sender != null) {
            jobs.runAtMostOncePerWithoutTransaction("notification-mail", java.time.Duration.ofSeconds(30),
                    this::mailImmediate);
        }
    }

    @Scheduled(cron = "${transferwatch.notifications.digest-cron:0 0 6 * * *}", zone = "UTC")
    public void scheduledDigests() {
        if (sender != null) {
            jobs.runAtMostOncePerWithoutTransaction("notification-digest", java.time.Duration.ofHours(20),
                    this::mailDigests);
        }
    }

    /** Mails every notification of the immediately mailed watches not mailed yet; how many were mailed. */
    public int mailImmediate() {
        return mailAll(EmailMode.IMMEDIATE);
    }

    /** Mails each user one digest of their daily watches' notifications not mailed yet; the messages sent. */
    public int mailDigests() {
        return mailAll(EmailMode.DAILY);
    }

    private int mailAll(EmailMode mode) {
        int messages = 0;
        while (true) {
            var batch = transaction.execute(status -> mailBatch(mode));
            if (batch == null) {
                return messages;
            }
            messages += batch.messages();
            if (!batch.more()) {
                return messages;
            }
        }
    }

    /** What one batch sent, and whether to go on (there was a batch, and the server took all of it). */
    private record Sent(int messages, boolean more) {
    }

    private Sent mailBatch(EmailMode mode) {
        if (sender == null) {
            return new Sent(0, false);
        }
        var claimed = mail.claimUnmailed(mode, BATCH);
        if (claimed.isEmpty()) {
            return new Sent(0, false);
        }
        var byAddress = new LinkedHashMap<String, List<MailRepository.Unmailed>>();
        claimed.forEach(u -> byAddress.computeIfAbsent(u.address(), a -> new ArrayList<>()).add(u));
        var stamped = new ArrayList<Long>();
        int messages = 0;
        var more = true;
        try {
            for (var entry : byAddress.entrySet()) {
                var items = inbox.items(entry.getValue().stream().map(MailRepository.Unmailed::notification).toList());
                if (mode == EmailMode.IMMEDIATE) {
                    for (var item : items) {
                        sender.send(message(entry.getKey(), "TransferWatch · " + item.watchName() + ": " + item.sentence(),
                                body(List.of(item))));
                        stamped.add(item.id());
                        messages++;
                    }
                }
                else {
                    sender.send(message(entry.getKey(), "TransferWatch · your daily digest: " + items.size()
                            + (items.size() == 1 ? " change" : " changes"), body(items)));
                    items.forEach(item -> stamped.add(item.id()));
                    messages++;
                }
            }
        }
        catch (MailException down) {
            // What was sent is stamped below; the rest stays unmailed for the next run.
            log.warn("Mail not sent, to be tried again: {}", down.getMessage());
            more = false;
        }
        if (!stamped.isEmpty()) {
            mail.markMailed(stamped, clock.instant().atOffset(ZoneOffset.UTC));
        }
        return new Sent(messages, more);
    }

    private SimpleMailMessage message(String to, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject.length() > 200 ? subject.substring(0, 199) + "…" : subject);
        message.setText(body);
        return message;
    }

    private String body(List<InboxItem> items) {
        var text = new StringBuilder();
        String watch = null;
        for (var item : items) {
            if (!item.watchName().equals(watch)) {
                watch = item.watchName();
                text.append(text.isEmpty() ? "" : "\n").append("Watch: ").append(watch).append("\n\n");
            }
            text.append("- ").append(item.sentence()).append("\n  ").append(item.transferLabel()).append("\n  ")
                .append(appUrl).append("transfers/").append(item.transferId()).append("\n");
        }
        text.append("\nYour inbox: ").append(appUrl).append("inbox\nChoose what is mailed: ").append(appUrl)
            .append("watching\n");
        return text.toString();
    }

}
