package org.transferwatch.intake;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the assistant made of a text: its sentences, the states it names and the transfers it proposes. */
public record Reading(String text, @Nullable LocalDate reportedOn, List<Excerpt> sentences, List<StateMention> states,
        List<Proposal> proposals) {

    /** The distinct states named, in order of first mention, as "North Korea (PRK)". */
    public List<String> stateLabels() {
        return states.stream()
            .filter(StateMention::party)
            .map(state -> state.countryCode().startsWith("X-") ? state.countryName()
                    : state.countryName() + " (" + state.countryCode() + ")")
            .distinct()
            .toList();
    }

}
