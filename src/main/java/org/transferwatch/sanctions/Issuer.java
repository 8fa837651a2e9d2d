package org.transferwatch.sanctions;

import java.util.List;

/**
 * Who adopts measures (UN Security Council, United States, European Union, United Kingdom), and whose persons
 * and territory its own measures bind: the states of its jurisdiction (none for the UN, whose measures bind
 * every state).
 */
public record Issuer(String code, String name, List<String> jurisdiction, int instruments, boolean retired,
        int version) {
}
