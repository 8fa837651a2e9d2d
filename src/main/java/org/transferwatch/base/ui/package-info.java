/**
 * The application shell (main layout, menu, styles) and small UI helpers; it imports no feature.
 */
@NullMarked
package org.transferwatch.base.ui;

import org.jspecify.annotations.NullMarked;
