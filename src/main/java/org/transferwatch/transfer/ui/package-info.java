/**
 * The screens for listing, filtering and editing transfers.
 */
@NullMarked
package org.transferwatch.transfer.ui;

import org.jspecify.annotations.NullMarked;
