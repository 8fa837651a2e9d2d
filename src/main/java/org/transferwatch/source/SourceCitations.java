package org.transferwatch.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the library shows of the claims that cite its sources. The feature that owns the claims implements it,
 * so that the library's pages need no import of that feature.
 */
public interface SourceCitations {

    /**
     * For each source, how many transfers it supports and disputes, counting only the transfers the user may
     * see. Sources no transfer cites are absent.
     */
    Map<Long, CitationCounts> countsFor(Collection<Long> sourceIds);

    /** The claims the source makes, with the transfers they are about, as far as the user may see them. */
    List<Citation> citationsOf(long sourceId);

}
