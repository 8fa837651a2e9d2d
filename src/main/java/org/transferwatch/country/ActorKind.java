package org.transferwatch.country;

/** The kinds of actor staff may add beside the states we ship ({@code country.kind}). */
public enum ActorKind {

    NON_STATE_ACTOR("non_state_actor", "Non-state actor"),
    HISTORICAL_STATE("historical_state", "Historical state"),
    INTERNATIONAL_ORGANISATION("international_organisation", "International organisation");

    private final String dbValue;

    private final String label;

    ActorKind(String dbValue, String label) {
        this.dbValue = dbValue;
        this.label = label;
    }

    public String dbValue() {
        return dbValue;
    }

    public String label() {
        return label;
    }

}
