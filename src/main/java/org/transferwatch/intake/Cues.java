package org.transferwatch.intake;

import java.util.List;
import java.util.Set;

/** The words the rules look for, in one place so that docs/intake.md and the tests can point at them. */
final class Cues {

    /** Verbs (every form) whose subject gives goods away: "X provided Y to Z". */
    static final Set<String> SUPPLY_VERBS = Set.of("provide", "provides", "provided", "providing", "supply", "supplies",
            "supplied", "supplying", "deliver", "delivers", "delivered", "delivering", "ship", "ships", "shipped",
            "shipping", "send", "sends", "sent", "sending", "sell", "sells", "sold", "selling", "export", "exports",
            "exported", "exporting", "transfer", "transfers", "transferred", "transferring", "give", "gives", "gave",
            "given", "giving", "hand", "hands", "handed", "handing", "smuggle", "smuggles", "smuggled", "smuggling",
            "transport", "transports", "transported", "transporting", "carry", "carries", "carried", "carrying",
            "dispatch", "dispatched", "dispatching", "donate", "donated", "donating", "funnel", "funnelled", "funneled",
            "furnish", "furnished", "re-export", "re-exported", "offer", "offered", "offering", "move", "moves", "moved",
            "moving");

    /** The lemmas of the same, for any form the part-of-speech model tags a verb ("furnishes", "re-exports"). */
    static final Set<String> SUPPLY_LEMMAS = Set.of("provide", "supply", "deliver", "ship", "send", "sell", "export",
            "transfer", "give", "hand", "smuggle", "transport", "carry", "dispatch", "donate", "funnel", "furnish",
            "re-export", "offer", "move");

    /** Nouns for the same: "the provision of X", "X's exports of Y to Z". */
    static final Set<String> SUPPLY_NOUNS = Set.of("provision", "supply", "supplies", "delivery", "deliveries",
            "shipment", "shipments", "sale", "sales", "export", "exports", "transfer", "transfers", "consignment",
            "consignments", "donation", "donations");

    /** Verbs whose subject takes goods in: "Z received Y from X". */
    static final Set<String> RECEIVE_VERBS = Set.of("receive", "receives", "received", "receiving", "obtain", "obtains",
            "obtained", "obtaining", "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
            "purchase", "purchases", "purchased", "purchasing", "import", "imports", "imported", "importing", "procure",
            "procures", "procured", "procuring", "got");

    static final Set<String> RECEIVE_LEMMAS = Set.of("receive", "obtain", "acquire", "buy", "purchase", "import",
            "procure");

    static final Set<String> RECEIVE_NOUNS = Set.of("receipt", "acquisition", "acquisitions", "purchase", "purchases",
            "import", "imports", "procurement", "order", "orders");

    /** Verbs whose subject has the goods to use: "Russian forces fired North Korean missiles". */
    static final Set<String> USE_VERBS = Set.of("use", "uses", "used", "using", "fire", "fires", "fired", "firing",
            "launch", "launches", "launched", "launching", "deploy", "deploys", "deployed", "deploying", "employ",
            "employed", "employing");

    static final Set<String> USE_LEMMAS = Set.of("use", "fire", "launch", "deploy", "employ");

    /** "Russia took delivery of ...": these before "delivery" make a verb of receiving. */
    static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");

