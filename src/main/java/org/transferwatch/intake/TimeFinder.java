package org.transferwatch.intake;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;

/**
 * Finds time expressions and resolves them against the report's date, keeping their precision:
 * "late last year" in a report of 30 Aug 2023 is Q4 2022 (quarter); "in July" is July of the report's
 * year, or of the year before when July comes after the report; "in coming months" the three months
 * after the report's month; "since August" August to the report's month. Without a report date only
 * absolute expressions ("in 2022", "in March 2023") resolve.
 */
final class TimeFinder {

    private static final String MONTHS = "(?-i:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    private static final String YEAR_WORDS = "\\d{4}|last year|this year|next year";

    private static final Pattern REPORTING = Pattern.compile(
            "(?i)(?:said|says|told|announced|reported|stated|added|noted|confirmed|wrote|briefing|statement|interview)"
                    + "[\\w ,]{0,3}$");

    private record Rule(Pattern pattern, boolean relative, BiFunction<Matcher, LocalDate, @Nullable Period> resolve) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bsince\\s+(?:(?<part>early|mid|late)[\\s-]+)?(?<month>" + MONTHS + ")(?:,?\\s+(?<year>" + YEAR_WORDS
                    + "))?", true, (m, d) -> {
                        var start = monthOf(m.group("month"), m.group("year"), d);
                        return start == null ? null : new Period(start, endOfMonth(d), PeriodPrecision.MONTH);
                    }),
            rule("\\bsince\\s+(?<year>\\d{4}|last year)\\b", true, (m, d) -> {
                var year = year(m.group("year"), d);
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(d.getYear(), 12, 31), PeriodPrecision.YEAR);
            }),
            rule("\\b(?<part>early|mid|late|the end of|the start of|the beginning of|the middle of)[\\s-]+"
                    + "(?<year>last year|this year|next year|the year)\\b", true,
                    (m, d) -> partOfYear(m.group("part"), year(m.group("year"), d))),
            rule("\\b(?<which>earlier|later) this year\\b", true, (m, d) -> {
                if (m.group("which").equalsIgnoreCase("earlier")) {
                    var last = d.getMonthValue() == 1 ? 1 : d.getMonthValue() - 1;
                    return new Period(LocalDate.of(d.getYear(), 1, 1), endOfMonth(LocalDate.of(d.getYear(), last, 1)),
                            PeriodPrecision.MONTH);
                }
                var first = d.getMonthValue() == 12 ? 12 : d.getMonthValue() + 1;
                return new Period(LocalDate.of(d.getYear(), first, 1), LocalDate.of(d.getYear(), 12, 31),
                        PeriodPrecision.MONTH);
            }),
            rule("\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:year|twelve months|12 months)\\b", true,
                    (m, d) -> new Period(d.minusMonths(12).withDayOfMonth(1), endOfMonth(d.minusMonths(1)),
                            PeriodPrecision.MONTH)),
            rule("\\b(?<year>last year|this year|next year|the previous year|the following year)\\b", true,
                    (m, d) -> Period.year(year(m.group("year").replace("the previous", "last")
                        .replace("the following", "next"), d))),
            rule("\\b(?:the\\s+)?(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?"
                    + "(?<year>" + YEAR_WORDS + ")", false, (m, d) -> Period.quarter(year(m.group("year"), d),
                            switch (m.group("q").toLowerCase(Locale.ROOT)) {
                                case "first", "1st" -> 1;
                                case "second", "2nd" -> 2;
                                case "third", "3rd" -> 3;
                                default -> 4;
                            })),
            rule("\\bQ(?<q>[1-4])\\s*(?<year>\\d{4})\\b", false,
                    (m, d) -> Period.quarter(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("q")))),
            rule("\\b(?:the\\s+)?(?<h>first|second)\\s+half\\s+of\\s+(?<year>" + YEAR_WORDS + ")", false, (m, d) -> {
                var year = year(m.group("year"), d);
                return m.group("h").equalsIgnoreCase("first") ? quarters(year, 1, 2) : quarters(year, 3, 4);
            }),
            rule("\\b(?<part>early|mid|late|the end of|the start of|the beginning of|the middle of|end|start)[\\s-]+"
                    + "(?<year>(?:19|20)\\d\\d)\\b", false,
                    (m, d) -> partOfYear(m.group("part"), Integer.parseInt(m.group("year")))),
            rule("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTHS + ")(?:,?\\s+(?<year>\\d{4}))?", false,
                    TimeFinder::day),
            rule("\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,\\s*(?<year>\\d{4}))?", false,
                    TimeFinder::day),
            rule("\\b(?:(?<part>early|mid|late)[\\s-]+)?(?<month>" + MONTHS + ")\\s+(?<year>(?:19|20)\\d\\d)\\b", false,
                    (m, d) -> month(monthOf(m.group("month"), m.group("year"), d))),
            rule("\\b(?:in|during|until|by|from|through|throughout|early|late|mid|between|of)[\\s-]+(?<month>" + MONTHS
                    + ")\\b(?:,?\\s+(?<year>last year|this year))?", true,
                    (m, d) -> month(monthOf(m.group("month"), m.group("year"), d))),
            rule("\\blast\\s+(?<month>" + MONTHS + ")\\b", true, (m, d) -> {
                var month = Month.of(monthNumber(m.group("month")));
                var year = month.getValue() < d.getMonthValue() ? d.getYear() : d.getYear() - 1;
                return Period.month(year, month.getValue());
            }),
            rule("\\b(?:in|during|by|until|from|throughout|for|of)\\s+(?<year>(?:19|20)\\d\\d)\\b(?!\\s*[-–]\\s*\\d)", false,
                    (m, d) -> Period.year(Integer.parseInt(m.group("year")))),
            rule("\\b(?<rel>last|this|next|the previous|the following) month\\b", true, (m, d) -> {
                var rel = m.group("rel").toLowerCase(Locale.ROOT);
                var month = rel.equals("last") || rel.equals("the previous") ? d.minusMonths(1)
                        : rel.equals("this") ? d : d.plusMonths(1);
                return Period.month(month.getYear(), month.getMonthValue());
            }),
            rule("\\b(?:in|over|during|within)\\s+(?:the\\s+)?(?:coming|next|following|upcoming)\\s+(?:few\\s+|several\\s+)?"
                    + "months\\b", true, (m, d) -> new Period(d.plusMonths(1).withDayOfMonth(1), endOfMonth(d.plusMonths(3)),
                            PeriodPrecision.MONTH)),
            rule("\\b(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+)?months\\b", true,
                    (m, d) -> new Period(d.minusMonths(3).withDayOfMonth(1), endOfMonth(d), PeriodPrecision.MONTH)),
            rule("\\b(?<rel>last|this|next)\\s+(?<season>spring|summer|autumn|fall|winter)\\b", true, TimeFinder::season),
            rule("\\b(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\\s+(?<unit>years?|months?)\\s+ago\\b", true,
                    (m, d) -> {
                        var n = switch (m.group("n").toLowerCase(Locale.ROOT)) {
                            case "a", "one" -> 1;
                            case "two" -> 2;
                            case "three" -> 3;
                            case "four" -> 4;
                            case "five" -> 5;
                            case "six" -> 6;
                            case "seven" -> 7;
                            case "eight" -> 8;
                            case "nine" -> 9;
                            case "ten" -> 10;
                            default -> Integer.parseInt(m.group("n"));
                        };
                        if (m.group("unit").toLowerCase(Locale.ROOT).startsWith("year")) {
                            return Period.year(d.getYear() - n);
                        }
                        var month = d.minusMonths(n);
                        return Period.month(month.getYear(), month.getMonthValue());
                    }),
            rule("\\blast week\\b", true, (m, d) -> {
                var monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new Period(monday, monday.plusDays(6), PeriodPrecision.DAY);
            }),
            rule("\\byesterday\\b", true, (m, d) -> new Period(d.minusDays(1), d.minusDays(1), PeriodPrecision.DAY)),
            rule("\\b(?<on>on|last)\\s+(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b", true,
                    (m, d) -> {
                        var weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                        var day = m.group("on").equalsIgnoreCase("last") ? d.with(TemporalAdjusters.previous(weekday))
                                : d.with(TemporalAdjusters.previousOrSame(weekday));
                        return new Period(day, day, PeriodPrecision.DAY);
                    }));

    private TimeFinder() {
    }

    private static Rule rule(String regex, boolean relative, BiFunction<Matcher, LocalDate, @Nullable Period> resolve) {
        return new Rule(Pattern.compile("(?i)" + regex), relative, resolve);
    }

    /** Time expressions, earliest first, overlapping ones resolved in favour of the longest. */
    static List<TimeMention> find(String text, @Nullable LocalDate reportedOn) {
        var candidates = new ArrayList<TimeMention>();
        for (var rule : RULES) {
            var matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                var needsDate = rule.relative() || !hasYear(matcher);
                if (needsDate && reportedOn == null) {
                    continue;
                }
                Period period;
                try {
                    period = rule.resolve().apply(matcher, reportedOn == null ? LocalDate.of(2000, 1, 1) : reportedOn);
                }
                catch (DateTimeException | NumberFormatException e) {
                    continue;
                }
                if (period == null) {
                    continue;
                }
                var before = text.substring(Math.max(0, matcher.start() - 30), matcher.start()).strip();
                candidates.add(new TimeMention(matcher.start(), matcher.end(), matcher.group(), period, needsDate,
                        REPORTING.matcher(before).find()));
            }
        }
        candidates.sort(Comparator.comparingInt(TimeMention::start)
            .thenComparing(Comparator.comparingInt((TimeMention t) -> t.end() - t.start()).reversed()));
        var chosen = new ArrayList<TimeMention>();
        for (var candidate : candidates) {
            var overlapping = chosen.stream().filter(t -> t.start() < candidate.end() && candidate.start() < t.end()).toList();
            if (overlapping.isEmpty()) {
                chosen.add(candidate);
            }
            else if (overlapping.stream().allMatch(t -> t.end() - t.start() < candidate.end() - candidate.start())) {
                chosen.removeAll(overlapping);
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(TimeMention::start));
        return chosen;
    }

    private static boolean hasYear(Matcher matcher) {
        try {
            var year = matcher.group("year");
            return year != null && year.matches("\\d{4}");
        }
        catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int year(String words, LocalDate reportedOn) {
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "the year" -> reportedOn.getYear();
            case "last year" -> reportedOn.getYear() - 1;
            case "this year" -> reportedOn.getYear();
            case "next year" -> reportedOn.getYear() + 1;
            default -> Integer.parseInt(words);
        };
    }

    private static Period partOfYear(String part, int year) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "early", "the start of", "the beginning of", "start" -> Period.quarter(year, 1);
            case "late", "the end of", "end" -> Period.quarter(year, 4);
            default -> quarters(year, 2, 3);
        };
    }

    private static Period quarters(int year, int first, int last) {
        return new Period(Period.quarter(year, first).start(), Period.quarter(year, last).end(), PeriodPrecision.QUARTER);
    }

    private static int monthNumber(String name) {
        var prefix = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (var month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new NumberFormatException(name);
    }

    /** The first day of the month, in the year given or, with none, the latest such month not after the report. */
    private static @Nullable LocalDate monthOf(String monthName, @Nullable String yearWords, LocalDate reportedOn) {
        var month = monthNumber(monthName);
        int year;
        if (yearWords != null) {
            year = year(yearWords, reportedOn);
        }
        else {
            year = month <= reportedOn.getMonthValue() ? reportedOn.getYear() : reportedOn.getYear() - 1;
        }
        return LocalDate.of(year, month, 1);
    }

    private static @Nullable Period month(@Nullable LocalDate first) {
        return first == null ? null : Period.month(first.getYear(), first.getMonthValue());
    }

    private static LocalDate endOfMonth(LocalDate date) {
        return date.with(TemporalAdjusters.lastDayOfMonth());
    }

    private static Period day(Matcher m, LocalDate reportedOn) {
        var month = monthNumber(m.group("month"));
        var day = Integer.parseInt(m.group("day"));
        LocalDate date;
        if (m.group("year") != null) {
            date = LocalDate.of(Integer.parseInt(m.group("year")), month, day);
        }
        else {
            date = LocalDate.of(reportedOn.getYear(), month, day);
            if (date.isAfter(reportedOn)) {
                date = date.minusYears(1);
            }
        }
        return new Period(date, date, PeriodPrecision.DAY);
    }

    private static Period season(Matcher m, LocalDate reportedOn) {
        var rel = m.group("rel").toLowerCase(Locale.ROOT);
        var season = m.group("season").toLowerCase(Locale.ROOT);
        int firstMonth = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        int year = reportedOn.getYear();
        var thisOne = LocalDate.of(year, firstMonth, 1);
        var start = switch (rel) {
            case "last" -> thisOne.isBefore(reportedOn.withDayOfMonth(1)) && !thisOne.plusMonths(3).isAfter(reportedOn)
                    ? thisOne : thisOne.minusYears(1);
            case "next" -> thisOne.isAfter(reportedOn) ? thisOne : thisOne.plusYears(1);
            default -> thisOne;
        };
        return new Period(start, endOfMonth(start.plusMonths(2)), PeriodPrecision.MONTH);
    }

}
