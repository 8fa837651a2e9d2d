package org.transferwatch.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Caps a text field at the length its data allows, and says so when the cap bites. The browser keeps to the
 * field's maximum length by cutting off whatever goes beyond it, a long paste included, without a word: the
 * user would save a cut text believing it whole. So when the value reaches the limit, the field says that
 * anything longer was cut off. The services check the same limits for whatever does not come through a form.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static TextField limit(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        var helper = field.getHelperText();
        field.addValueChangeListener(event -> field.setHelperText(atLimit(event.getValue(), maxLength) ? notice(maxLength) : helper));
        return field;
    }

    public static TextArea limit(TextArea field, int maxLength) {
        field.setMaxLength(maxLength);
        var helper = field.getHelperText();
        field.addValueChangeListener(event -> field.setHelperText(atLimit(event.getValue(), maxLength) ? notice(maxLength) : helper));
        return field;
    }

    /** What the field says once its value has reached the limit. */
    public static String notice(int maxLength) {
        return String.format("Limited to %,d characters: anything longer was cut off here. Check the end of the text.",
                maxLength);
    }

    private static boolean atLimit(String value, int maxLength) {
        return value != null && value.length() >= maxLength;
    }

}
