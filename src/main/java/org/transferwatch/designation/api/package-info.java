/** The JSON API's designation endpoints, under the API's token-authenticated security chain. */
@NullMarked
package org.transferwatch.designation.api;

import org.jspecify.annotations.NullMarked;
