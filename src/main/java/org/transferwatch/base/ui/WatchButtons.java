package org.transferwatch.base.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * Makes the "Watch" button a page shows beside what it is about, offered as a bean by the feature that keeps the
 * watches, so that the pages know no feature of theirs. The kind is the watch's kind ("filter", "pair",
 * "provision", "designation", "party", "transfer"); the target and the name are read when the button is clicked
 * (a filtered list's URL query changes after the page is built).
 */
public interface WatchButtons {

    Component button(String kind, Supplier<String> target, Supplier<String> name);

}
