/** The reference-data screen for administrators. */
@NullMarked
package org.transferwatch.reference.ui;

import org.jspecify.annotations.NullMarked;
