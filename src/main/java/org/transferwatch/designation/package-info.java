/**
 * Designations: the persons, entities and vessels that sanctions lists name (the UN Security Council's
 * Consolidated List first), their import with a preview, and search by name and number.
 */
@NullMarked
package org.transferwatch.designation;

import org.jspecify.annotations.NullMarked;
