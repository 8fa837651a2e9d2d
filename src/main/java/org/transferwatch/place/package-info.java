/**
 * The gazetteer: ports, rail and road crossings, airfields and sea areas with their coordinates and where they
 * come from, which shipments start, end or cross at; shipped with the app, extended by admins.
 */
@NullMarked
package org.transferwatch.place;

import org.jspecify.annotations.NullMarked;
