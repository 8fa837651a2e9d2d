/**
 * Sanctions and export-control provisions, the scope matching that suggests them, and analysts' links to transfers.
 */
@NullMarked
package org.transferwatch.sanctions;

import org.jspecify.annotations.NullMarked;
