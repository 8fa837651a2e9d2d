package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.Denials.Denial;
import org.transferwatch.intake.Roles.Role;
import org.transferwatch.intake.StatusReader.Stage;
import org.transferwatch.intake.StatusReader.Status;
import org.transferwatch.transfer.TransferStatus;

/**
 * Reads a text's proposals sentence by sentence and clause by clause. A clause whose own cues leave a
 * side open may take it from an earlier clause of the same sentence: goods "in exchange for" move
 * against the sentence's first proposal, and a "which" clause takes the roles (and, lacking its own, the
 * stage and the period) of the clause it refers to. Sentences that only deny are kept for {@link Denials}.
 */
final class SentenceReader {

    /** Before goods given in exchange, these mean goods already named ("in exchange for the shells"). */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "its", "their", "such");

    private final MarkedText text;

    private final List<Token> tokens;

    private final List<GoodsMention> goods;

    private final ClauseSplitter splitter;

    private final RoleReader roleReader;

    private final StatusReader statusReader;

    private final ProposalFields fields;

    private final List<RawProposal> raws = new ArrayList<>();

    private final List<Denial> denials = new ArrayList<>();

    /** The latest state said to use goods ("Russia fired missiles at Kharkiv"), and in which sentence. */
    private @Nullable StateMention lastUser;

    private int lastUserSentence = -10;

    SentenceReader(MarkedText text, List<GoodsMention> goods, ProposalFields fields) {
        this.text = text;
        this.tokens = text.tokens();
        this.goods = goods;
        this.splitter = new ClauseSplitter(text);
        this.roleReader = new RoleReader(text);
        this.statusReader = new StatusReader(text);
        this.fields = fields;
    }

    /** The proposals read so far, in the order of their clauses. */
    List<RawProposal> raws() {
        return raws;
    }

    /** The sentences read so far that deny without naming goods. */
    List<Denial> denials() {
        return denials;
    }

    /** Reads sentence number {@code index}, tokens {@code from..to}. */
    void read(int index, Excerpt excerpt, int from, int to) {
        var sentence = new Sentence(index, excerpt);
        for (var clause : splitter.clauses(from, to)) {
            sentence.read(clause);
        }
        if (sentence.denial != null && (!sentence.hasGoods || raws.size() == sentence.firstRaw)) {
            denials.add(sentence.denial);
        }
    }

    /** One sentence being read, with what its later clauses may take from its earlier ones. */
    private final class Sentence {

        private final int index;

        private final Excerpt excerpt;

        /** Proposals from {@code firstRaw} on come from this sentence. */
        private final int firstRaw = raws.size();

        /** The first complete roles outside an exchange clause: what goods given in exchange reverse. */
        private @Nullable Roles first;

        /** The clause just read, its roles from its structure alone, and its status. */
        private @Nullable Clause clauseBefore;

        private @Nullable Roles rolesBefore;

        private @Nullable Status statusBefore;

        private @Nullable Denial denial;

        private boolean hasGoods;

        Sentence(int index, Excerpt excerpt) {
            this.index = index;
            this.excerpt = excerpt;
        }

        void read(Clause clause) {
            var clauseGoods = GoodsGroups.moving(tokens, goods, clause);
            var status = statusReader.status(clause);
            var base = roleReader.roles(clause, List.of());
            if (clauseGoods.isEmpty()) {
                denial(clause, status);
            }
            else {
                hasGoods = true;
                var user = roleReader.user(clause);
                if (user != null) {
                    lastUser = user;
                    lastUserSentence = index;
                }
                boolean relative = tokens.get(clause.from()).is("which") || tokens.get(clause.from()).is("that");
                for (var group : GoodsGroups.groups(tokens, clauseGoods, text.states())) {
                    var parts = GoodsGroups.parts(group);
                    for (var part : parts) {
                        part(clause, status, relative, part, parts.size() == 1);
                    }
                }
            }
            rolesBefore = base;
            statusBefore = status;
            clauseBefore = clause;
        }

        /** A denying clause without goods disputes what its sentence claimed, or the claim before it. */
        private void denial(Clause clause, Status status) {
            if (status.denial() && raws.size() > firstRaw) {
                // ", a charge Beijing rejected": the denial of the claim just made.
                for (int r = firstRaw; r < raws.size(); r++) {
                    raws.get(r).denials().add(excerpt);
                }
            }
            else if (status.denial() && denial == null) {
                denial = new Denial(index, Denials.denier(text, clause), excerpt);
            }
        }

        /** The proposals of one part of the clause's goods: one per pair of its suppliers and recipients. */
        private void part(Clause clause, Status status, boolean relative, List<GoodsMention> part, boolean whole) {
            var roles = roleReader.roles(clause, part);
            var partStatus = status;
            var timeClause = clause;
            if (!roles.complete() && clause.exchange() && first != null && first.complete()) {
                if (definite(part.getFirst(), clause)) {
                    return;
                }
                roles = new Roles(new Role(first.recipient().state(), 1, "gives them in exchange"),
                        new Role(first.supplier().state(), 1, "gets them in exchange"));
                partStatus = new Status(TransferStatus.REPORTED, false, Stage.UNKNOWN, "goods given in exchange: reported");
            }
            else if (!roles.complete() && relative && rolesBefore != null && rolesBefore.complete()) {
                // "... shipped 10,000 containers to Russia, which ... held 4.8 million shells".
                roles = new Roles(referredTo(rolesBefore.supplier()), referredTo(rolesBefore.recipient()));
                if (status.stage() == Stage.UNKNOWN && statusBefore != null) {
                    partStatus = statusBefore;
                }
                if (!fields.hasTime(clause)) {
                    timeClause = clauseBefore;
                }
            }
            if (!roles.complete() && roles.supplier() != null && roles.recipient() == null && madeIn(roles.supplier())
                    && lastUser != null && lastUserSentence >= index - 2 && roleReader.user(clause) == null
                    && usesGoods(clause) && !lastUser.countryCode().equals(roles.supplier().state().countryCode())) {
                // "Russia struck Kharkiv overnight. The missiles fired at the city were made in North Korea."
                roles = new Roles(roles.supplier(), new Role(lastUser, 1.5, lastUser.text() + " used them"
                        + (lastUserSentence == index ? "" : " (an earlier sentence)")));
            }
            if (status.denial() && (!roles.complete() || weak(roles))) {
                // "Moscow denied that any agreement on arms supplies had been signed with Pyongyang": no direction.
                if (denial == null) {
                    var denier = Denials.denier(text, clause);
                    denial = new Denial(index, denier, Denials.other(text, clause, denier), excerpt);
                }
                return;
            }
            if (!roles.complete()) {
                return;
            }
            if (first == null && !clause.exchange()) {
                first = roles;
            }
            var suppliers = new ArrayList<StateMention>(List.of(roles.supplier().state()));
            suppliers.addAll(roles.alsoSupplying());
            var recipients = new ArrayList<StateMention>(List.of(roles.recipient().state()));
            recipients.addAll(roles.alsoReceiving());
            for (var supplier : suppliers) {
                for (var recipient : recipients) {
                    var pair = new Roles(sharing(roles.supplier(), supplier), sharing(roles.recipient(), recipient));
                    raws.add(fields.raw(index, excerpt, clause, timeClause, part, whole, pair, partStatus));
                }
            }
        }

    }

    /** Roles read from nothing stronger than the subject of a noun or the other party of dealings. */
    private static boolean weak(Roles roles) {
        return roles.supplier().score() < 2 && roles.recipient().score() < 2.5
                || roles.supplier().score() < 2.5 && roles.recipient().score() < 2;
    }

    private static boolean madeIn(Role role) {
        return Cues.MADE.stream().anyMatch(word -> role.why().startsWith("\u201C" + word + " in "));
    }

    private boolean usesGoods(Clause clause) {
        for (int t = clause.from(); t < clause.to(); t++) {
            if (Cues.uses(tokens.get(t))) {
                return true;
            }
        }
        return false;
    }

    private static Role referredTo(Role role) {
        return new Role(role.state(), role.score(), role.why() + " (the clause it refers to)");
    }

    /** The role for a state joined to its holder by "and": the holder's cue, said to be shared. */
    private static Role sharing(Role role, StateMention state) {
        return state == role.state() ? role : new Role(state, role.score(), role.why() + ", with " + role.state().text());
    }

    private boolean definite(GoodsMention mention, Clause clause) {
        int k = mention.itemFirstToken() - 1;
        return k >= clause.from() && DEFINITE.contains(tokens.get(k).lower());
    }

}
