package org.transferwatch.sanctions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything the catalogue holds on a provision: its citation, summary and machine-readable scope. */
public record ProvisionDetails(Provision provision, long instrumentId, String issuerName, @Nullable String instrumentTitle,
        Conduct conduct, Binding binding, List<String> kinds, List<String> categoryCodes, List<String> goodsTerms,
        List<ScopeRow> scope, LocalDate appliesFrom, @Nullable LocalDate appliesUntil, @Nullable OffsetDateTime retiredAt,
        int version) {

    /** The provision's fields as a form edits them. */
    public ProvisionDraft draft() {
        return new ProvisionDraft(instrumentId, provision.paragraph(), provision.summary(), provision.url(),
                provision.citationVerified(), conduct, binding, kinds, categoryCodes, goodsTerms, scope, appliesFrom,
                appliesUntil);
    }

}
