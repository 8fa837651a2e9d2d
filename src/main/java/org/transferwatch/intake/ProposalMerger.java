package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.transferwatch.transfer.Stance;

/**
 * Merges the mentions of the same transfer (same pair and kind, same or a generic category, the same
 * stage: still to come or done, overlapping periods) into one numbered proposal, quoted from its most
 * specific sentence, with the other sentences that mention or deny it.
 */
final class ProposalMerger {

    private static final class Merged {

        RawProposal primary;

        final List<Excerpt> denials = new ArrayList<>();

        final List<Excerpt> alsoIn = new ArrayList<>();

        Merged(RawProposal raw) {
            primary = raw;
            denials.addAll(raw.denials());
        }

        boolean sameTransfer(RawProposal raw) {
            if (!primary.supplier().countryCode().equals(raw.supplier().countryCode())
                    || !primary.recipient().countryCode().equals(raw.recipient().countryCode())
                    || primary.kind() != raw.kind()) {
                return false;
            }
            if (!primary.generic() && !raw.generic() && !Objects.equals(primary.category(), raw.category())) {
                return false;
            }
            var a = primary.status().stage();
            var b = raw.status().stage();
            if (a != b && a != StatusReader.Stage.UNKNOWN && b != StatusReader.Stage.UNKNOWN) {
                return false;
            }
            var p = primary.period();
            var q = raw.period();
            return p == null || q == null || !p.end().isBefore(q.start()) && !q.end().isBefore(p.start());
        }

        void add(RawProposal raw) {
            denials.addAll(raw.denials());
            if (raw.status().denial()) {
                if (!primary.status().denial()) {
                    denials.add(raw.excerpt());
                    return;
                }
            }
            boolean better = primary.status().denial() && !raw.status().denial() || primary.generic() && !raw.generic();
            if (better) {
                (primary.status().denial() ? denials : alsoIn).add(primary.excerpt());
                primary = raw;
            }
            else if (!raw.excerpt().equals(primary.excerpt())) {
                alsoIn.add(raw.excerpt());
            }
        }

    }

    private ProposalMerger() {
    }

    /** The proposals, numbered in the order of their quoted sentences. */
    static List<Proposal> merge(List<RawProposal> raws) {
        var merged = new ArrayList<Merged>();
        for (var raw : raws) {
            var target = merged.stream().filter(m -> m.sameTransfer(raw)).findFirst();
            if (target.isPresent()) {
                target.get().add(raw);
            }
            else {
                merged.add(new Merged(raw));
            }
        }
        merged.sort(Comparator.comparingInt(m -> m.primary.excerpt().start()));
        var proposals = new ArrayList<Proposal>();
        for (var m : merged) {
            var raw = m.primary;
            var reasons = new ArrayList<>(raw.reasons());
            var denials = m.denials.stream().distinct()
                .filter(d -> !d.equals(raw.excerpt()) || !raw.status().denial())
                .toList();
            var alsoIn = m.alsoIn.stream().distinct().filter(d -> !d.equals(raw.excerpt()) && !denials.contains(d)).toList();
            if (!denials.isEmpty() && !raw.status().denial()) {
                reasons.add("disputed: \u201C" + denials.getFirst().text() + "\u201D");
            }
            if (!alsoIn.isEmpty()) {
                reasons.add("also mentioned in " + alsoIn.size() + (alsoIn.size() == 1 ? " other sentence" : " other sentences"));
            }
            var stance = raw.status().denial() ? Stance.DISPUTES : Stance.SUPPORTS;
            proposals.add(new Proposal(proposals.size() + 1, raw.supplier().countryCode(), raw.supplier().countryName(),
                    raw.recipient().countryCode(), raw.recipient().countryName(), raw.kind(), raw.category(), raw.item(),
                    raw.designation(), raw.quantity(), raw.valueUsd(), raw.status().status(), raw.period(), stance,
                    raw.excerpt(), denials, alsoIn, List.copyOf(reasons), List.of(), List.of()));
        }
        return List.copyOf(proposals);
    }

}
