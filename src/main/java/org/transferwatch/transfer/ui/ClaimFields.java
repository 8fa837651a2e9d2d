package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Stance;

/**
 * The fields of a source's claim, as the evidence panel and the dialogs for a transfer's parties and shipments
 * enter it: the source from the library, the quoted passage, the stance, and the Admiralty grade picked from
 * words. The grade starts empty every time: an inherited one would be a silent judgement.
 */
final class ClaimFields {

    final ComboBox<Source> source = new ComboBox<>("Source");

    final TextArea quote = new TextArea("Quoted passage");

    final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>("Stance");

    final Select<Character> reliability = new Select<>();

    final Select<Integer> credibility = new Select<>();

    /** @param idPrefix the prefix of the fields' ids, e.g. "evidence" for "evidence-quote" */
    ClaimFields(String idPrefix, SourceService sources) {
        source.setId(idPrefix + "-source");
        source.setItemLabelGenerator(item -> item.title() + " — " + item.citation());
        source.setItems(query -> sources.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
            .stream()
            .skip(query.getOffset()));
        source.setPlaceholder("Search by title, publisher or URL");
        source.setWidthFull();
        quote.setId(idPrefix + "-quote");
        TextLimits.limit(quote, NewClaim.MAX_QUOTE);
        quote.setWidthFull();
        quote.setPlaceholder("The sentence or passage of the source that makes the claim");
        stance.setId(idPrefix + "-stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        stance.setValue(Stance.SUPPORTS);
        reliability.setId(idPrefix + "-reliability");
        reliability.setLabel("Source reliability");
        reliability.setItems('A', 'B', 'C', 'D', 'E', 'F');
        reliability.setItemLabelGenerator(letter -> letter + " — " + AdmiraltyGrade.RELIABILITY_WORDS.get(letter - 'A'));
        reliability.setWidth("17rem");
        credibility.setId(idPrefix + "-credibility");
        credibility.setLabel("Information credibility");
        credibility.setItems(1, 2, 3, 4, 5, 6);
        credibility.setItemLabelGenerator(digit -> digit + " — " + AdmiraltyGrade.CREDIBILITY_WORDS.get(digit - 1));
        credibility.setWidth("17rem");
    }

    /** Stance, reliability and credibility side by side. */
    HorizontalLayout gradeRow() {
        var row = new HorizontalLayout(stance, reliability, credibility);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** The claim as entered about the source with that id; the service checks its rules. */
    NewClaim claim(long sourceId) {
        AdmiraltyGrade grade = reliability.getValue() == null || credibility.getValue() == null ? null
                : new AdmiraltyGrade(reliability.getValue(), credibility.getValue());
        return new NewClaim(sourceId, quote.getValue(), stance.getValue(), grade);
    }

    /** The claim about the source picked from the library, or none if no source is picked. */
    @Nullable NewClaim claimOfPickedSource() {
        return source.getValue() == null ? null : claim(source.getValue().id());
    }

    /** Ready for the next claim: no quote, no grade, no source. */
    void clear() {
        quote.clear();
        reliability.clear();
        credibility.clear();
        source.clear();
    }

}
