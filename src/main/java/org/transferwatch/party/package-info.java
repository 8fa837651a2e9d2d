/**
 * Parties: the companies, state bodies, armed units, persons and vessels that reporting places in transfers,
 * as reusable records with their names, identifiers and flag history, and their matches with designations,
 * which an analyst confirms or rejects.
 */
@NullMarked
package org.transferwatch.party;

import org.jspecify.annotations.NullMarked;
