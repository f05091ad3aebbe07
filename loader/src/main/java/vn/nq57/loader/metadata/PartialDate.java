package vn.nq57.loader.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a Vietnamese document prints it, where drafts leave the day or month blank:
 * "ngày 28/4/2026", "ngày 03 tháng 3 năm 2025", "ngày   tháng 3 năm 2026", "ngày / /2025", "ngày /10/2025",
 * "ngày 05-3-2026".
 */
public record PartialDate(Integer day, Integer month, Integer year) {

    /**
     * Between the words and numbers of a date: spaces, and the odd mark a scan's text puts there ("ngày(tháng 5 năm
     * 2024", "ngày 03, tháng 3"), never a slash (the other notation's).
     */
    private static final String GAP = "[\\s\\p{P}&&[^/]]{0,3}";
    /**
     * A day written by hand into the blank of a signed scan, which the scan's text reads as a few odd letters that may
     * take the "t" of "tháng" with them ("ngày âŸháng 4 năm 2025"): no day, the month and year as printed.
     */
    private static final String SCRAWL = "\\s?[^\\s\\d/]{1,3}(?:\\s{0,3}t)?";
    private static final Pattern WORDS = Pattern.compile(
            "ngày(?:" + GAP + "(\\d{1,2})?" + GAP + "t|" + SCRAWL + ")háng" + GAP + "(\\d{1,2})?" + GAP + "năm" + GAP
                    + "(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SLASHES = Pattern.compile(
            "ngày\\s*(\\d{1,2})?\\s*/\\s*(\\d{1,2})?\\s*/\\s*(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "ngày 05-3-2026", "ngày 05.3.2026": figures joined by dashes or dots, one mark throughout, all three given. */
    private static final Pattern DASHES = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*([-.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The first date introduced by "ngày" in {@code text}, in any of its notations. */
    public static Optional<PartialDate> find(String text) {
        Matcher w = WORDS.matcher(text), s = SLASHES.matcher(text), d = DASHES.matcher(text);
        boolean fw = w.find(), fs = s.find(), fd = d.find();
        if (!fw && !fs && !fd) return Optional.empty();
        int ws = fw ? w.start() : Integer.MAX_VALUE, ss = fs ? s.start() : Integer.MAX_VALUE, ds = fd ? d.start() : Integer.MAX_VALUE;
        if (ds < ws && ds < ss)
            return Optional.of(new PartialDate(integer(d.group(1)), integer(d.group(3)), integer(d.group(4))));
        Matcher m = ws <= ss ? w : s;
        return Optional.of(new PartialDate(integer(m.group(1)), integer(m.group(2)), integer(m.group(3))));
    }

    /** The calendar date when day, month and year are all given and valid. */
    public Optional<LocalDate> toLocalDate() {
        if (day == null || month == null || year == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public boolean complete() { return toLocalDate().isPresent(); }

    private static Integer integer(String s) { return s == null ? null : Integer.valueOf(s); }
}
