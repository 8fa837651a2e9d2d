/**
 * Data exchange: the CSV export of a filtered transfers list, the import of our own CSV and of the SIPRI
 * Trade Register, personal API tokens and the read-only JSON API. It owns the api_token table only and
 * reaches transfers and sources through their services.
 */
@NullMarked
package org.transferwatch.exchange;

import org.jspecify.annotations.NullMarked;
