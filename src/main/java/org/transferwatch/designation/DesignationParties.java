package org.transferwatch.designation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The party records matched to a designation and the transfers the confirmed ones take part in, for the
 * designation's page. Parties build on designations, so the party feature implements this port.
 */
public interface DesignationParties {

    /** The parties confirmed or possibly this designation (rejected ones are left out), confirmed first. */
    List<MatchedParty> partiesOf(long designationId);

    /**
     * @param kind the party's kind as people read it ("Company")
     * @param confirmed whether an analyst confirmed the match; otherwise it is a possible match to review
     * @param transfers the transfers the party takes part in, under the reader's visibility rules; only for
     *     confirmed matches, since a possible match flags nothing
     */
    record MatchedParty(long partyId, String name, String kind, boolean confirmed, List<Involvement> transfers) {
    }

    /** A transfer a party takes part in, in a role, as people read them. */
    record Involvement(long transferId, String label, String role, String reviewState, @Nullable String period) {
    }

}
