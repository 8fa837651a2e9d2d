package org.transferwatch.country;

import java.util.List;

/** Finds countries by any name, alias or code, a page at a time: what a country picker needs. */
@FunctionalInterface
public interface CountrySearch {

    List<Country> find(String text, int offset, int limit);

}
