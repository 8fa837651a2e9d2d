/**
 * The import page and the page where users create and revoke their API tokens.
 */
@NullMarked
package org.transferwatch.exchange.ui;

import org.jspecify.annotations.NullMarked;
