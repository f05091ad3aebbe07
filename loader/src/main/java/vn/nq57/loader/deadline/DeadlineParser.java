package vn.nq57.loader.deadline;

import vn.nq57.loader.read.Spaces;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline cell: "31/12/2025", "Tháng 6/2026", "Quý II/2026", "Quý II và quý III năm 2026", "Năm 2026",
 * "Giai đoạn 2026 - 2030", "Thường xuyên", "Hằng năm", "10/2026" (a month), "Sau khi Đề án được ban hành" (and
 * its typo "Sai khi …"), "Theo tiến độ …", "Theo nhiệm vụ được giao tại …" (conditional: the time is set elsewhere)…
 * A quarter, month or date printed without a year takes the document's year. Lists and ranges of periods ("Quý III,
 * IV/2026", "Quý I-II/2026", "Từ tháng 3 đến tháng 6/2026", "Quý III/2026 - Quý I/2027") are ranges from the start of
 * the first period printed to the end of the last; half a year ("6 tháng đầu năm 2026") is a range of six months. A
 * date that is no day of the calendar ("31/02/2026") gives no interval ({@link #impossibleDates} names it).
 */
public final class DeadlineParser {
    /** "Đã hoàn thành", unless the words after it say only a part is done ("… giai đoạn 1", "… một phần", "… 50%"). */
    private static final Pattern DONE = Pattern.compile("(?iu)đã\\s+hoàn\\s+thành(?!\\s*(?:(?:giai\\s+đoạn|bước|đợt|phần"
            + "|hạng\\s+mục|một\\s+phần|một\\s+số)(?!\\p{L})|\\d+(?:[.,]\\d+)?\\s*%))");
    private static final Pattern CONDITIONAL = Pattern.compile("(?iu)^(?:ngay\\s+)?(?:sau\\s+khi|sai\\s+khi|khi|sau)\\s"
            + "|^theo\\s+(?:tiến\\s+độ|nhiệm\\s+vụ|lộ\\s+trình|yêu\\s+cầu|chỉ\\s+đạo|hướng\\s+dẫn|kế\\s+hoạch|quy\\s+định"
            + "|thời\\s+gian|thời\\s+hạn|văn\\s+bản)(?!\\p{L})");
    private static final Pattern RECURRING = Pattern.compile(
            "(?iu)thường\\s+xuyên|h[ằà]ng\\s+(?:năm|quý|tháng|tuần)|định\\s+kỳ|liên\\s+tục");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?!\\d)"
            + "|(?iu)từ\\s+năm\\s+((?:19|20)\\d{2})\\s+đến\\s+(?:năm\\s+)?((?:19|20)\\d{2})");
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    /** A date in words, "ngày 30 tháng 6 năm 2026" (the form Decree 30/2020/NĐ-CP prescribes for a date line), read as 30/6/2026. */
    private static final Pattern SPELLED_DATE = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+((?:19|20)\\d{2}))?(?!\\d)");
    /** A quarter in Roman or Arabic numerals; "1V" is a scan's IV (the I read as a 1, l or |), there being no quarter 1V. */
    private static final String QUARTER_NUMERAL = "(?:IV|[1l|]V|I{1,3}|[1-4])(?![\\p{L}\\d])";
    private static final Pattern QUARTER_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + QUARTER_NUMERAL);
    /** What joins the periods of a list or range: "Quý III, IV", "Quý I-II", "tháng 3 đến tháng 6", "Tháng 7 - 9". */
    private static final String JOIN = "\\s*(?:,|;|và|-|–|—|đến|tới)\\s*";
    /** The year a run of periods is in: "/2026", "năm 2026", "-2026". */
    private static final String OF_YEAR = "(?:\\s*(?:/|-|–|năm)\\s*(?<year>(?:19|20)\\d{2})(?!\\d))?";
    /** Quarters printed together, with the year they are in: "Quý III, IV/2026", "Quý II và quý III năm 2026". */
    private static final Pattern QUARTER_RUN = Pattern.compile("(?iu)quý\\s+" + QUARTER_NUMERAL
            + "(?:" + JOIN + "(?:quý\\s+)?" + QUARTER_NUMERAL + ")*" + OF_YEAR);
    /** Months printed together, with their year: "Từ tháng 3 đến tháng 6/2026", "Tháng 7 - 9/2026"; or "10/2026". */
    private static final Pattern MONTH_RUN = Pattern.compile("(?iu)tháng\\s+\\d{1,2}(?!\\d)"
            + "(?:" + JOIN + "(?:tháng\\s+)?\\d{1,2}(?!\\d))*" + OF_YEAR
            + "|(?<![\\d/])\\d{1,2}\\s*/\\s*(?<year2>(?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern MONTH_NUMBER = Pattern.compile("(?<![\\d/])\\d{1,2}(?!\\d)");
    /** Half a year: "6 tháng đầu năm 2026", "sáu tháng cuối năm", "nửa đầu năm 2026". */
    private static final Pattern HALF_YEAR = Pattern.compile("(?iu)(?:(?:6|sáu)\\s+tháng|nửa)\\s+(?<which>đầu|cuối)\\s+năm"
            + "(?:\\s+(?<year>(?:19|20)\\d{2})(?!\\d))?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private DeadlineParser() {}

    /**
     * Reads one deadline.
     *
     * @param raw the deadline as printed; null reads as empty
     * @param documentYear the year of the document, for a period printed without its year
     * @return its kind and interval, with {@code raw} kept as given
     */
    public static Deadline parse(String raw, int documentYear) {
        String text = raw == null ? "" : Spaces.collapse(raw).strip();
        boolean done = DONE.matcher(text).find();
        String t = DONE.matcher(text).replaceAll(" ").replaceAll("^[\\s,;.()-]+|[\\s,;.()-]+$", "");
        if (t.isEmpty()) return new Deadline(raw, Deadline.Kind.UNKNOWN, null, null, done);
        int year = firstYear(t, documentYear);

        if (CONDITIONAL.matcher(t).find()) return new Deadline(raw, Deadline.Kind.CONDITIONAL, null, null, done);
        if (RECURRING.matcher(t).find()) {
            boolean hasYear = YEAR.matcher(t).find();
            return new Deadline(raw, Deadline.Kind.RECURRING,
                    hasYear ? LocalDate.of(year, 1, 1) : null, hasYear ? LocalDate.of(year, 12, 31) : null, done);
        }
        Matcher yr = YEAR_RANGE.matcher(t);
        if (yr.find()) {
            int from = Integer.parseInt(yr.group(1) != null ? yr.group(1) : yr.group(3));
            int to = Integer.parseInt(yr.group(2) != null ? yr.group(2) : yr.group(4));
            return new Deadline(raw, Deadline.Kind.RANGE, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), done);
        }
        List<LocalDate> dates = new ArrayList<>();
        Matcher d = DATE.matcher(numericDates(t));
        boolean impossible = false;
        while (d.find()) {
            LocalDate date = date(d, year);
            if (date != null) dates.add(date);
            else impossible |= dayOfMonthShape(d);
        }
        // "31/02/2026" is a day and month mistyped: no interval is known, and the report says so (impossibleDates)
        if (dates.isEmpty() && impossible) return new Deadline(raw, Deadline.Kind.UNKNOWN, null, null, done);
        if (!dates.isEmpty()) {
            LocalDate first = dates.getFirst(), last = dates.getLast();
            return new Deadline(raw, dates.size() == 1 ? Deadline.Kind.DATE : Deadline.Kind.RANGE, first, last, done);
        }
        Matcher h = HALF_YEAR.matcher(t);
        if (h.find()) {
            int y = h.group("year") != null ? Integer.parseInt(h.group("year")) : year;
            boolean first = h.group("which").toLowerCase(Locale.ROOT).equals("đầu");
            return new Deadline(raw, Deadline.Kind.RANGE, LocalDate.of(y, first ? 1 : 7, 1),
                    first ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31), done);
        }
        // a quarter's or month's year is the one printed after it, else the next one printed ("Quý III, IV/2026")
        List<YearMonth> quarters = periods(QUARTER_RUN, QUARTER_NUMBER, t, year, true);
        if (!quarters.isEmpty()) {
            YearMonth first = quarters.getFirst(), last = quarters.getLast();
            return new Deadline(raw, quarters.size() == 1 ? Deadline.Kind.QUARTER : Deadline.Kind.RANGE,
                    first.atDay(1), last.plusMonths(2).atEndOfMonth(), done);
        }
        List<YearMonth> months = periods(MONTH_RUN, MONTH_NUMBER, t, year, false);
        if (!months.isEmpty()) {
            YearMonth first = months.getFirst(), last = months.getLast();
            return new Deadline(raw, months.size() == 1 ? Deadline.Kind.MONTH : Deadline.Kind.RANGE,
                    first.atDay(1), last.atEndOfMonth(), done);
        }
        if (YEAR.matcher(t).find())
            return new Deadline(raw, Deadline.Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), done);
        return new Deadline(raw, Deadline.Kind.UNKNOWN, null, null, done);
    }

    /**
     * The dates a deadline text prints that are no day of the calendar ("31/02/2026", "ngày 31 tháng 4"): a day 1–31
     * and a month 1–12 that do not go together, which {@link #parse} does not read as a time.
     *
     * @param raw the deadline as printed; null reads as empty
     * @param documentYear the year a date printed without one is in
     * @return each such date as printed (its digits, "31/02/2026"), in order; empty when there is none
     */
    public static List<String> impossibleDates(String raw, int documentYear) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        String t = Spaces.collapse(raw);
        int year = firstYear(t, documentYear);
        Matcher d = DATE.matcher(numericDates(t));
        while (d.find()) if (date(d, year) == null && dayOfMonthShape(d)) out.add(d.group().replace(" ", ""));
        return out;
    }

    /** The text with dates in words ("ngày 30 tháng 6 năm 2026") written in figures ("30/6/2026"). */
    private static String numericDates(String t) {
        return SPELLED_DATE.matcher(t).replaceAll(
                w -> w.group(1) + "/" + w.group(2) + (w.group(3) == null ? "" : "/" + w.group(3)));
    }

    /** Whether a matched day/month could be one (day 1–31, month 1–12), so that failing the calendar is a typo. */
    private static boolean dayOfMonthShape(Matcher d) {
        int day = Integer.parseInt(d.group(1)), month = Integer.parseInt(d.group(2));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    private static int firstYear(String t, int documentYear) {
        Matcher y = YEAR.matcher(t);
        return y.find() ? Integer.parseInt(y.group(1)) : documentYear;
    }

    private static LocalDate date(Matcher d, int year) {
        try {
            int y = d.group(3) != null ? Integer.parseInt(d.group(3)) : year;
            return LocalDate.of(y, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The periods a text lists, in the order printed: each quarter (its first month) or month of each run, in the
     * year printed after its run, else the year of the next run that prints one, else {@code year}.
     */
    private static List<YearMonth> periods(Pattern run, Pattern numeral, String t, int year, boolean quarters) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        Matcher m = run.matcher(t);
        while (m.find()) {
            String y = m.group("year") != null ? m.group("year")
                    : quarters ? null : m.group("year2");
            // the numerals before the year (the year's own digits are no month)
            int upTo = y == null ? m.end() : m.end() - y.length();
            String numerals = t.substring(m.start(), upTo);
            List<Integer> ns = new ArrayList<>();
            Matcher n = numeral.matcher(quarters ? numerals.replaceFirst("(?iu)^quý\\s+", " ") : numerals);
            while (n.find()) {
                if (quarters) ns.add(quarter(n.group()));
                else {
                    int month = Integer.parseInt(n.group());
                    if (month >= 1 && month <= 12) ns.add(month);
                }
            }
            if (ns.isEmpty()) continue;
            runs.add(ns);
            years.add(y == null ? null : Integer.valueOf(y));
        }
        List<YearMonth> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Integer y = null;
            for (int j = i; j < years.size() && y == null; j++) y = years.get(j);
            for (int p : runs.get(i)) out.add(YearMonth.of(y == null ? year : y, quarters ? p * 3 - 2 : p));
        }
        return out;
    }

    private static int quarter(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
