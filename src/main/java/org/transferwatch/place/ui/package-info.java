/** The Places screen: the gazetteer searched, and added to and corrected by administrators. */
@NullMarked
package org.transferwatch.place.ui;

import org.jspecify.annotations.NullMarked;
