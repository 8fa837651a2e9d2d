package org.transferwatch.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
class PlaceServiceTest {

    @Autowired
    PlaceService places;

    @Autowired
    DSLContext dsl;

    private static PlaceDraft bolshoyKamen() {
        return new PlaceDraft(" Bolshoy Kamen ", PlaceKind.PORT, "rus", List.of("Bolshoi Kamen", "bolshoy kamen", " "),
                new BigDecimal("43.1116667"), new BigDecimal("132.3486111"), "Wikipedia (en), 'Bolshoy Kamen'", "CC BY-SA 4.0");
    }

    private int placeCount() {
        return TestData.as(Role.VIEWER, () -> places.count(""));
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_gazetteer_ships_the_ports_and_crossings_reporting_names_each_with_its_source_and_licence() {
        var all = places.all();
        assertThat(all).extracting(Place::name).contains("Rajin", "Nampo", "Vostochny", "Dunai", "Vladivostok", "Nakhodka",
                "Tumangang–Khasan rail crossing", "Bandar Abbas", "Amirabad", "Astrakhan", "Makhachkala", "Machulishchy",
                "Korea Bay");
        assertThat(all).allSatisfy(place -> {
            assertThat(place.coordinateSource()).isNotBlank();
            assertThat(place.coordinateLicence()).isNotBlank();
            assertThat(place.latitude().scale()).isLessThanOrEqualTo(5);
        });
        var rajin = all.stream().filter(p -> p.name().equals("Rajin")).findFirst().orElseThrow();
        assertThat(rajin.aliases()).contains("Rason", "Najin");
        assertThat(rajin.coordinateLicence()).isEqualTo("CC BY 4.0");
        assertThat(rajin.countryCode()).isEqualTo("PRK");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_search_finds_a_place_by_an_alias_without_regard_to_case_accents_or_dashes() {
        assertThat(places.search("RASON", 0, 10)).extracting(Place::name).containsExactly("Rajin");
        assertThat(places.search("wonsan", 0, 10)).extracting(Place::name).containsExactly("Wonsan");
        assertThat(places.search("hŭngnam", 0, 10)).extracting(Place::name).containsExactly("Hungnam");
        assertThat(places.search("tumangang-khasan", 0, 10)).extracting(Place::name)
            .containsExactly("Tumangang–Khasan rail crossing");
        assertThat(places.count("bandar")).isEqualTo(places.search("bandar", 0, 50).size()).isGreaterThanOrEqualTo(2);
        assertThat(places.search("no such place at all", 0, 10)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_adds_a_place_cleaned_and_audited() {
        var id = places.create(bolshoyKamen());
        var stored = places.find(id).orElseThrow();
        assertThat(stored.name()).isEqualTo("Bolshoy Kamen");
        assertThat(stored.countryCode()).isEqualTo("RUS");
        assertThat(stored.aliases()).containsExactly("Bolshoi Kamen");
        assertThat(stored.latitude()).isEqualByComparingTo("43.11167");
        assertThat(stored.longitude()).isEqualByComparingTo("132.34861");
        assertThat(places.search("bolshoi", 0, 5)).extracting(Place::id).containsExactly(id);
        var event = dsl.fetchSingle("select action, after ->> 'name', before from audit_event where entity_type = 'place'"
                + " and entity_id = ?", Long.toString(id));
        assertThat(event.get(0)).isEqualTo("create");
        assertThat(event.get(1)).isEqualTo("Bolshoy Kamen");
        assertThat(event.get(2)).isNull();
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void an_admin_corrects_a_place_and_the_audit_keeps_before_and_after() {
        var id = places.create(bolshoyKamen());
        var loaded = places.find(id).orElseThrow();
        var moved = new PlaceDraft(loaded.name(), loaded.kind(), loaded.countryCode(), loaded.aliases(),
                new BigDecimal("43.12"), loaded.longitude(), "GeoNames, Bolshoy Kamen", "CC BY 4.0");
        places.update(id, moved, loaded.version());
        assertThat(places.find(id).orElseThrow().latitude()).isEqualByComparingTo("43.12");
        var event = dsl.fetchSingle("select before ->> 'latitude', after ->> 'latitude', after ->> 'coordinate_licence'"
                + " from audit_event where entity_type = 'place' and entity_id = ? and action = 'update'", Long.toString(id));
        assertThat(event.get(0)).isEqualTo("43.11167");
        assertThat(event.get(1)).isEqualTo("43.12000");
        assertThat(event.get(2)).isEqualTo("CC BY 4.0");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_save_over_a_newer_one_is_refused_with_who_made_it() {
        var id = places.create(bolshoyKamen());
        var loaded = places.find(id).orElseThrow();
        places.update(id, PlaceDraft.of(loaded), loaded.version());
        assertThatThrownBy(() -> places.update(id, PlaceDraft.of(loaded), loaded.version()))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This place was changed by Demo administrator at ")
            .hasMessageEndingWith(" — reload to see their change.");
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void bad_input_gives_a_sentence_at_each_field_and_saves_nothing() {
        var before = placeCount();
        var bad = new PlaceDraft(" ", null, "XYZ", List.of(), new BigDecimal("91"), new BigDecimal("-180.5"), "", null);
        assertThatThrownBy(() -> places.create(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problemsWithFields()).extracting(Problem::field).containsExactly(PlaceDraft.Field.NAME,
                    PlaceDraft.Field.KIND, PlaceDraft.Field.LATITUDE, PlaceDraft.Field.LONGITUDE, PlaceDraft.Field.SOURCE,
                    PlaceDraft.Field.LICENCE, PlaceDraft.Field.COUNTRY);
            assertThat(e.problems()).contains("The latitude lies between -90 and 90 degrees.",
                    "The longitude lies between -180 and 180 degrees.", "\"XYZ\" is not a known state.");
        });
        assertThat(placeCount()).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ADMIN)
    void a_second_place_of_the_same_name_in_the_same_country_is_refused_in_a_sentence() {
        var rajin = new PlaceDraft("rajin", PlaceKind.PORT, "PRK", List.of(), new BigDecimal("42.2"), new BigDecimal("130.3"),
                "Matrix", "none");
        assertThatThrownBy(() -> places.create(rajin)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problemsWithFields()).containsExactly(PlaceDraft.Field.NAME
                    .problem("A place called \"rajin\" exists already in North Korea.")));
        var elsewhere = new PlaceDraft("Rajin", PlaceKind.PORT, "CHN", List.of(), new BigDecimal("42.2"), new BigDecimal("130.3"),
                "Matrix", "none");
        assertThat(places.create(elsewhere)).isPositive();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_may_not_add_a_place() {
        var before = placeCount();
        assertThatThrownBy(() -> places.create(bolshoyKamen())).isInstanceOf(AccessDeniedException.class);
        assertThat(placeCount()).isEqualTo(before);
    }

}
