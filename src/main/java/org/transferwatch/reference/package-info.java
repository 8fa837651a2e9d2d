/**
 * The reference-data screen: the aliases of states and other actors, and the keywords of categories, as staff
 * keep them. The data and its rules belong to {@code country} and {@code category}; this package only shows it.
 */
@NullMarked
package org.transferwatch.reference;

import org.jspecify.annotations.NullMarked;
