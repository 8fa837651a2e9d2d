package org.transferwatch.designation;

import java.util.Locale;

import org.transferwatch.base.DbEnum;

/** The kinds of number a designation is identified by. */
public enum IdentifierKind implements DbEnum {

    IMO_SHIP("IMO ship number"), IMO_COMPANY("IMO company number"), PASSPORT("Passport"),
    NATIONAL_ID("National identity number"), REGISTRATION("Registration number"), OTHER("Document");

    private final String label;

    IdentifierKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind of a document as the UN list names it, in English, French or Spanish ("Numéro de passeport"). */
    static IdentifierKind ofUnDocument(String type) {
        var text = type.toLowerCase(Locale.ROOT);
        if (text.contains("passport") || text.contains("passeport") || text.contains("pasaporte")) {
            return PASSPORT;
        }
        if (text.contains("identi")) {
            return NATIONAL_ID;
        }
        if (text.contains("registration") || text.contains("registro") || text.contains("enregistrement")) {
            return REGISTRATION;
        }
        return OTHER;
    }

}
