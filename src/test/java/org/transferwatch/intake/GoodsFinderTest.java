package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoodsFinderTest {

    private static final GoodsFinder FINDER = new GoodsFinder();

    private static final StateFinder STATES = new StateFinder(MigrationAliases.aliases());

    private record Found(String item, String phrase, String kind, String category, String designation) {
    }

    private static List<Found> find(String text) {
        var tokens = Tokenizer.tokens(Tokenizer.normalise(text));
        return FINDER.find(tokens, STATES.find(tokens)).stream()
            .map(g -> new Found(StateFinder.joined(tokens, g.itemFirstToken(), g.lastToken()),
                    StateFinder.joined(tokens, g.firstToken(), g.lastToken()), g.entry().kind().dbValue(),
                    String.valueOf(g.entry().category()), String.valueOf(g.designation())))
            .toList();
    }

    @ParameterizedTest(name = "{0} are {1} {2}")
    @CsvSource({
            "artillery shells, arms, ML3", "munitions, arms, ML3", "ammunition, arms, ML3", "rockets, arms, ML4",
            "missiles, arms, ML4", "cruise missiles, arms, ML4", "air defence systems, arms, ML4", "drones, arms, ML10",
            "UAVs, arms, ML10", "fighter jets, arms, ML10", "helicopters, arms, ML10", "tanks, arms, ML6",
            "armoured vehicles, arms, ML6", "howitzers, arms, ML2", "assault rifles, arms, ML1", "warships, arms, ML9",
            "weapons, arms, null", "military equipment, arms, null", "coal, raw_material, HS27", "oil, raw_material, HS27",
            "refined petroleum products, raw_material, HS27", "iron ore, raw_material, HS26", "steel, raw_material, HS72",
            "raw materials, raw_material, null", "microelectronics, dual_use, HS85", "machine tools, dual_use, HS84",
            "ball bearings, dual_use, HS84", "trucks, dual_use, HS87" })
    void maps_goods_to_their_kind_and_category(String goods, String kind, String category) {
        assertThat(find("They sent " + goods + " last year."))
            .singleElement()
            .satisfies(found -> {
                assertThat(found.phrase()).isEqualTo(goods);
                assertThat(found.kind()).isEqualTo(kind);
                assertThat(found.category()).isEqualTo(category);
            });
    }

    @Test
    void words_that_only_look_like_goods_are_not_goods() {
        assertThat(find("A think tank said shell companies, arms control, drone strikes, oil prices and a round of talks"
                + " could lead to coal mines."))
            .isEmpty();
    }

    @Test
    void a_round_is_ammunition_only_after_a_number() {
        assertThat(find("9 million rounds")).extracting(Found::phrase).containsExactly("rounds");
    }

    @Test
    void the_item_takes_in_its_modifiers_and_designation() {
        assertThat(find("millions of infantry artillery shells, hundreds of Shahed-136 attack drones and Soviet-era T-72 tanks"))
            .extracting(Found::item, Found::designation)
            .containsExactly(Tuple.tuple("infantry artillery shells", "null"),
                    Tuple.tuple("Shahed-136 attack drones", "Shahed-136"),
                    Tuple.tuple("Soviet-era T-72 tanks", "T-72"));
    }

    @Test
    void a_demonym_before_goods_is_not_part_of_the_item() {
        assertThat(find("North Korean KN-23 ballistic missiles and Iranian-made drones"))
            .extracting(Found::item)
            .containsExactly("KN-23 ballistic missiles", "drones");
    }

    @Test
    void well_known_systems_count_as_goods_by_their_designation_alone() {
        assertThat(find("a batch of S-400 systems, six F-16s and more HIMARS"))
            .extracting(Found::item, Found::category)
            .containsExactly(Tuple.tuple("S-400 systems", "ML4"),
                    Tuple.tuple("F-16s", "ML10"),
                    Tuple.tuple("HIMARS", "ML2"));
    }

}
