package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds the companies a text names: capitalised words before a legal form ("Korea Tonghae Shipping Company",
 * "Hong Kong Huaxin Trading Co., Ltd", "Sea Tramp LLC") or after a Russian one ("LLC Sovfracht", "JSC \"Sea
 * Port\""). Without a legal form a name is not taken for a company: "Rosoboronexport" alone is left to the analyst.
 */
final class CompanyFinder {

    /** A company named in the text: its tokens and the name as written. */
    record CompanyMention(int firstToken, int lastToken, int start, int end, String name) {
    }

    /** Words that end a company's name. */
    private static final Set<String> SUFFIXES = Set.of("Co", "Company", "Corporation", "Corp", "Inc", "Incorporated", "Ltd",
            "Limited", "LLC", "JSC", "PJSC", "OJSC", "CJSC", "GmbH", "PLC", "Plc", "LLP", "JV", "Pte");

    /** Russian legal forms written before the name. */
    private static final Set<String> PREFIXES = Set.of("LLC", "JSC", "PJSC", "OJSC", "CJSC", "OOO", "OAO", "ZAO", "PAO", "AO");

    /** "Joint Stock Company Kalashnikov": the words before the suffix are a legal form, the name follows. */
    private static final Set<String> LEGAL_WORDS = Set.of("Joint", "Stock", "Limited", "Liability", "Public", "Closed",
            "Open", "Joint-Stock");

    private static final Set<String> ABBREVIATED = Set.of("Co", "Corp", "Inc", "Ltd", "Pte");

    /** Capitalised words that begin a sentence or clause rather than a name. */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its", "Their",
            "Our", "In", "On", "At", "By", "From", "To", "According", "Both", "Two", "Three", "Sanctioned", "Listed",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static final int NAME_LENGTH = 8;

    private final List<Token> tokens;

    private final String text;

    private final Map<Integer, StateMention> stateAt;

    CompanyFinder(String text, List<Token> tokens, List<StateMention> states) {
        this.text = text;
        this.tokens = tokens;
        this.stateAt = StateMention.byToken(states);
    }

    List<CompanyMention> companies() {
        var companies = new ArrayList<CompanyMention>();
        int i = 0;
        while (i < tokens.size()) {
            CompanyMention company = null;
            if (suffix(i)) {
                int last = chainEnd(i);
                int first = Math.max(nameStart(i), companies.isEmpty() ? 0 : companies.getLast().lastToken() + 1);
                if (first < i && !allLegalWords(first, i)) {
                    company = mention(first, last);
                }
                else if (PREFIXES.contains(tokens.get(i).text()) || first < i) {
                    company = prefixed(i, last);
                }
                if (company == null) {
                    i = last + 1;
                    continue;
                }
            }
            else if (PREFIXES.contains(tokens.get(i).text())) {
                company = prefixed(i, i);
            }
            if (company != null) {
                companies.add(company);
                i = company.lastToken() + 1;
            }
            else {
                i++;
            }
        }
        return companies;
    }

    private boolean suffix(int i) {
        var token = tokens.get(i);
        return SUFFIXES.contains(token.text()) && !(i + 1 < tokens.size() && tokens.get(i + 1).is("-")
                && token.touches(tokens.get(i + 1)));
    }

    /** "Co., Ltd": the last legal word of a run of them. */
    private int chainEnd(int i) {
        int end = i;
        int k = i + 1;
        while (k < tokens.size()) {
            if (tokens.get(k).is(".") && tokens.get(k - 1).touches(tokens.get(k))) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).is(",")) {
                k++;
            }
            if (k < tokens.size() && suffix(k)) {
                end = k;
                k++;
            }
            else {
                break;
            }
        }
        return end;
    }

    /** The first token of the capitalised words before the legal form at {@code suffix}. */
    private int nameStart(int suffix) {
        int k = suffix;
        while (k > 0 && suffix - k < NAME_LENGTH) {
            var before = tokens.get(k - 1);
            if (nameWord(before)) {
                k--;
            }
            else if ((before.is("&") || before.is("of") || before.is("-")) && k - 2 >= 0
                    && nameWord(tokens.get(k - 2))) {
                k -= 2;
            }
            else {
                break;
            }
        }
        while (k < suffix && (NOT_NAME.contains(tokens.get(k).text()) || !nameWord(tokens.get(k)))) {
            k++;
        }
        // "North Korean Ryonha Machinery Corporation": the demonym describes the company, it is not its name.
        var state = stateAt.get(k);
        if (state != null && state.demonym() && state.lastToken() + 1 < suffix) {
            k = state.lastToken() + 1;
        }
        return k;
    }

    private static boolean nameWord(Token token) {
        return token.isWord() && (token.capitalised() || token.allCaps()) || token.type() == Token.Type.NUMBER;
    }

    private boolean allLegalWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!LEGAL_WORDS.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** "LLC Sovfracht", "JSC \"Sea Port\"", "Joint Stock Company Kalashnikov": the name after the legal form. */
    private @Nullable CompanyMention prefixed(int formFirst, int formLast) {
        int first = formFirst;
        while (first > 0 && LEGAL_WORDS.contains(tokens.get(first - 1).text())) {
            first--;
        }
        int k = formLast + 1;
        boolean quoted = k < tokens.size() && tokens.get(k).is("\"");
        if (quoted) {
            k++;
        }
        int nameFirst = k;
        while (k < tokens.size() && k - nameFirst < 5 && tokens.get(k).isWord() && tokens.get(k).capitalised()
                && !NOT_NAME.contains(tokens.get(k).text())) {
            k++;
        }
        if (k == nameFirst) {
            return null;
        }
        int last = quoted && k < tokens.size() && tokens.get(k).is("\"") ? k : k - 1;
        return mention(first, last);
    }

    private CompanyMention mention(int first, int last) {
        var start = tokens.get(first).start();
        var end = tokens.get(last).end();
        if (ABBREVIATED.contains(tokens.get(last).text()) && end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        return new CompanyMention(first, last, start, end, text.substring(start, end));
    }

}
