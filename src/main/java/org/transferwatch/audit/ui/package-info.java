/**
 * The components that show the audit trail, e.g. a transfer's history; they render what they are given.
 */
@NullMarked
package org.transferwatch.audit.ui;

import org.jspecify.annotations.NullMarked;
