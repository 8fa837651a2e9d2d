package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.TransferKind;

/**
 * The goods the assistant knows, by the words reports use, each with its kind and category: the
 * EU Common Military List entry for arms (artillery shells ML3, missiles ML4, drones ML10, ...), the HS
 * chapter for raw materials and dual-use goods (coal and oil HS27, iron ore HS26, machine tools HS84,
 * microelectronics HS85). Generic words ("weapons", "military equipment") are arms without a category;
 * "raw materials" is a raw material without one. Every phrase also matches its plural.
 */
final class Goods {

    /** One phrase of the lexicon. */
    record Entry(List<String> tokens, TransferKind kind, @Nullable String category, boolean generic,
            boolean needsQuantity) {

        String phrase() {
            return String.join(" ", tokens);
        }

    }

    /**
     * "CATEGORY kind: phrase; phrase; ...". A phrase marked "*" is generic (no category); "!" counts
     * only after a number ("9 million rounds", never "a round of talks").
     */
    private static final String LEXICON = """
            ML3 arms: ammunition; munition; artillery ammunition; artillery munition; artillery shell; shell; tank shell; \
            mortar shell; mortar round; mortar bomb; artillery round; !round; cartridge; bullet; projectile; ammo; fuze
            ML4 arms: rocket; missile; ballistic missile; cruise missile; guided missile; anti-tank missile; anti-ship missile; \
            surface-to-surface missile; surface-to-air missile; air-to-air missile; air-to-surface missile; missile system; \
            missile component; missile part; air defence system; air defense system; air-defence system; air-defense system; \
            air defence missile; air defense missile; air defence vehicle; air defense vehicle; \
            air-defence vehicle; air-defense vehicle; air defence complex; air defense complex; missile defence system; missile defense system; bomb; glide bomb; \
            guided bomb; aerial bomb; grenade; landmine; anti-tank mine; anti-personnel mine; torpedo; warhead; loitering munition
            ML10 arms: drone; attack drone; kamikaze drone; combat drone; military drone; suicide drone; UAV; \
            unmanned aerial vehicle; unmanned aircraft; fighter jet; jet fighter; fighter aircraft; combat aircraft; \
            military aircraft; aircraft; jet; warplane; bomber; helicopter; attack helicopter; military helicopter; trainer jet; \
            combat trainer; trainer aircraft; aero-engine; aircraft engine
            ML6 arms: tank; battle tank; main battle tank; armoured vehicle; armored vehicle; armoured personnel carrier; \
            armored personnel carrier; APC; infantry fighting vehicle; IFV; combat vehicle; military vehicle; military truck; armoured car; armored car
            ML2 arms: howitzer; self-propelled howitzer; artillery; artillery system; artillery piece; artillery gun; field gun; \
            multiple rocket launcher; multiple launch rocket system; rocket launcher; MLRS; mortar; self-propelled gun; cannon; \
            anti-aircraft gun; recoilless rifle
            ML1 arms: rifle; assault rifle; sniper rifle; machine gun; small arms; pistol; firearm; light weapon; Kalashnikov
            ML9 arms: warship; frigate; corvette; submarine; patrol boat; naval vessel; landing ship; aircraft carrier
            ML5 arms: radar; radar system; fire control system; fire-control system; targeting system; surveillance radar
            ML11 arms: electronic warfare system; jammer; jamming equipment; military satellite
            ML13 arms: body armour; body armor; military helmet; bulletproof vest
            ML15 arms: night-vision device; night-vision goggle; night vision goggle; thermal imager; thermal sight
            ML8 arms: explosive; propellant; gunpowder; TNT; RDX; nitrocellulose
            ML22 arms: military technology; weapons technology; missile technology
            - arms: *weapon; *arms; *weaponry; *military equipment; *military hardware; *military aid; *lethal aid; \
            *defence equipment; *defense equipment; *military supplies; *military goods; *military cargo; *war materiel; \
            *materiel; *lethal weapon
            HS27 raw_material: coal; anthracite; coking coal; thermal coal; oil; crude oil; petroleum; refined petroleum; \
            refined petroleum product; petroleum product; oil product; diesel; diesel fuel; gasoline; petrol; jet fuel; fuel; \
            natural gas; liquefied natural gas; LNG; condensate; gas condensate; kerosene; fuel oil; heavy fuel oil; naphtha; \
            liquefied petroleum gas; LPG
            HS26 raw_material: iron ore; ore; copper ore; zinc ore; lead ore; nickel ore; titanium ore; rare earth ore; \
            iron ore concentrate; ore concentrate
            HS72 raw_material: steel; pig iron; iron; scrap metal; scrap iron; steel product; ferroalloy; ferro-alloy
            HS74 raw_material: copper
            HS75 raw_material: nickel
            HS76 raw_material: aluminium; aluminum
            HS79 raw_material: zinc
            HS81 raw_material: titanium; tungsten; molybdenum; vanadium; magnesium; cobalt; tantalum
            HS71 raw_material: gold; silver; platinum; diamond; precious metal
            HS44 raw_material: timber; sawn timber; wood; lumber
            HS25 raw_material: cement; sand; gravel
            - raw_material: *raw material; *rare earth; *rare earth element; *rare earth metal; *mineral; *metal; *uranium
            HS85 dual_use: microelectronics; electronics; electronic component; electronic part; semiconductor; microchip; \
            chip; computer chip; integrated circuit; microcircuit; transistor; capacitor; processor; microprocessor; \
            radio equipment; telecommunications equipment; communications equipment; electronic equipment; navigation module; \
            GNSS receiver
            HS84 dual_use: machine tool; CNC machine; CNC machine tool; machining centre; machining center; lathe; \
            milling machine; ball bearing; bearings; industrial machinery; machinery; engine; drone engine; turbine; \
            industrial equipment
            HS87 dual_use: truck; lorry; tractor; vehicle part; off-road vehicle
            HS88 dual_use: aircraft part; aircraft component; civilian aircraft; drone component; drone part
            HS89 dual_use: vessel; cargo ship; oil tanker; tanker
            - dual_use: *dual-use good; *dual-use item; *dual-use technology; *dual-use component; *dual-use equipment
            """;

