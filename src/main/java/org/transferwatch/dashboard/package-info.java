/**
 * The dashboard, the flow map and the country-pair page with its printable and PDF briefing.
 */
@NullMarked
package org.transferwatch.dashboard;

import org.jspecify.annotations.NullMarked;
