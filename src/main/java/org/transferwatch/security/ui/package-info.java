/**
 * The account screens: administrators manage users, and every user changes their own password.
 */
@NullMarked
package org.transferwatch.security.ui;

import org.jspecify.annotations.NullMarked;