    /** After these words the phrase means something else ("think tank", "fuel tank", "search engine"). */
    private static final Map<String, Set<String>> NOT_AFTER = Map.of(
            "tank", Set.of("think", "fuel", "oil", "water", "storage", "septic", "gas", "fish"),
            "engine", Set.of("search", "steam"),
            "vessel", Set.of("blood"),
            "iron", Set.of("scrap"));

    /** Before these words the phrase names an activity or an industry, not goods ("arms control", "oil prices"). */
    private static final Map<String, Set<String>> NOT_BEFORE = Map.ofEntries(
            Map.entry("arms", Set.of("control", "race", "embargo", "embargoes", "industry", "dealer", "dealers", "fair",
                    "fairs", "length", "limitation", "reduction")),
            Map.entry("weapon", Set.of("program", "programme", "programs", "programmes", "inspector", "inspectors", "test",
                    "tests", "site", "sites", "grade")),
            Map.entry("missile", Set.of("test", "tests", "launch", "launches", "program", "programme", "programs",
                    "site", "sites", "strike", "strikes", "attack", "attacks", "fire", "alert", "alerts", "crisis")),
            Map.entry("rocket", Set.of("test", "tests", "launch", "launches", "attack", "attacks", "fire", "strike",
                    "strikes", "science", "scientist")),
            Map.entry("drone", Set.of("strike", "strikes", "attack", "attacks", "footage", "operator", "operators", "pilot",
                    "pilots", "war", "warfare")),
            Map.entry("shell", Set.of("company", "companies", "firm", "firms", "corporation", "corporations")),
            Map.entry("oil", Set.of("price", "prices", "cap", "company", "companies", "field", "fields", "revenue",
                    "revenues", "market", "markets", "major", "majors", "refinery", "refineries", "industry", "sector",
                    "money", "income", "well", "wells", "producer", "producers", "output", "production", "embargo", "spill")),
            Map.entry("coal", Set.of("mine", "mines", "mining", "plant", "plants", "industry", "price", "prices", "miner",
                    "miners")),
            Map.entry("gold", Set.of("medal", "medals", "standard")),
            Map.entry("steel", Set.of("mill", "mills", "plant", "plants", "industry", "maker", "makers", "worker",
                    "workers")),
            Map.entry("iron", Set.of("fist", "curtain", "will", "dome")),
            Map.entry("fuel", Set.of("price", "prices", "tank", "tanks", "shortage", "shortages", "station", "stations")),
            Map.entry("artillery", Set.of("fire", "barrage", "barrages", "shelling", "strike", "strikes", "duel", "duels",
                    "unit", "units", "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "position",
                    "positions", "attack", "attacks")),
            Map.entry("aircraft", Set.of("carrier", "carriers")),
            Map.entry("tank", Set.of("crew", "crews", "battle", "battles", "unit", "units", "brigade", "brigades", "car",
                    "cars", "wagon", "wagons")),
            // "ore cars", "tank cars": railcars that carry goods, not the goods.
            Map.entry("ore", Set.of("car", "cars", "wagon", "wagons")),
            Map.entry("chip", Set.of("maker", "makers", "industry")),
            Map.entry("electronics", Set.of("maker", "makers", "industry", "company", "companies", "giant")));

    static final List<Entry> ENTRIES = parse();

