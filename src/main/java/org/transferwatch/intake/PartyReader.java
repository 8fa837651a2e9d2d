package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ImoNumbers;
import org.transferwatch.intake.CompanyFinder.CompanyMention;
import org.transferwatch.intake.VesselFinder.ImoMention;
import org.transferwatch.intake.VesselFinder.VesselMention;
import org.transferwatch.party.PartyKind;

/**
 * The parties one sentence names: each vessel as the carrier, each company with the part its name or the words
 * before it give ("operated by", "a shipping company"), and the IMO numbers given with them: a ship number for
 * the vessel before it when its check digit is right, a company number for the company it follows.
 */
final class PartyReader {

    private static final Map<String, ProposedRole> CONTEXT_ROLES = Map.ofEntries(
            Map.entry("operated", ProposedRole.SHIPPER), Map.entry("owned", ProposedRole.SHIPPER),
            Map.entry("managed", ProposedRole.SHIPPER), Map.entry("chartered", ProposedRole.SHIPPER),
            Map.entry("operator", ProposedRole.SHIPPER), Map.entry("owner", ProposedRole.SHIPPER),
            Map.entry("made", ProposedRole.MANUFACTURER), Map.entry("manufactured", ProposedRole.MANUFACTURER),
            Map.entry("produced", ProposedRole.MANUFACTURER), Map.entry("manufacturer", ProposedRole.MANUFACTURER),
            Map.entry("sold", ProposedRole.SELLER), Map.entry("seller", ProposedRole.SELLER),
            Map.entry("brokered", ProposedRole.BROKER), Map.entry("broker", ProposedRole.BROKER),
            Map.entry("intermediary", ProposedRole.BROKER), Map.entry("front", ProposedRole.BROKER),
            Map.entry("bought", ProposedRole.CONSIGNEE), Map.entry("purchased", ProposedRole.CONSIGNEE),
            Map.entry("consignee", ProposedRole.CONSIGNEE), Map.entry("consigned", ProposedRole.CONSIGNEE),
            Map.entry("buyer", ProposedRole.CONSIGNEE), Map.entry("financed", ProposedRole.FINANCIER),
            Map.entry("paid", ProposedRole.FINANCIER), Map.entry("funded", ProposedRole.FINANCIER));

    private static final Map<String, ProposedRole> NAME_ROLES = Map.ofEntries(
            Map.entry("shipping", ProposedRole.SHIPPER), Map.entry("shpg", ProposedRole.SHIPPER),
            Map.entry("maritime", ProposedRole.SHIPPER), Map.entry("marine", ProposedRole.SHIPPER),
            Map.entry("navigation", ProposedRole.SHIPPER), Map.entry("logistics", ProposedRole.SHIPPER),
            Map.entry("freight", ProposedRole.SHIPPER), Map.entry("transport", ProposedRole.SHIPPER),
            Map.entry("lines", ProposedRole.SHIPPER), Map.entry("tanker", ProposedRole.SHIPPER),
            Map.entry("bank", ProposedRole.FINANCIER), Map.entry("trading", ProposedRole.BROKER),
            Map.entry("trade", ProposedRole.BROKER), Map.entry("commercial", ProposedRole.BROKER),
            Map.entry("industries", ProposedRole.MANUFACTURER), Map.entry("industry", ProposedRole.MANUFACTURER),
            Map.entry("machinery", ProposedRole.MANUFACTURER), Map.entry("munitions", ProposedRole.MANUFACTURER),
            Map.entry("factory", ProposedRole.MANUFACTURER), Map.entry("plant", ProposedRole.MANUFACTURER),
            Map.entry("works", ProposedRole.MANUFACTURER), Map.entry("manufacturing", ProposedRole.MANUFACTURER));

    /** Between a cue word and the company, only these may stand ("operated by the", "a front for"). */
    private static final Set<String> BRIDGE = Set.of("by", "the", "a", "an", "for", "to", "of", "its", "as", "is", "was",
            "were", "company", "firm");

    private final List<Token> tokens;

    PartyReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The sentence's parties in the order they are named, and what was read of IMO numbers it could not use. */
    record Read(List<ProposedParty> parties, List<String> notes) {
    }

