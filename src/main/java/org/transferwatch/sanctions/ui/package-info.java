/**
 * The sanctions catalogue's screens: browsing and searching issuers, instruments and provisions, a provision's
 * page with the transfers linked to it, and the administrators' forms.
 */
@NullMarked
package org.transferwatch.sanctions.ui;

import org.jspecify.annotations.NullMarked;
