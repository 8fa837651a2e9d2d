package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.CompanyFinder.CompanyMention;
import org.transferwatch.intake.VesselFinder.ImoMention;
import org.transferwatch.intake.VesselFinder.VesselMention;
import org.transferwatch.transfer.Period;

/**
 * Gives each proposal the parties and shipments of its sentences: the sentence it is quoted from, the others
 * that mention it, and a sentence that names vessels, places or companies but no transfer of its own when it
 * stands next to one of them ("North Korea shipped shells to Russia. The Russian-flagged cargo ship Angara
 * loaded them at Rajin …"). A sentence that only denies gives none. Each party and shipment keeps the sentence
 * it was read from.
 */
final class TransportReader {

    /** How many sentences away a sentence of its own may be to give its vessels and places to a proposal. */
    static final int NEAR = 2;

    private final String text;

    private final List<Token> tokens;

    private final List<PlaceMention> places;

    private final List<VesselMention> vessels;

    private final List<ImoMention> imos;

    private final List<CompanyMention> companies;

    private final List<TimeMention> times;

    private final PartyReader partyReader;

    private final ShipmentReader shipmentReader;

    TransportReader(String text, List<Token> tokens, List<StateMention> states, PlaceFinder placeFinder,
            List<TimeMention> times) {
        this.text = text;
        this.tokens = tokens;
        this.places = placeFinder.find(tokens);
        var placeTokens = new HashSet<Integer>();
        places.forEach(p -> {
            for (int k = p.firstToken(); k <= p.lastToken(); k++) {
                placeTokens.add(k);
            }
        });
        var vesselFinder = new VesselFinder(text, tokens, states, placeTokens);
        this.vessels = vesselFinder.vessels();
        this.imos = vesselFinder.imoNumbers();
        this.companies = new CompanyFinder(text, tokens, states).companies().stream()
            .filter(c -> vessels.stream().noneMatch(v -> c.firstToken() <= v.lastToken() && v.firstToken() <= c.lastToken()))
            .toList();
        this.times = times;
        this.partyReader = new PartyReader(tokens);
        this.shipmentReader = new ShipmentReader(tokens);
    }

    /** The places of the gazetteer the text names, in order. */
    List<PlaceMention> places() {
        return places;
    }

    /**
     * The goods that are not the words of a named vessel or company: "the cargo ship Angara" carries the goods and
     * "Kalashnikov JSC" is a party; neither is what was transferred.
     */
    List<GoodsMention> withoutCarriers(List<GoodsMention> goods) {
        return goods.stream()
            .filter(g -> vessels.stream().noneMatch(v -> g.itemFirstToken() <= v.lastToken() && v.phraseFirst() <= g.lastToken()))
            .filter(g -> companies.stream().noneMatch(c -> g.itemFirstToken() <= c.lastToken() && c.firstToken() <= g.lastToken()))
            .toList();
    }

    /** What one sentence says of parties and a shipment. */
    private record SentenceTransport(PartyReader.Read parties, ShipmentReader.@Nullable Read shipment) {

        boolean isEmpty() {
            return parties.parties().isEmpty() && shipment == null && parties.notes().isEmpty();
        }

    }

    /** The proposals with the parties and shipments of their sentences. */
    List<Proposal> attach(List<Excerpt> sentences, int[] from, int[] to, List<Proposal> proposals) {
        var index = new LinkedHashMap<Integer, Integer>();
        for (int s = 0; s < sentences.size(); s++) {
            index.put(sentences.get(s).start(), s);
        }
        var own = new ArrayList<TreeSet<Integer>>();
        var claimed = new TreeSet<Integer>();
        var denied = new TreeSet<Integer>();
        for (var proposal : proposals) {
            var sentencesOf = new TreeSet<Integer>();
            add(sentencesOf, index, proposal.claim());
            proposal.alsoIn().forEach(excerpt -> add(sentencesOf, index, excerpt));
            proposal.denials().forEach(excerpt -> add(denied, index, excerpt));
            own.add(sentencesOf);
            claimed.addAll(sentencesOf);
        }
        var read = new LinkedHashMap<Integer, SentenceTransport>();
        var near = new LinkedHashMap<Integer, Boolean>();
        for (int s = 0; s < sentences.size(); s++) {
            if (denied.contains(s) && !claimed.contains(s)) {
                continue;
            }
            var transport = read(sentences.get(s), from[s], to[s]);
            if (transport.isEmpty()) {
                continue;
            }
            read.put(s, transport);
            near.put(s, !claimed.contains(s));
        }
        var result = new ArrayList<Proposal>();
        for (int p = 0; p < proposals.size(); p++) {
            var proposal = proposals.get(p);
            var mine = new TreeSet<Integer>();
            for (var s : read.keySet()) {
                if (own.get(p).contains(s) || near.get(s) && own.get(p).contains(nearestClaimed(claimed, s))) {
                    mine.add(s);
                }
            }
            result.add(withTransport(proposal, mine, read, near));
        }
        return List.copyOf(result);
    }

