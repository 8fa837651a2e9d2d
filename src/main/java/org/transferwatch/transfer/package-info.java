/**
 * Reported transfers, their evidence (claim links to sources) and the rules for creating, editing and reviewing them.
 */
@NullMarked
package org.transferwatch.transfer;

import org.jspecify.annotations.NullMarked;
