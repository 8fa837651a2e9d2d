package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/** "3 sources, 1 disputing, best B2": how much evidence a transfer has and how good the best of it is. */
public record EvidenceSummary(int sources, int disputing, @Nullable String bestGrade) {

    public String label() {
        if (sources == 0) {
            return "No sources";
        }
        var text = sources + (sources == 1 ? " source" : " sources");
        if (disputing > 0) {
            text += ", " + disputing + " disputing";
        }
        return bestGrade == null ? text : text + ", best " + bestGrade;
    }

}
