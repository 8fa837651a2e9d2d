/** The party pages: the list and search, a party's page with its designation matches, and its form. */
@NullMarked
package org.transferwatch.party.ui;

import org.jspecify.annotations.NullMarked;
