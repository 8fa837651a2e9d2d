/**
 * Cross-cutting infrastructure every feature may use: database bootstrap and shared types; it imports no feature.
 */
@NullMarked
package org.transferwatch.base;

import org.jspecify.annotations.NullMarked;
