package org.transferwatch.exchange;

import java.util.List;
import java.util.Optional;

import org.transferwatch.place.Place;

/** What a reader needs to know about the database to check a file; {@link ExchangeService} answers, cached. */
interface ImportLookups {

    /** The code, if a country has exactly this code. */
    Optional<String> countryByCode(String code);

    /** The code of the one country this name or alias (e.g. a SIPRI register name) stands for. */
    Optional<String> countryByName(String name);

    /** The code of the category this code or keyword stands for ("ML3", "shells", "drone"). */
    Optional<String> categoryCode(String codeOrKeyword);

    /** The title of the source with this id, if it is in the library. */
    Optional<String> sourceTitle(long id);

    /** The places of the gazetteer with this name or alias. */
    List<Place> placesNamed(String name);

}
