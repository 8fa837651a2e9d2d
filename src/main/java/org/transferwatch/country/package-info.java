/**
 * States, historical states and non-state actors with the aliases reporting uses, and how to find them by name.
 */
@NullMarked
package org.transferwatch.country;

import org.jspecify.annotations.NullMarked;