    Read read(String text, Excerpt sentence, List<VesselMention> vessels, List<CompanyMention> companies,
            List<ImoMention> imos) {
        var vesselImo = new HashMap<VesselMention, String>();
        var companyImo = new HashMap<CompanyMention, String>();
        var notes = new ArrayList<String>();
        var bare = new ArrayList<ImoMention>();
        for (var imo : imos) {
            var company = companies.stream().filter(c -> c.lastToken() < imo.token() && imo.token() - c.lastToken() <= 4)
                .reduce((a, b) -> b).orElse(null);
            var vessel = vessels.stream().filter(v -> v.lastToken() < imo.token() && imo.token() - v.lastToken() <= 8)
                .reduce((a, b) -> b).orElse(null);
            if (company != null && (vessel == null || company.lastToken() > vessel.lastToken())) {
                companyImo.putIfAbsent(company, imo.digits());
            }
            else if (!ImoNumbers.isShipNumber(imo.digits())) {
                notes.add("IMO " + imo.digits() + " is not a valid ship number (its check digit is wrong): not taken");
            }
            else if (vessel != null) {
                vesselImo.putIfAbsent(vessel, imo.digits());
            }
            else {
                bare.add(imo);
            }
        }
        var parties = new ArrayList<ProposedParty>();
        for (var vessel : vessels) {
            var imo = vesselImo.get(vessel);
            var flag = vessel.flag();
            var why = "named as the " + vessel.type() + " " + vessel.name() + "; a vessel carries the goods"
                    + (imo == null ? "" : "; IMO " + imo + ", its check digit right")
                    + (flag == null ? "" : "; flag " + flag.countryName() + ": \u201C" + flagWords(text, vessel) + "\u201D");
            parties.add(new ProposedParty(vessel.name(), PartyKind.VESSEL, ProposedRole.CARRIER, imo,
                    flag == null ? null : flag.countryCode(), flag == null ? null : flag.countryName(), sentence,
                    Excerpt.of(text, vessel.start(), vessel.end()), why));
        }
        for (var imo : bare) {
            var name = "IMO " + imo.digits();
            parties.add(new ProposedParty(name, PartyKind.VESSEL, ProposedRole.CARRIER, imo.digits(), null, null, sentence,
                    Excerpt.of(text, imo.start(), imo.end()), "a valid IMO ship number with no name given; a vessel "
                            + "carries the goods"));
        }
        for (var company : companies) {
            var role = role(company);
            var imo = companyImo.get(company);
            parties.add(new ProposedParty(company.name(), PartyKind.COMPANY, role == null ? null : role.role(), imo, null,
                    null, sentence, Excerpt.of(text, company.start(), company.end()),
                    "named with its legal form" + (role == null ? "; its part is not stated" : "; " + role.why())
                            + (imo == null ? "" : "; IMO company number " + imo)));
        }
        parties.sort(Comparator.comparingInt(party -> party.mention().start()));
        return new Read(parties, notes);
    }

    private record Role(ProposedRole role, String why) {
    }

    /** The words before the company first ("operated by"), then its name ("Shipping", "Trading", "Bank"). */
    private @Nullable Role role(CompanyMention company) {
        for (int k = company.firstToken() - 1; k >= Math.max(0, company.firstToken() - 5); k--) {
            var word = tokens.get(k).lower();
            var role = CONTEXT_ROLES.get(word);
            if (role != null) {
                return new Role(role, "\u201C" + tokens.get(k).text() + "\u201D: " + role.label().toLowerCase(Locale.ROOT));
            }
            if (!BRIDGE.contains(word)) {
                break;
            }
        }
        for (int k = company.firstToken(); k <= company.lastToken(); k++) {
            var role = NAME_ROLES.get(tokens.get(k).lower());
            if (role != null) {
                return new Role(role, "\u201C" + tokens.get(k).text() + "\u201D in its name: "
                        + role.label().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The words that give the vessel's flag: "Russian-flagged", "flagged in Sierra Leone", "flying the Togolese flag". */
    private String flagWords(String text, VesselMention vessel) {
        var flag = vessel.flag();
        if (flag == null) {
            return "";
        }
        int first = flag.firstToken() < vessel.firstToken() ? flag.firstToken() : vessel.lastToken() + 1;
        while (first < flag.firstToken() && !tokens.get(first).isWord()) {
            first++;
        }
        int last = flag.lastToken();
        if (last + 1 < tokens.size() && (tokens.get(last + 1).is("flag") || tokens.get(last + 1).is("-"))) {
            last = tokens.get(last + 1).is("-") ? Math.min(last + 2, tokens.size() - 1) : last + 1;
        }
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

}
