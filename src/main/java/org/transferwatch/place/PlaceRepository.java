package org.transferwatch.place;

import static org.transferwatch.db.Tables.PLACE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The SQL of the gazetteer. */
@Repository
class PlaceRepository {

    private final DSLContext dsl;

    PlaceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Place> find(long id) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.eq(id)).fetchOptional(PlaceRepository::toPlace);
    }

    List<Place> findAll(Collection<Long> ids) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.in(ids)).orderBy(PLACE.NAME, PLACE.ID).fetch(PlaceRepository::toPlace);
    }

    List<Place> all() {
        return dsl.selectFrom(PLACE).orderBy(PLACE.NAME, PLACE.ID).fetch(PlaceRepository::toPlace);
    }

    private static Place toPlace(Record row) {
        return new Place(row.get(PLACE.ID), row.get(PLACE.NAME), PlaceKind.fromDb(row.get(PLACE.KIND)),
                row.get(PLACE.COUNTRY_CODE), List.of(row.get(PLACE.ALIASES)), row.get(PLACE.LATITUDE),
                row.get(PLACE.LONGITUDE), row.get(PLACE.COORDINATE_SOURCE), row.get(PLACE.COORDINATE_LICENCE),
                row.get(PLACE.VERSION));
    }

}
