/**
 * The classification of goods: military list, UN Register, HS chapters and high-priority list categories.
 */
@NullMarked
package org.transferwatch.category;

import org.jspecify.annotations.NullMarked;
