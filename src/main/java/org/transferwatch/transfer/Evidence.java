package org.transferwatch.transfer;

import org.transferwatch.source.Source;

/** A claim together with the source that makes it. */
public record Evidence(Claim claim, Source source) {
}
