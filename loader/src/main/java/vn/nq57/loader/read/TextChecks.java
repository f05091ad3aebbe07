package vn.nq57.loader.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text that would go into the graph damaged, naming the lines: NUL and other control characters, lone
 * surrogates, U+FFFD (letters already lost by a wrong conversion), numeric character references that are no Unicode
 * character ({@code &#0;}, {@code &#xD800;}, {@code &#x110000;}, {@code &#99999999999;}), and runs of legacy
 * Vietnamese font encodings (TCVN3/ABC, VNI) pasted into otherwise Unicode text. The whole-file legacy check of
 * {@link LegacyEncodingDetector} runs first, so a file that is all TCVN3 gets the one message that says so.
 */
final class TextChecks {
    /** How many offending lines a message lists. */
    private static final int LISTED = 5;
    /** A numeric character reference; digits are bounded only by the line, so the value is checked as text first. */
    private static final Pattern CHAR_REF = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));");

    private TextChecks() {}

    static void check(String file, List<String> lines) throws SourceException {
        LegacyEncodingDetector.check(file, lines);
        refuse(file, lines, TextChecks::damage);
        refuse(file, lines, TextChecks::badReference);
        refuse(file, lines, line -> LegacyEncodingDetector.lineLooksLegacy(line)
                ? "text in a legacy Vietnamese font encoding (TCVN3/VNI) pasted into Unicode text" : null);
    }

    private interface LineCheck { String problem(String line); }

    private static void refuse(String file, List<String> lines, LineCheck check) throws SourceException {
        List<Integer> bad = new ArrayList<>();
        String first = null;
        for (int n = 0; n < lines.size(); n++) {
            String problem = check.problem(lines.get(n));
            if (problem == null) continue;
            if (first == null) first = problem;
            bad.add(n + 1);
        }
        if (first == null) return;
        String where = bad.size() == 1 ? "" : " (lines " + String.join(", ",
                bad.stream().limit(LISTED).map(String::valueOf).toList()) + (bad.size() > LISTED ? ", …" : "") + ")";
        throw new SourceException(file, bad.getFirst(), first + where + "; fix the text and load it again");
    }

    private static String damage(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 0) return "NUL character in the text";
            if (c == '\uFFFD') return "U+FFFD replacement character: letters were lost by a wrong conversion";
            if (Character.isHighSurrogate(c) && (i + 1 >= line.length() || !Character.isLowSurrogate(line.charAt(i + 1))))
                return "lone surrogate U+" + Integer.toHexString(c).toUpperCase() + " (not a character)";
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(line.charAt(i - 1))))
                return "lone surrogate U+" + Integer.toHexString(c).toUpperCase() + " (not a character)";
            if (Character.isISOControl(c) && c != '\t' && c != '\f')
                return String.format("control character U+%04X in the text", (int) c);
        }
        return null;
    }

    private static String badReference(String line) {
        if (line.indexOf("&#") < 0) return null;
        Matcher m = CHAR_REF.matcher(line);
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            int radix = m.group(1) != null ? 16 : 10;
            long cp = codePoint(digits, radix);
            if (cp < 0 || cp > Character.MAX_CODE_POINT || cp == 0
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                    || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0))
                return "character reference " + abbreviate(m.group()) + " is not a Unicode character";
        }
        return null;
    }

    /** The value of a character reference, or -1 when it has more digits than any code point could. */
    static long codePoint(String digits, int radix) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        if (d.length() > (radix == 16 ? 6 : 7)) return -1;
        return Long.parseLong(d, radix);
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 12) + "…" + s.substring(s.length() - 6);
    }
}
