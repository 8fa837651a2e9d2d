/** The Designations screens: search, a designation's page, and the administrators' import of the UN list. */
@NullMarked
package org.transferwatch.designation.ui;

import org.jspecify.annotations.NullMarked;
