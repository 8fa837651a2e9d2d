package org.transferwatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;

/**
 * Audits a logout as the user's own action, as a login is. It runs among the logout's handlers before
 * the one that clears the security context (the security configuration adds it), so the event still
 * names the user. Sessions that end because they were idle or expired are not logouts and are not audited.
 */
@Component
class LogoutAudit implements LogoutHandler {

    private final AppUserRepository users;

    private final AuditService audit;

    private final TransactionTemplate transactions;

    LogoutAudit(AppUserRepository users, AuditService audit, TransactionTemplate transactions) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication == null) {
            return;
        }
        transactions.executeWithoutResult(status -> users.findByUsername(authentication.getName())
            .ifPresent(user -> audit.record(new AuditEntry("app_user", Long.toString(user.id()), "logout", null, null, null))));
    }

}
