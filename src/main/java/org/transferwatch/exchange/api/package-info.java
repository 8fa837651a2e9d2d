/**
 * The read-only JSON API under /api: its own stateless security filter chain with personal bearer
 * tokens, the transfers endpoints and their OpenAPI document.
 */
@NullMarked
package org.transferwatch.exchange.api;

import org.jspecify.annotations.NullMarked;
