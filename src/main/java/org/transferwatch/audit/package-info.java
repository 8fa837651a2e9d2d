/**
 * The append-only audit trail of every change, and its readable history.
 */
@NullMarked
package org.transferwatch.audit;

import org.jspecify.annotations.NullMarked;
