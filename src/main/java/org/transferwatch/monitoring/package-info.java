/**
 * Monitoring: the outbox of changes to transfers, users' watches, the notifications they match, the inbox, the
 * mail and the feeds.
 */
@NullMarked
package org.transferwatch.monitoring;

import org.jspecify.annotations.NullMarked;
