package org.transferwatch.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/** Small builders and helpers tests share. */
public final class TestData {

    private TestData() {
    }

    /** A valid draft: arms (ML4), 10-20 missiles, delivered in Q1 2024, moderate confidence. */
    public static TransferDraft draft(String supplier, String recipient, String item) {
        return new TransferDraft(supplier, recipient, TransferKind.ARMS, "ML4", item, null,
                new Quantity(new BigDecimal("10"), new BigDecimal("20"), "missiles", false), null,
                TransferStatus.DELIVERED, Period.quarter(2024, 1), LocalDate.of(2024, 5, 2), null, "Debris found.",
                Confidence.MODERATE);
    }

    /** Runs the action as the demo user of the role, then restores whoever ran before. */
    public static <T> T as(Role role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(role.dbValue(), null, role.authorities()));
        try {
            return action.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

}
