package org.transferwatch.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DbEnum;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.TransferStatus;

/**
 * The one definition of how a change reads in the inbox, the mail and the feeds: a sentence naming who did it and
 * what it was ("Retracted by Demo reviewer: the source withdrew the report").
 */
final class ChangeSentences {

    private ChangeSentences() {
    }

    static String sentence(ChangeEvent event, String actor) {
        return switch (event.kind()) {
            case CREATED -> "Recorded as a draft by " + actor;
            case PUBLISHED -> "Published by " + actor;
            case RETRACTED -> "Retracted by " + actor + (event.detail() == null ? "" : ": " + event.detail());
            case EVIDENCE_ADDED -> ("disputes".equals(event.after()) ? "Disputing" : "Supporting") + " evidence added by "
                    + actor + (event.detail() == null ? "" : ": " + event.detail());
            case STATUS_CHANGED -> "Status changed by " + actor + " from " + status(event.before()) + " to "
                    + status(event.after());
            case CONFIDENCE_CHANGED -> "Confidence changed by " + actor + " from " + confidence(event.before())
                    + " to " + confidence(event.after());
            case PERIOD_CHANGED -> "Period changed by " + actor + " from " + period(event.before()) + " to "
                    + period(event.after());
            case SANCTIONS_LINK_CONFIRMED -> "Sanctions link confirmed by " + actor
                    + (event.detail() == null ? "" : ": " + event.detail());
            case DESIGNATED_PARTY -> "Designated party " + (event.detail() == null ? "" : event.detail() + " ")
                    + (event.after() == null ? "" : "(" + event.after() + ") ") + "involved, confirmed by " + actor;
        };
    }

    private static String status(@Nullable String code) {
        return label(TransferStatus.class, code);
    }

    private static String confidence(@Nullable String code) {
        return label(Confidence.class, code);
    }

    private static <E extends Enum<E> & DbEnum> String label(Class<E> type, @Nullable String code) {
        if (code == null) {
            return "none";
        }
        try {
            return DbEnum.fromDb(type, code).label().toLowerCase(java.util.Locale.ROOT);
        }
        catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** A period as the trigger wrote it: "start end precision", or empty for none. */
    private static String period(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return "none";
        }
        var parts = written.split(" ");
        try {
            return new Period(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]),
                    DbEnum.fromDb(PeriodPrecision.class, parts[2])).label();
        }
        catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException unexpected) {
            return written;
        }
    }

}
