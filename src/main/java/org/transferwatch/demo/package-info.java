/**
 * Demo users and the demo data set drawn from the fixture article, loaded into an empty database.
 */
@NullMarked
package org.transferwatch.demo;

import org.jspecify.annotations.NullMarked;