    private static void add(TreeSet<Integer> into, Map<Integer, Integer> index, Excerpt excerpt) {
        var s = index.get(excerpt.start());
        if (s != null) {
            into.add(s);
        }
    }

    /** The claimed sentence a sentence of its own gives its transport to: the nearest before it, else after. */
    private static int nearestClaimed(TreeSet<Integer> claimed, int s) {
        var before = claimed.lower(s);
        if (before != null && s - before <= NEAR) {
            return before;
        }
        var after = claimed.higher(s);
        return after != null && after - s <= NEAR ? after : -1;
    }

    private SentenceTransport read(Excerpt sentence, int from, int to) {
        var sentencePlaces = places.stream().filter(p -> p.firstToken() >= from && p.lastToken() < to).toList();
        var sentenceVessels = vessels.stream().filter(v -> v.firstToken() >= from && v.lastToken() < to).toList();
        var sentenceCompanies = companies.stream().filter(c -> c.firstToken() >= from && c.lastToken() < to).toList();
        var sentenceImos = imos.stream().filter(i -> i.token() >= from && i.token() < to).toList();
        var parties = partyReader.read(text, sentence, sentenceVessels, sentenceCompanies, sentenceImos);
        var shipment = shipmentReader.read(sentence, from, to, sentencePlaces, sentenceVessels, period(from, to));
        return new SentenceTransport(parties, shipment);
    }

    /** When the sentence says the goods moved, not when it was reported. */
    private @Nullable Period period(int from, int to) {
        if (from >= to) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return times.stream().filter(t -> !t.reporting() && t.start() >= start && t.end() <= end).map(TimeMention::period)
            .findFirst().orElse(null);
    }

    private static Proposal withTransport(Proposal proposal, TreeSet<Integer> sentences, Map<Integer, SentenceTransport> read,
            Map<Integer, Boolean> near) {
        var parties = new LinkedHashMap<String, ProposedParty>();
        var shipments = new ArrayList<ProposedShipment>();
        var notes = new ArrayList<String>();
        for (var s : sentences) {
            var transport = read.get(s);
            var nearby = near.get(s);
            for (var party : transport.parties().parties()) {
                var found = nearby ? withWhy(party, party.why() + "; named in a sentence next to the claim") : party;
                parties.merge(party.kind() + " " + PlaceFinder.fold(party.name()), found, TransportReader::merged);
            }
            notes.addAll(transport.parties().notes());
            var shipment = transport.shipment();
            if (shipment != null) {
                var proposed = shipment.shipment(proposal.supplierCode(), proposal.recipientCode());
                if (nearby) {
                    var reasons = new ArrayList<>(proposed.reasons());
                    reasons.add("from a sentence next to the claim");
                    proposed = new ProposedShipment(proposed.mode(), proposed.loading(), proposed.discharge(),
                            proposed.crossing(), proposed.seaArea(), proposed.carrier(), proposed.receivingVessel(),
                            proposed.shipToShip(), proposed.period(), proposed.sentence(), reasons);
                }
                shipments.add(proposed);
            }
        }
        return proposal.withTransport(List.copyOf(parties.values()), shipments, notes);
    }

    /** The first mention of a party, with what a later one adds (its IMO number, its flag). */
    private static ProposedParty merged(ProposedParty first, ProposedParty later) {
        return new ProposedParty(first.name(), first.kind(), first.role() == null ? later.role() : first.role(),
                first.imoNumber() == null ? later.imoNumber() : first.imoNumber(),
                first.flagCode() == null ? later.flagCode() : first.flagCode(),
                first.flagName() == null ? later.flagName() : first.flagName(), first.sentence(), first.mention(),
                first.why());
    }

    private static ProposedParty withWhy(ProposedParty party, String why) {
        return new ProposedParty(party.name(), party.kind(), party.role(), party.imoNumber(), party.flagCode(),
                party.flagName(), party.sentence(), party.mention(), why);
    }

}
