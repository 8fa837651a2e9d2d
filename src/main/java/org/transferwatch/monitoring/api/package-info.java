/** The change feed and the watches' Atom feeds under {@code /api}, authenticated with an API token. */
@NullMarked
package org.transferwatch.monitoring.api;

import org.jspecify.annotations.NullMarked;