    /** Past forms that are not "-ed". */
    static final Set<String> IRREGULAR_PAST = Set.of("sent", "sold", "gave", "given", "bought", "got", "gotten", "took",
            "taken");

    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "its", "their", "his", "her", "these", "those",
            "this", "that", "any", "further", "more", "new", "first", "regular", "'s", "arms", "weapons", "military",
            "oil", "coal", "drone", "missile", "ammunition", "illicit", "illegal", "covert", "planned", "alleged",
            "reported", "recent", "large", "major");

    /** Between goods or a transfer verb and "to X", these words mean the "to" is about something else. */
    static final Set<String> BLOCKERS = Set.of("trip", "trips", "visit", "visits", "visited", "visiting", "travel",
            "travels", "traveled", "travelled", "traveling", "travelling", "went", "flew", "came", "come", "returned",
            "return", "delegation", "delegations", "envoy", "envoys", "ambassador", "flight", "flights", "journey",
            "threat", "threats", "invasion", "sanctions", "access", "due", "according", "prior", "close", "next",
            "similar", "compared", "relation", "relations", "ties", "talked", "spoke", "said", "told", "added");

    /** Preceding a state, these make it a place or a topic, not a party ("in Ukraine", "against Ukraine"). */
    static final Set<String> OTHER_PREPOSITIONS = Set.of("in", "against", "on", "at", "near", "over", "across", "inside",
            "within", "throughout", "about", "between", "with", "among", "via", "through", "toward", "towards", "of",
            "and", "or", "than", "like", "including", "around", "outside", "beyond", "under", "after", "before", "as");

    static final Set<String> DETERMINERS = Set.of("the", "its", "their", "a", "an");

    static final Set<String> DENIAL = Set.of("denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismiss",
            "dismissing", "rejected", "rejects", "reject", "rejecting", "refuted", "refutes", "refute", "repudiated",
            "baseless", "groundless", "unfounded", "fabrication", "fabrications", "fabricated");

    static final Set<String> NEGATIONS = Set.of("not", "never", "no");

    static final Set<String> NEGOTIATION = Set.of("negotiate", "negotiates", "negotiating", "negotiation",
            "negotiations", "talks", "discuss", "discusses", "discussing", "discussion", "discussions", "bargaining",
            "haggling");

    /** Two-word cues: "potential deals" are deals still being negotiated. */
    static final List<List<String>> NEGOTIATION_PHRASES = List.of(List.of("potential", "deal"),
            List.of("potential", "deals"), List.of("possible", "deal"), List.of("possible", "deals"),
            List.of("potential", "arms", "deal"), List.of("potential", "arms", "deals"), List.of("proposed", "deal"),
            List.of("proposed", "sale"), List.of("in", "talks"));

    /** Hedged: the transfer is possible, not reported as done or decided. */
    static final Set<String> MODALS = Set.of("may", "might", "could", "would", "can", "potential", "potentially",
            "possibly", "possible", "consider", "considers", "considering", "seek", "seeks", "seeking", "sought", "plan",
            "plans", "planned", "planning", "intend", "intends", "intended", "expected", "likely", "attempt",
            "attempts", "attempting", "attempted", "try", "tries", "trying", "tried", "want", "wants", "wanted", "hope",
            "hopes", "fear", "fears", "feared", "suspected", "unlikely");

    /** Modals that report a transfer to come rather than one that may or may not happen. */
    static final Set<String> FORECASTS = Set.of("expected", "likely");

    /** Decided: a deal signed or approved, or a delivery announced without a hedge ("Russia will deliver"). */
    static final Set<String> AGREED = Set.of("agreed", "agree", "agrees", "signed", "ordered", "contracted",
            "concluded", "approved", "approves", "approve", "authorised", "authorized", "cleared", "will", "shall");

    static final List<List<String>> AGREED_PHRASES = List.of(List.of("reached", "a", "deal"),
            List.of("struck", "a", "deal"), List.of("reached", "an", "agreement"), List.of("signed", "a", "contract"),
            List.of("set", "to"), List.of("scheduled", "to"));

    /** "talks with X", "a deal with X": X is the other party of the transfer. */
    static final Set<String> DEALINGS = Set.of("talks", "talk", "negotiations", "negotiation", "negotiating",
            "negotiate", "deal", "deals", "agreement", "agreements", "contract", "contracts", "discussions");

    /** Goods after these are targets, not what moves ("fired missiles at commercial vessels"). */
    static final Set<String> TARGET_PREPOSITIONS = Set.of("at", "against");

    /** A sentence's appositive that reports a reaction to the claim before it (", a charge Beijing rejected"). */
    static final Set<String> CLAIM_NOUNS = Set.of("charge", "charges", "claim", "claims", "accusation", "accusations",
            "allegation", "allegations", "report", "reports", "assertion");

    static final Set<String> ONGOING = Set.of("ongoing", "continue", "continues", "continued", "continuing", "begun",
            "began", "begin", "begins", "started", "starting", "intercepted", "seized", "impounded", "confiscated",
            "transit");

    static final List<List<String>> ONGOING_PHRASES = List.of(List.of("stepped", "up"), List.of("stepping", "up"),
            List.of("step", "up"), List.of("en", "route"), List.of("on", "its", "way"), List.of("on", "their", "way"));

    static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "several", "many", "dozens", "numerous", "various");

    /** "made in X": X is the maker, so the supplier of goods another state used. */
    static final Set<String> MADE = Set.of("made", "produced", "manufactured", "built", "assembled");

    /** "to support Russia's war": what the goods serve. */
    static final Set<String> WAR_WORDS = Set.of("war", "invasion", "army", "armed", "forces", "military", "troops",
            "offensive", "aggression", "campaign", "defence", "defense", "industry");

    static final Set<String> SUPPORT_WORDS = Set.of("support", "supporting", "supports", "sustain", "sustaining", "fuel",
            "fuelling", "fueling", "aid", "help", "helping", "bolster", "bolstering", "replenish", "for");

    /** Before a port or crossing: its state sends the goods ("loaded at Rajin", "from Nampo"). */
    static final Set<String> PLACE_LOADING = Set.of("loaded", "loading", "left", "departed", "departing", "sailed",
            "from", "exported", "embarked");

    /** Before a port or crossing: its state gets the goods ("unloaded at Dunai", "arrived in Vostochny"). */
    static final Set<String> PLACE_ARRIVAL = Set.of("unloaded", "unloading", "offloaded", "offloading", "discharged",
            "discharging", "arrived", "arriving", "arrive", "arrives", "docked", "docking", "berthed", "reached", "to",
            "into", "landed");

    /** Words between those and the place ("at the port of", "in the Russian port of"). */
    static final Set<String> PLACE_FILLERS = Set.of("at", "in", "the", "port", "of", "station", "terminal", "harbour",
            "harbor", "a", "russian", "iranian", "north", "korean");

    /** A past verb of a cargo's arrival: the goods got there. */
    static final Set<String> ARRIVED = Set.of("unloaded", "offloaded", "discharged", "arrived", "docked");

    /** Words before "for X" that make X the goods' destination, not just any beneficiary. */
    static final Set<String> EXCHANGE_STARTS = Set.of("exchange", "return", "payment");

    private Cues() {
    }

    /** A verb of supply by its form, or by its lemma when the model tags it a verb. */
    static boolean supplies(Token token) {
        return SUPPLY_VERBS.contains(token.lower()) || token.verbal() && SUPPLY_LEMMAS.contains(token.lemma());
    }

    static boolean receives(Token token) {
        return RECEIVE_VERBS.contains(token.lower()) || token.verbal() && RECEIVE_LEMMAS.contains(token.lemma());
    }

    static boolean uses(Token token) {
        return USE_VERBS.contains(token.lower()) || token.verbal() && USE_LEMMAS.contains(token.lemma());
    }

    static boolean isTrigger(Token token) {
        return isTrigger(token.lower()) || supplies(token) || receives(token) || uses(token);
    }

    static boolean isTrigger(String lower) {
        return SUPPLY_VERBS.contains(lower) || RECEIVE_VERBS.contains(lower) || USE_VERBS.contains(lower)
                || SUPPLY_NOUNS.contains(lower) || RECEIVE_NOUNS.contains(lower);
    }

    static boolean isPast(String lower) {
        return lower.endsWith("ed") || IRREGULAR_PAST.contains(lower);
    }

}
