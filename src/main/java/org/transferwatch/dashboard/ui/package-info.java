/**
 * The dashboard and country-pair screens.
 */
@NullMarked
package org.transferwatch.dashboard.ui;

import org.jspecify.annotations.NullMarked;
