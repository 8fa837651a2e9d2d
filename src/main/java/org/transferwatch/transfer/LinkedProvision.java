package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/**
 * Transfers as they stand to one provision: an analyst confirmed it, dismissed it, or its scope suggests it and
 * nobody has decided yet. The provision's page links into the list with one of these.
 */
public record LinkedProvision(long provisionId, Linked linked) {

    public enum Linked implements DbEnum {
        CONFIRMED, SUGGESTED, DISMISSED;

        @Override
        public String label() {
            return switch (this) {
                case CONFIRMED -> "confirmed";
                case SUGGESTED -> "suggested, not decided";
                case DISMISSED -> "dismissed";
            };
        }
    }

}