    /**
     * Designations of well-known systems, which reports use on their own ("S-400 systems", "F-16s",
     * "HIMARS"), with their category.
     */
    private static final List<Map.Entry<Pattern, String>> DESIGNATIONS = List.of(
            designation("S-[345]00.*|Pantsir.*|Tor-M.*|Buk-M.*|Iskander.*|Kinzhal.*|Kalibr.*|KN-\\d+.*|Hwasong-.*|"
                    + "Fath-\\d+.*|Zolfaghar.*|Kh-\\d+.*|Tochka.*|Patriot|NASAMS|IRIS-T.*|ATACMS", "ML4"),
            designation("Shahed-\\d+.*|Shaheds?|Geran-\\d+.*|Mohajer-\\d+.*|Orlan-\\d+.*|Lancet.*|Bayraktars?|"
                    + "Su-\\d+.*|MiG-\\d+.*|Yak-\\d+.*|F-\\d+.*|Mi-\\d+.*|Ka-\\d+.*|Tu-\\d+.*|Il-\\d+.*|J-\\d+.*", "ML10"),
            designation("T-\\d+.*|BMP-\\d+.*|BTR-\\d+.*|Leopards?|Abrams|M1A\\d.*", "ML6"),
            designation("HIMARS|M777s?|BM-\\d+.*|Grads?|Smerch|Uragan|Caesars?", "ML2"));

    /** Words that follow a designation as its head ("S-400 systems", "Pantsir complexes"). */
    static final Set<String> DESIGNATION_HEADS = Set.of("system", "systems", "complex", "complexes", "unit", "units",
            "battery", "batteries", "launcher", "launchers");

    private static Map.Entry<Pattern, String> designation(String regex, String category) {
        return Map.entry(Pattern.compile(regex), category);
    }

    /** The category of a known system's designation, or null. */
    static @Nullable Entry designated(String designation) {
        for (var known : DESIGNATIONS) {
            if (known.getKey().matcher(designation).matches()) {
                return new Entry(List.of(), TransferKind.ARMS, known.getValue(), false, false);
            }
        }
        return null;
    }

    private Goods() {
    }

    private static List<Entry> parse() {
        var entries = new ArrayList<Entry>();
        for (var line : LEXICON.strip().split("\n")) {
            var colon = line.indexOf(':');
            var head = line.substring(0, colon).strip().split(" ");
            var category = head[0].equals("-") ? null : head[0];
            var kind = TransferKind.valueOf(head[1].toUpperCase(Locale.ROOT));
            for (var raw : line.substring(colon + 1).split(";")) {
                var phrase = raw.strip();
                var generic = phrase.startsWith("*");
                var needsQuantity = phrase.startsWith("!");
                phrase = phrase.replaceFirst("^[*!]", "");
                var tokens = Tokenizer.tokens(phrase).stream().map(Token::lower).toList();
                entries.add(new Entry(tokens, kind, category, generic, needsQuantity));
                var plural = new ArrayList<>(tokens);
                plural.set(plural.size() - 1, plural(tokens.getLast()));
                if (!plural.equals(tokens)) {
                    entries.add(new Entry(List.copyOf(plural), kind, category, generic, needsQuantity));
                }
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The entries for a keyword staff gave a category: the phrase and its plural, of the category's kind. A
     * keyword of no words (punctuation only) gives none.
     */
    static List<Entry> keyword(String phrase, String categoryCode, TransferKind kind) {
        var tokens = Tokenizer.tokens(phrase).stream().map(Token::lower).toList();
        if (tokens.isEmpty()) {
            return List.of();
        }
        var entries = new ArrayList<Entry>();
        entries.add(new Entry(tokens, kind, categoryCode, false, false));
        var plural = new ArrayList<>(tokens);
        plural.set(plural.size() - 1, plural(tokens.getLast()));
        if (!plural.equals(tokens)) {
            entries.add(new Entry(List.copyOf(plural), kind, categoryCode, false, false));
        }
        return entries;
    }

    static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("ry") && word.equals("weaponry") || word.equals("ammunition")
                || word.equals("materiel") || word.equals("machinery") || word.equals("microelectronics")
                || word.equals("electronics")) {
            return word;
        }
        if (word.endsWith("y") && word.length() > 2 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    /** The singular a phrase's last word has in the lexicon, to look up exclusions. */
    static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.equals("arms") && !word.equals("bearings")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static boolean excluded(String lastWord, @Nullable Token before, @Nullable Token after) {
        var key = singular(lastWord);
        var notAfter = NOT_AFTER.get(key);
        if (notAfter != null && before != null && notAfter.contains(before.lower())) {
            return true;
        }
        var notBefore = NOT_BEFORE.get(key);
        return notBefore != null && after != null && notBefore.contains(after.lower());
    }

}
