package org.transferwatch.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.transfer.ReviewState;

/** A briefing as its author asks for it: the scope, a title, a protective marking and the key judgements. */
public record BriefingRequest(BriefingScope scope, String title, String marking, String keyJudgements) {

    /** The builder's fields a problem can belong to. */
    public enum Field implements Problem.Field {
        TITLE, MARKING, KEY_JUDGEMENTS, PERIOD, PAIR, DRAFTS
    }

    public static final int MAX_TITLE = 200;

    public static final int MAX_KEY_JUDGEMENTS = 8000;

    public BriefingRequest {
        title = title.strip();
        marking = marking.strip();
        keyJudgements = keyJudgements.strip();
    }

    /** Refuses a request with no title, a marking not on the list, an overlong text or a backwards period. */
    public void validate(List<String> markings) {
        var problems = new ArrayList<Problem>();
        if (title.isEmpty()) {
            problems.add(Field.TITLE.problem("Give the briefing a title."));
        }
        else if (title.length() > MAX_TITLE) {
            problems.add(Field.TITLE.problem("A title is limited to " + MAX_TITLE + " characters."));
        }
        if (!markings.contains(marking)) {
            problems.add(Field.MARKING.problem("Choose a protective marking from the list: " + String.join(", ", markings) + "."));
        }
        if (keyJudgements.length() > MAX_KEY_JUDGEMENTS) {
            problems.add(Field.KEY_JUDGEMENTS.problem("Key judgements are limited to " + MAX_KEY_JUDGEMENTS + " characters."));
        }
        if (scope.from() != null && scope.to() != null && scope.from().isAfter(scope.to())) {
            problems.add(Field.PERIOD.problem("The period ends before it starts."));
        }
        if (scope.aCode() != null && scope.aCode().equalsIgnoreCase(scope.bCode())) {
            problems.add(Field.PAIR.problem("A briefing needs two different states."));
        }
        if (scope.criteria().reviewState() == ReviewState.RETRACTED) {
            problems.add(Field.DRAFTS.problem("Retracted transfers are never in a briefing: choose published or draft "
                    + "transfers in the list."));
        }
        else if (scope.states().isEmpty()) {
            problems.add(Field.DRAFTS.problem("The list shows drafts only: tick \"Include drafts\" to brief them."));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

    /** The key judgements as paragraphs, one per non-blank line. */
    public List<String> keyJudgementParagraphs() {
        return keyJudgements.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

}
