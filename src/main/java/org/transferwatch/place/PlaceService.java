package org.transferwatch.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gazetteer for every feature that shows or links its places. */
@Service
public class PlaceService {

    private final PlaceRepository places;

    PlaceService(PlaceRepository places) {
        this.places = places;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Place> find(long id) {
        return places.find(id);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Place> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : places.findAll(ids);
    }

    /** Every place of the gazetteer, by name. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Place> all() {
        return places.all();
    }

}
