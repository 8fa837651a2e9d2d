package org.transferwatch.intake;

import org.transferwatch.place.Place;

/** A place of the gazetteer named in the text: which tokens, which characters, by which of its names. */
record PlaceMention(int firstToken, int lastToken, int start, int end, Place place, String alias) {
}
