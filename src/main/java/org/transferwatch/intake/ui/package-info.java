/**
 * The intake view: a source's text with the assistant's proposals highlighted, and a card per proposal.
 */
@NullMarked
package org.transferwatch.intake.ui;

import org.jspecify.annotations.NullMarked;
