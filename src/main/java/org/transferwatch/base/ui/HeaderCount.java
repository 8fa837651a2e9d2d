package org.transferwatch.base.ui;

import java.util.OptionalInt;

/**
 * A count the header shows as a bell linking to a route (the unread notifications), offered as a bean by the
 * feature that owns the route, so that the layout knows no feature. Asked again after every navigation.
 */
public interface HeaderCount {

    /** The route's path (e.g. "inbox"). */
    String path();

    /** What the bell says to a screen reader, with the count (e.g. "3 unread notifications"). */
    String label(int count);

    /** The current user's count; empty when the user has none to show. */
    OptionalInt count();

}
