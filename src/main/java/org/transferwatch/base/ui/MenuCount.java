package org.transferwatch.base.ui;

import java.util.OptionalInt;

/**
 * A number the menu shows beside one of its entries (e.g. the drafts waiting for review), offered as a bean by the
 * feature that owns the route, so that the menu knows no feature. It is asked only for entries the user may open,
 * again after every navigation.
 */
public interface MenuCount {

    /** The route's path, as its {@code @Route} names it (e.g. "review"). */
    String path();

    /** The current user's count; empty (or zero) shows none. */
    OptionalInt count();

}
