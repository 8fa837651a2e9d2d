/** The Watching page, the inbox, the Watch buttons and the bell's count. */
@NullMarked
package org.transferwatch.monitoring.ui;

import org.jspecify.annotations.NullMarked;
