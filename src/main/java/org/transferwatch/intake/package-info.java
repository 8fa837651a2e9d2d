/**
 * The intake assistant: reads a source's text offline, by rules a person can follow, and proposes
 * draft transfers (states, goods, quantities, dates, status, direction), each tied to the sentence it
 * came from, for the analyst to accept, edit or drop. Nothing is stored without the analyst's acceptance.
 */
@NullMarked
package org.transferwatch.intake;

import org.jspecify.annotations.NullMarked;
