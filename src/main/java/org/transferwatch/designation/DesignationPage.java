package org.transferwatch.designation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.sanctions.Provision;

/** What a designation's page shows: the designation, its regime's name and the provisions of its regime. */
public record DesignationPage(Designation designation, @Nullable String regimeName, List<Provision> provisions) {
}
