/**
 * The transfers in bulk: the CSV export streamed by PostgreSQL's COPY, and the import staged by COPY and written
 * set-based. The one place that talks COPY to the database; it uses the transfer feature, which never uses it.
 */
@NullMarked
package org.transferwatch.transfer.bulk;

import org.jspecify.annotations.NullMarked;
