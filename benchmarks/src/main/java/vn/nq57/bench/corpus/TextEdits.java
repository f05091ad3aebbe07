package vn.nq57.bench.corpus;

import vn.nq57.loader.reference.DocumentNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits that turn a template's text into another area's document: names, numbers and dates. Names may be
 * wrapped over lines in PDF-extracted text ("Cao \n\nMinh"), so they match across any run of whitespace.
 */
final class TextEdits {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern BLANK_NUMBER = Pattern.compile("(Số\\s*:)[ \\t]*(/)");
    private static final Pattern HEADER_DATE = Pattern.compile(
            "ngày[ \\t]*(\\d{1,2})?[ \\t]*tháng[ \\t]*(\\d{1,2})[ \\t]*năm[ \\t]*(\\d{4})");
    private static final Pattern DATE_AFTER = Pattern.compile("\\A([\\s,]*ngày\\s*)(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})");

    /** How far down a document its header (number, place and date) may sit. */
    private static final int HEADER_LINES = 15;

    private TextEdits() {}

    /**
     * Replaces each name in {@code names} (as written, and in capitals) by its value, in one pass, so a new name
     * that contains an old one is never replaced again.
     */
    static String rename(String text, Map<String, String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        names.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> {
                    for (String[] form : new String[][] {{e.getKey(), e.getValue()},
                            {e.getKey().toUpperCase(VI), e.getValue().toUpperCase(VI)}}) {
                        if (byKey.putIfAbsent(collapse(form[0]), form[1]) == null) alternatives.add(flexible(form[0]));
                    }
                });
        if (alternatives.isEmpty()) return text;
        Pattern any = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
        return replaceAll(any, text, m -> byKey.get(collapse(m.group())));
    }

    /** Fills a blank number of the header ({@code Số: /KH-UBND}) with {@code number}; false when there is none. */
    static String fillNumber(String text, int number) {
        Matcher m = BLANK_NUMBER.matcher(text);
        return m.find() ? text.substring(0, m.start()) + m.group(1) + " " + number + m.group(2) + text.substring(m.end()) : text;
    }

    static boolean hasBlankNumber(String text) {
        return BLANK_NUMBER.matcher(text).find();
    }

    /** Gives the first "ngày … tháng M năm Y" of the header (its first lines) the date {@code date}. */
    static String fillDate(String text, LocalDate date) {
        int header = 0;
        for (int i = 0; i < HEADER_LINES && header >= 0 && header < text.length(); i++) header = text.indexOf('\n', header + 1);
        Matcher m = HEADER_DATE.matcher(text).region(0, header < 0 ? text.length() : header);
        if (!m.find()) return text;
        return text.substring(0, m.start()) + "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue()
                + " năm " + date.getYear() + text.substring(m.end());
    }

    /**
     * Replaces every printing of the document number whose key is {@code key} by {@code number}, and the date
     * printed right after it (", ngày 15/9/2025") by {@code date}.
     */
    static String renumber(String text, String key, String number, LocalDate date) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (DocumentNumber.Found found : DocumentNumber.findAll(text)) {
            if (!key.equals(found.number().key()) || found.start() < at) continue;
            out.append(text, at, found.start()).append(number);
            at = found.end();
            Matcher d = DATE_AFTER.matcher(text).region(at, Math.min(text.length(), at + 40));
            if (d.lookingAt()) {
                out.append(d.group(1)).append(date.getDayOfMonth()).append('/').append(date.getMonthValue())
                   .append('/').append(date.getYear());
                at = d.end();
            }
        }
        return out.append(text.substring(at)).toString();
    }

    private static String flexible(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> quoted = new ArrayList<>();
        for (String w : words) quoted.add(Pattern.quote(w));
        return String.join("\\s+", quoted);
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String replaceAll(Pattern p, String text, Function<Matcher, String> by) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(by.apply(m)));
        m.appendTail(b);
        return b.toString();
    }
}
