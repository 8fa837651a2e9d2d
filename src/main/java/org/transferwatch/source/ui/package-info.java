/**
 * The library's views: the sources list, adding a source by pasting its text, and one source with the
 * transfers it supports or disputes.
 */
@NullMarked
package org.transferwatch.source.ui;

import org.jspecify.annotations.NullMarked;
