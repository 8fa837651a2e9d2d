/**
 * Who may log in and what they may do: users, roles, login, the current user and the security configuration.
 */
@NullMarked
package org.transferwatch.security;

import org.jspecify.annotations.NullMarked;
