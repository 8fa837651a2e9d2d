package org.transferwatch.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.Quantity;

/**
 * Finds quantities and dollar values. "Millions of" is at least 1,000,000, estimated (and likewise
 * thousands, hundreds, dozens); "more than", "over", "at least" give a lowest figure; "up to", "as many
 * as", "fewer than" a highest; "about", "around", "some", "an estimated" an estimated figure; a bare
 * number is exact. Years, days of the month, calibres, percentages, durations and designations
 * ("Su-24") are not quantities.
 */
final class QuantityFinder {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    private static final String WORD_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            + "ninety|a|an";

    private static final String SCALE = "hundred|thousand|million|billion|dozen";

    private static final String HEDGE = "more than|over|at least|about|around|some|roughly|approximately|nearly|almost|"
            + "up to|an estimated|estimated|as many as|fewer than|less than|under|close to|upwards of|in excess of|"
            + "no fewer than|no less than";

    static final String UNIT = "metric tons?|metric tonnes?|tonnes?|tons?|barrels?|containers?|rounds?|units?|pieces?|"
            + "wagons?|wagonloads?|carloads?|truckloads?|shipments?|batch(?:es)?|boxes|crates?|kg|kilograms?|"
            + "cubic metres|cubic meters|items?|sets?|pallets?";

    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\w$€£-])(?:(?<hedge>" + HEDGE + ")\\s+)?"
            + "(?<number>" + NUMBER + "|\\b(?:" + WORD_NUMBER + "))(?:\\s+(?<scale>" + SCALE + ")s?)?"
            + "(?:\\s*(?:-|to)\\s*(?<high>" + NUMBER + ")(?:\\s+(?<highScale>" + SCALE + "))?)?"
            + "(?:\\s+(?<unit>" + UNIT + ")\\b)?");

    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(?<low>" + NUMBER + ")(?:\\s+(?<lowScale>"
            + SCALE + "))?\\s+and\\s+(?<high>" + NUMBER + ")(?:\\s+(?<highScale>" + SCALE + "))?(?:\\s+(?<unit>" + UNIT
            + ")\\b)?");

    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?<many>tens of thousands|hundreds of thousands|"
            + "tens of millions|hundreds of millions|millions|thousands|hundreds|dozens|scores)\\s+of\\b"
            + "(?:\\s+(?<unit>" + UNIT + ")\\s+of\\b)?");

    private static final Pattern DOLLARS = Pattern.compile("(?i)(?:\\$\\s?|\\bUSD\\s?|\\bUS\\$\\s?)(?<number>" + NUMBER
            + ")(?:\\s*(?<scale>million|billion|thousand|bn|m)\\b)?|\\b(?<number2>" + NUMBER + ")(?:\\s+(?<scale2>million|"
            + "billion|thousand))?\\s+(?:US\\s+)?dollars\\b");

    private static final Pattern NOT_AFTER = Pattern.compile("(?i)^(?:\\s*%|\\s*(?:percent|per cent|mm|km|kilomet(?:re|er)s?|"
            + "miles|years?|months?|days?|weeks?|hours?|minutes?|times|st|nd|rd|th|January|February|March|April|May|June|"
            + "July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b|-[A-Za-z])");

    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s*$");

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private QuantityFinder() {
    }

    static List<QuantityMention> find(String text) {
        var found = new ArrayList<QuantityMention>();
        var dollars = DOLLARS.matcher(text);
        while (dollars.find()) {
            var number = dollars.group("number") != null ? dollars.group("number") : dollars.group("number2");
            var scale = dollars.group("scale") != null ? dollars.group("scale") : dollars.group("scale2");
            var usd = scaled(number, scale == null ? null : scale.replace("bn", "billion").replaceFirst("^m$", "million"));
            found.add(new QuantityMention(dollars.start(), dollars.end(), dollars.group(), Quantity.UNKNOWN, usd));
        }
        var vague = VAGUE.matcher(text);
        while (vague.find()) {
            if (overlaps(found, vague.start(), vague.end())) {
                continue;
            }
            var low = switch (vague.group("many").toLowerCase(Locale.ROOT)) {
                case "tens of thousands" -> 10_000L;
                case "hundreds of thousands" -> 100_000L;
                case "tens of millions" -> 10_000_000L;
                case "hundreds of millions" -> 100_000_000L;
                case "millions" -> 1_000_000L;
                case "thousands" -> 1_000L;
                case "hundreds" -> 100L;
                case "scores" -> 40L;
                default -> 24L;
            };
            found.add(new QuantityMention(vague.start(), vague.end(), vague.group(),
                    new Quantity(BigDecimal.valueOf(low), null, unit(vague.group("unit")), true), null));
        }
        var between = BETWEEN.matcher(text);
        while (between.find()) {
            if (overlaps(found, between.start(), between.end())) {
                continue;
            }
            found.add(new QuantityMention(between.start(), between.end(), between.group(),
                    new Quantity(scaled(between.group("low"), between.group("lowScale")),
                            scaled(between.group("high"), between.group("highScale") != null ? between.group("highScale")
                                    : between.group("lowScale")), unit(between.group("unit")), false), null));
        }
        var count = COUNT.matcher(text);
        while (count.find()) {
            if (count.group("number") == null || overlaps(found, count.start(), count.end()) || !isQuantity(text, count)) {
                continue;
            }
            found.add(count(count));
        }
        found.sort(Comparator.comparingInt(QuantityMention::start));
        return found;
    }

    private static boolean isQuantity(String text, Matcher m) {
        var number = m.group("number").toLowerCase(Locale.ROOT);
        var scale = m.group("scale");
        if ((number.equals("a") || number.equals("an")) && scale == null) {
            return false;
        }
        var after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        if (scale == null && m.group("unit") == null && m.group("high") == null && NOT_AFTER.matcher(after).find()) {
            return false;
        }
        if (number.matches("(19|20)\\d\\d") && scale == null && m.group("unit") == null) {
            return false;
        }
        var before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (scale == null && MONTH_BEFORE.matcher(before).find()) {
            return false;
        }
        return true;
    }

    private static QuantityMention count(Matcher m) {
        var value = scaled(m.group("number"), m.group("scale"));
        var high = m.group("high") == null ? null
                : scaled(m.group("high"), m.group("highScale") != null ? m.group("highScale") : m.group("scale"));
        var hedge = m.group("hedge") == null ? "" : m.group("hedge").toLowerCase(Locale.ROOT);
        var unit = unit(m.group("unit"));
        Quantity quantity;
        if (high != null) {
            quantity = new Quantity(value, high, unit, !hedge.isEmpty());
        }
        else {
            quantity = switch (hedge) {
                case "more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than" ->
                    new Quantity(value, null, unit, false);
                case "up to", "as many as" -> new Quantity(null, value, unit, false);
                case "fewer than", "less than", "under" -> new Quantity(null, value, unit, true);
                case "" -> new Quantity(value, value, unit, false);
                default -> new Quantity(value, value, unit, true);
            };
        }
        return new QuantityMention(m.start(), m.end(), m.group(), quantity, null);
    }

    private static @Nullable String unit(@Nullable String unit) {
        return unit == null ? null : unit.toLowerCase(Locale.ROOT);
    }

    private static BigDecimal scaled(String number, @Nullable String scale) {
        var lower = number.toLowerCase(Locale.ROOT);
        var value = WORDS.containsKey(lower) ? BigDecimal.valueOf(WORDS.get(lower))
                : new BigDecimal(lower.replace(",", ""));
        if (scale == null) {
            return value;
        }
        var factor = switch (scale.toLowerCase(Locale.ROOT)) {
            case "hundred" -> 100L;
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            case "billion" -> 1_000_000_000L;
            case "dozen" -> 12L;
            default -> 1L;
        };
        return value.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().setScale(0, RoundingMode.HALF_UP);
    }

    private static boolean overlaps(List<QuantityMention> found, int start, int end) {
        return found.stream().anyMatch(q -> q.start() < end && start < q.end());
    }

}
