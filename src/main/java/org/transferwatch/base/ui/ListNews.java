package org.transferwatch.base.ui;

import java.util.Collection;
import java.util.Map;

/**
 * What is new or changed on a list since the user's previous visit, for the lists of features that do not know
 * about change events (the monitoring feature provides it). A list starts a visit when it is opened; the previous
 * visit's time counts for the whole of this one.
 */
public interface ListNews {

    /** The Transfers list. */
    String TRANSFERS = "transfers";

    /** Starts the current user's visit of the list and remembers it for their next. */
    Since visit(String list);

    /** What changed between the previous visit and now. */
    interface Since {

        /** For the transfers shown (a page of them): "New" or "Updated" for each published or changed since. */
        Map<Long, String> marks(Collection<Long> transferIds);

    }

}
