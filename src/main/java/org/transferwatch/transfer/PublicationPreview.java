package org.transferwatch.transfer;

import java.util.ArrayList;

/** What publishing a transfer makes visible to viewers and the API: the transfer and the parts that come with it. */
public record PublicationPreview(long transferId, String label, int claims, int confirmedSanctionsLinks, int parties,
        int shipments) {

    /** "Publishing makes #42 North Korea → Russia · shells visible to viewers and the API, with its 3 claims and 2 sanctions links." */
    public String sentence() {
        var parts = new ArrayList<String>();
        parts.add(count(claims, "claim"));
        parts.add(count(confirmedSanctionsLinks, "sanctions link"));
        if (parties > 0) {
            parts.add(count(parties, "party", "parties"));
        }
        if (shipments > 0) {
            parts.add(count(shipments, "shipment"));
        }
        var listed = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
        return "Publishing makes #" + transferId + " " + label + " visible to viewers and the API, with its " + listed + ".";
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

}
