/**
 * The library of sources (articles, statements, reports, datasets) that make claims about transfers.
 */
@NullMarked
package org.transferwatch.source;

import org.jspecify.annotations.NullMarked;
