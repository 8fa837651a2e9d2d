package org.transferwatch.intake;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyKind;

/**
 * A party the assistant proposes for a draft transfer: a vessel ("the Russian-flagged cargo ship Angara") or a
 * company ("Korea Tonghae Shipping Company"), tied to the sentence it is named in ({@code sentence}) and to the
 * words that name it ({@code mention}), with why it was read so.
 *
 * @param role its part in the transfer (a vessel carries), or null when the text does not say: the analyst
 *        chooses one before it is recorded
 * @param imoNumber the IMO number given with it: a ship number for a vessel (its check digit verified), a
 *        company number for a company
 * @param flagCode the state whose flag a vessel flies, where the text says ("Russian-flagged")
 */
public record ProposedParty(String name, PartyKind kind, @Nullable ProposedRole role, @Nullable String imoNumber,
        @Nullable String flagCode, @Nullable String flagName, Excerpt sentence, Excerpt mention, String why) {

    /** The same party in the role an analyst chose for it. */
    public ProposedParty withRole(ProposedRole chosen) {
        return new ProposedParty(name, kind, chosen, imoNumber, flagCode, flagName, sentence, mention, why);
    }

    /** "Angara (vessel, carrier, IMO 9179842, flag Russia)". */
    public String label() {
        var label = new StringBuilder(name).append(" (").append(kind.label().toLowerCase(Locale.ROOT));
        label.append(", ").append(role == null ? "role not stated" : role.label().toLowerCase(Locale.ROOT));
        if (imoNumber != null) {
            label.append(", IMO ").append(imoNumber);
        }
        if (flagName != null) {
            label.append(", flag ").append(flagName);
        }
        return label.append(')').toString();
    }

}
