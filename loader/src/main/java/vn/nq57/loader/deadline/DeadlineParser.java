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
 * A quarter, month or date printed without a year takes the document's year.
 */
public final class DeadlineParser {
    /** "Đã hoàn thành", unless the words after it say only a part is done ("… giai đoạn 1", "… một phần", "… 50%"). */
    private static final Pattern DONE = Pattern.compile("(?iu)đã\\s+hoàn\\s+thành(?!\\s*(?:(?:giai\\s+đoạn|bước|đợt|phần"
            + "|hạng\\s+mục|một\\s+phần|một\\s+số)(?!\\p{L})|\\d+(?:[.,]\\d+)?\\s*%))");
    private static final Pattern CONDITIONAL = Pattern.compile("(?iu)^(?:ngay\\s+)?(?:sau\\s+khi|sai\\s+khi|khi|sau)\\s"
            + "|^theo\\s+(?:tiến\\s+độ|nhiệm\\s+vụ|lộ\\s+trình|yêu\\s+cầu|chỉ\\s+đạo|hướng\\s+dẫn|kế\\s+hoạch|quy\\s+định"
            + "|thời\\s+gian|thời\\s+hạn|văn\\s+bản)(?!\\p{L})");
    /** "10/2026", "01/2025": a month and a four-digit year, not a day and a month. */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern RECURRING = Pattern.compile(
            "(?iu)thường\\s+xuyên|h[ằà]ng\\s+(?:năm|quý|tháng|tuần)|định\\s+kỳ|liên\\s+tục");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?!\\d)"
            + "|(?iu)từ\\s+năm\\s+((?:19|20)\\d{2})\\s+đến\\s+(?:năm\\s+)?((?:19|20)\\d{2})");
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    /** A quarter in Roman or Arabic numerals; "1V" is a scan's IV (the I read as a 1, l or |), there being no quarter 1V. */
    private static final Pattern QUARTER = Pattern.compile("(?iu)quý\\s+(IV|[1l|]V|I{1,3}|[1-4])(?![\\p{L}\\d])");
    /** A date in words, "ngày 30 tháng 6 năm 2026" (the form Decree 30/2020/NĐ-CP prescribes for a date line), read as 30/6/2026. */
    private static final Pattern SPELLED_DATE = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+((?:19|20)\\d{2}))?(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("(?iu)tháng\\s+(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private DeadlineParser() {}

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
        Matcher d = DATE.matcher(SPELLED_DATE.matcher(t).replaceAll(
                w -> w.group(1) + "/" + w.group(2) + (w.group(3) == null ? "" : "/" + w.group(3))));
        while (d.find()) {
            LocalDate date = date(d, year);
            if (date != null) dates.add(date);
        }
        if (!dates.isEmpty()) {
            LocalDate first = dates.getFirst(), last = dates.getLast();
            return new Deadline(raw, dates.size() == 1 ? Deadline.Kind.DATE : Deadline.Kind.RANGE, first, last, done);
        }
        List<YearMonth> monthsOfYears = new ArrayList<>();
        Matcher my = MONTH_YEAR.matcher(t);
        while (my.find()) {
            int month = Integer.parseInt(my.group(1));
            if (month >= 1 && month <= 12) monthsOfYears.add(YearMonth.of(Integer.parseInt(my.group(2)), month));
        }
        if (!monthsOfYears.isEmpty() && !QUARTER.matcher(t).find()) {
            YearMonth first = monthsOfYears.getFirst(), last = monthsOfYears.getLast();
            return new Deadline(raw, monthsOfYears.size() == 1 ? Deadline.Kind.MONTH : Deadline.Kind.RANGE,
                    first.atDay(1), last.atEndOfMonth(), done);
        }
        List<Integer> quarters = new ArrayList<>();
        Matcher q = QUARTER.matcher(t);
        while (q.find()) quarters.add(quarter(q.group(1)));
        if (!quarters.isEmpty()) {
            int from = quarters.stream().min(Integer::compare).orElseThrow(), to = quarters.stream().max(Integer::compare).orElseThrow();
            return new Deadline(raw, from == to ? Deadline.Kind.QUARTER : Deadline.Kind.RANGE,
                    YearMonth.of(year, from * 3 - 2).atDay(1), YearMonth.of(year, to * 3).atEndOfMonth(), done);
        }
        List<Integer> months = new ArrayList<>();
        Matcher mo = MONTH.matcher(t);
        while (mo.find()) {
            int month = Integer.parseInt(mo.group(1));
            if (month >= 1 && month <= 12) months.add(month);
        }
        if (!months.isEmpty()) {
            int from = months.getFirst(), to = months.getLast();
            return new Deadline(raw, months.size() == 1 ? Deadline.Kind.MONTH : Deadline.Kind.RANGE,
                    YearMonth.of(year, from).atDay(1), YearMonth.of(year, to).atEndOfMonth(), done);
        }
        if (YEAR.matcher(t).find())
            return new Deadline(raw, Deadline.Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), done);
        return new Deadline(raw, Deadline.Kind.UNKNOWN, null, null, done);
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

    private static int quarter(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
