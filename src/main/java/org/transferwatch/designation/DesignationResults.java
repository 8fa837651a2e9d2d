package org.transferwatch.designation;

import java.util.List;

/** One page of a designation search and how many designations the search finds in all. */
public record DesignationResults(List<DesignationHit> hits, int total) {
}
