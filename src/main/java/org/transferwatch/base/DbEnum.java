package org.transferwatch.base;

import java.util.Locale;

/** An enumeration stored as a checked lower-case text value, with a label for people. */
public interface DbEnum {

    String name();

    String label();

    default String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & DbEnum> E fromDb(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

}
