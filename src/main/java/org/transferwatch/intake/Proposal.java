package org.transferwatch.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/**
 * A draft transfer the assistant proposes, tied to the sentence it came from ({@code claim}, quoted as
 * the claim's passage, with {@code stance}), to the sentences that deny it ({@code denials}, a disputing
 * claim) and to other sentences that mention the same transfer ({@code alsoIn}), with the reasons for
 * each field in words; and the parties (vessels, companies) and shipments its sentences name, each tied
 * to the sentence it was read from.
 */
public record Proposal(int number, String supplierCode, String supplierName, String recipientCode, String recipientName,
        TransferKind kind, @Nullable String categoryCode, String item, @Nullable String designation, Quantity quantity,
        @Nullable BigDecimal valueUsd, TransferStatus status, @Nullable Period period, Stance stance, Excerpt claim,
        List<Excerpt> denials, List<Excerpt> alsoIn, List<String> reasons, List<ProposedParty> parties,
        List<ProposedShipment> shipments) {

    public Proposal {
        parties = List.copyOf(parties);
        shipments = List.copyOf(shipments);
    }

    /** The same proposal with the parties and shipments of its sentences, and what was read of them that could not be used. */
    Proposal withTransport(List<ProposedParty> partiesNamed, List<ProposedShipment> shipmentsNamed, List<String> notes) {
        var allReasons = new ArrayList<>(reasons);
        allReasons.addAll(notes);
        return new Proposal(number, supplierCode, supplierName, recipientCode, recipientName, kind, categoryCode, item,
                designation, quantity, valueUsd, status, period, stance, claim, denials, alsoIn, List.copyOf(allReasons),
                partiesNamed, shipmentsNamed);
    }

    public String pairLabel() {
        return supplierName + " \u2192 " + recipientName;
    }

    /** The item as a draft's title: "Infantry artillery shells and rockets". */
    public String itemLabel() {
        return item.isEmpty() ? item : item.substring(0, 1).toUpperCase(Locale.ROOT) + item.substring(1);
    }

    /** The disputing passage: the denials, joined when there are several. */
    public @Nullable String denialQuote() {
        return denials.isEmpty() ? null : String.join(" \u2026 ", denials.stream().map(Excerpt::text).toList());
    }

    /** The proposal as the fields of a draft transfer, reported on the source's date. */
    public TransferDraft draft(@Nullable LocalDate reportedOn, Confidence confidence) {
        return new TransferDraft(supplierCode, recipientCode, kind, categoryCode, itemLabel(), designation, quantity,
                valueUsd, status, period, reportedOn, null, notes(), confidence);
    }

    private String notes() {
        return "Proposed by the intake assistant: " + String.join("; ", reasons) + ".";
    }

}
