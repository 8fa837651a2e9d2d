package org.transferwatch.designation;

import java.util.List;
import java.util.Locale;

import org.transferwatch.base.SearchText;

/**
 * A search as typed, and the keys it is compared by: the text itself for names (the database derives the name
 * key), the text upper case for a reference number, and the text's letters and digits for an identifier, also
 * without a leading "IMO" ("IMO 9123456" finds 9123456).
 */
record DesignationQuery(String text) {

    DesignationQuery {
        text = text.strip();
    }

    String referenceKey() {
        return text.toUpperCase(Locale.ROOT);
    }

    List<String> numberKeys() {
        return SearchText.numberKeys(text);
    }

}
