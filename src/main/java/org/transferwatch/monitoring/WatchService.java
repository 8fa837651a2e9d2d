package org.transferwatch.monitoring;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.CurrentUser;

/**
 * The current user's watches: start watching something, list them with what each matched, rename, pause, choose
 * the e-mail, stop watching. Every role may watch; a user sees and changes only their own watches.
 */
@Service
public class WatchService {

    static final int MAX_NAME = 200;

    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final WatchRepository watches;

    private final MailRepository mail;

    private final CurrentUser currentUser;

    private final Clock clock;

    WatchService(WatchRepository watches, MailRepository mail, CurrentUser currentUser, Clock clock) {
        this.watches = watches;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Watches the thing (a filter's URL query, a pair "PRK/RUS", an id) under the name; watching it again changes
     * nothing. Returns the watch's id. Viewers and above.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public long watch(WatchKind kind, String target, String name) {
        return watches.insertOrFind(currentUser.require().id(), kind, WatchTargets.canonical(kind, target),
                cleanName(name));
    }

    /** The current user's watch of the thing, if they watch it. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Long> watching(WatchKind kind, String target) {
        String canonical;
        try {
            canonical = WatchTargets.canonical(kind, target);
        }
        catch (ValidationException notWatchable) {
            return Optional.empty();
        }
        return watches.find(currentUser.require().id(), kind, canonical);
    }

    /** The current user's watches by name, each with what it matched since it was created. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Watch> watches() {
        return watches.ofUser(currentUser.require().id());
    }

    /** Where the watched thing is shown in the app (the filtered list, the pair's page, ...). */
    public static String pageOf(Watch watch) {
        return WatchTargets.pageOf(watch.kind(), watch.target());
    }

    /** Renames one of the current user's watches. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void rename(long watchId, String name) {
        require(watches.rename(currentUser.require().id(), watchId, cleanName(name)));
    }

    /** Pauses (no notifications while paused) or resumes one of the current user's watches. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void setPaused(long watchId, boolean paused) {
        require(watches.pause(currentUser.require().id(), watchId, paused));
    }

    /** Chooses whether the watch's notifications are mailed. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void setEmailMode(long watchId, EmailMode mode) {
        require(watches.setEmailMode(currentUser.require().id(), watchId, mode));
        mail.passOverUnmailed(watchId, clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** Where the current user's notifications are mailed, if they gave an address. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<String> mailAddress() {
        return mail.address(currentUser.require().id());
    }

    /** Sets where the current user's notifications are mailed; a blank address mails nothing. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void setMailAddress(String address) {
        var clean = address.strip();
        var user = currentUser.require().id();
        if (clean.isEmpty()) {
            mail.removeAddress(user);
            return;
        }
        if (clean.length() > 320 || !MAIL_ADDRESS.matcher(clean).matches()) {
            throw new ValidationException("\"" + (clean.length() > 40 ? clean.substring(0, 40) + "…" : clean)
                    + "\" is not a mail address; it looks like name@example.org.");
        }
        mail.setAddress(user, clean);
    }

    /** Stops watching: the watch and its notifications are deleted. Viewers and above. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void delete(long watchId) {
        require(watches.delete(currentUser.require().id(), watchId));
    }

    private static String cleanName(String name) {
        var clean = name.strip();
        if (clean.isEmpty()) {
            throw new ValidationException("Give the watch a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new ValidationException("A watch's name is limited to " + MAX_NAME + " characters.");
        }
        return clean;
    }

    private static void require(boolean changed) {
        if (!changed) {
            throw new NotFoundException("This watch does not exist any more; it may have been deleted in another tab.");
        }
    }

}
