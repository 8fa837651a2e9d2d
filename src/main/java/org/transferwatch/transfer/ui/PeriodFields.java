package org.transferwatch.transfer.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DateFields;
import org.transferwatch.base.DbEnum;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;

/**
 * A period entered with its precision, start and end, as the transfer form and the shipment form enter it: the
 * period snaps to whole months, quarters or years as the user picks the precision and the start.
 */
final class PeriodFields {

    final Select<PeriodPrecision> precision = new Select<>();

    final DatePicker start;

    final DatePicker end;

    PeriodFields(String precisionLabel, String startLabel, String endLabel) {
        precision.setLabel(precisionLabel);
        precision.setItems(PeriodPrecision.values());
        precision.setItemLabelGenerator(DbEnum::label);
        start = DateFields.day(startLabel);
        end = DateFields.day(endLabel);
        start.setHelperText("Precision and start set the end");
        precision.addValueChangeListener(event -> snap());
        start.addValueChangeListener(event -> snap());
    }

    private void snap() {
        var first = start.getValue();
        var unit = precision.getValue();
        if (first == null || unit == null) {
            return;
        }
        var period = switch (unit) {
            case DAY -> new Period(first, end.getValue() == null ? first : end.getValue(), unit);
            case MONTH -> Period.month(first.getYear(), first.getMonthValue());
            case QUARTER -> Period.quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Period.year(first.getYear());
        };
        if (!period.start().equals(first)) {
            start.setValue(period.start());
        }
        end.setValue(period.end());
    }

    void setValue(@Nullable Period period) {
        precision.setValue(period == null ? null : period.precision());
        start.setValue(period == null ? null : period.start());
        end.setValue(period == null ? null : period.end());
    }

    /** The period entered: none without dates, a day's precision where none was picked. */
    @Nullable Period getValue() {
        LocalDate first = start.getValue();
        LocalDate last = end.getValue();
        if (first == null && last == null) {
            return null;
        }
        var unit = precision.getValue() == null ? PeriodPrecision.DAY : precision.getValue();
        return new Period(first == null ? last : first, last == null ? first : last, unit);
    }

}
