package vn.nq57.loader.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text that is no document's text ({@link #MAX_LINE_CHARS}: a line longer than any document has) or that
 * would go into the graph damaged, naming the lines, in English and in Vietnamese: NUL and other control characters,
 * lone surrogates, U+FFFD (letters already lost by a wrong conversion), numeric character references that are no
 * Unicode character ({@code &#0;}, {@code &#xD800;}, {@code &#x110000;}, {@code &#99999999999;}), and runs of legacy
 * Vietnamese font encodings (TCVN3/ABC, VNI) pasted into otherwise Unicode text. The whole-file legacy check of
 * {@link LegacyEncodingDetector} runs first (after the lines' length), so a file that is all TCVN3 gets the one
 * message that says so.
 */
final class TextChecks {
    /** How many offending lines a message lists. */
    private static final int LISTED = 5;
    /**
     * The longest line, in characters, that the text of a document may have. The longest line of the real documents
     * (data/sources, ../shared/seeds and ../shared/extra, every format: a table row of the programme 03/NQ-CP) is
     * 1,787 characters, a long Word paragraph or table row of a web copy a few thousand; 20,000 is over ten times the
     * longest, some six printed pages without a line break. A longer line is no line of a plan: the text has lost its
     * line breaks (a plan flattened into one line, whose rows and headings cannot be found) or is no document at all
     * (a megabyte of anything), and would otherwise be loaded as an empty draft.
     */
    static final int MAX_LINE_CHARS = 20_000;
    /** A numeric character reference; digits are bounded only by the line, so the value is checked as text first. */
    private static final Pattern CHAR_REF = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));");

    private TextChecks() {}

    static void check(String file, List<String> lines) throws SourceException {
        // first: the other checks need not look through a line that is no line of a document
        refuse(file, lines, TextChecks::tooLong);
        LegacyEncodingDetector.check(file, lines);
        refuse(file, lines, TextChecks::damage);
        refuse(file, lines, TextChecks::badReference);
        refuse(file, lines, line -> LegacyEncodingDetector.lineLooksLegacy(line)
                ? new Problem("text in a legacy Vietnamese font encoding (TCVN3/VNI) pasted into Unicode text",
                        "đoạn văn bản theo bảng mã phông tiếng Việt cũ (TCVN3/VNI) dán vào văn bản Unicode") : null);
    }

    /** What is wrong with a line, in English and in Vietnamese. */
    private record Problem(String en, String vi) {}

    private interface LineCheck { Problem problem(String line); }

    private static void refuse(String file, List<String> lines, LineCheck check) throws SourceException {
        List<Integer> bad = new ArrayList<>();
        Problem first = null;
        for (int n = 0; n < lines.size(); n++) {
            Problem problem = check.problem(lines.get(n));
            if (problem == null) continue;
            if (first == null) first = problem;
            bad.add(n + 1);
        }
        if (first == null) return;
        String listed = String.join(", ", bad.stream().limit(LISTED).map(String::valueOf).toList())
                + (bad.size() > LISTED ? ", …" : "");
        String where = bad.size() == 1 ? "" : " (lines " + listed + ")";
        String whereVi = bad.size() == 1 ? "" : " (các dòng " + listed + ")";
        throw new SourceException(file, bad.getFirst(), first.en() + where + "; fix the text and load it again",
                first.vi() + whereVi + "; hãy sửa văn bản rồi nạp lại");
    }

    private static Problem tooLong(String line) {
        if (line.length() <= MAX_LINE_CHARS) return null;
        return new Problem("a line of " + line.length() + " characters, over the " + MAX_LINE_CHARS
                + " a line of a document has at most: a text without line breaks is no document the loader can read",
                "một dòng dài " + line.length() + " ký tự, vượt quá " + MAX_LINE_CHARS + " ký tự là độ dài tối đa"
                + " của một dòng văn bản: văn bản không xuống dòng không phải là văn bản mà bộ nạp đọc được");
    }

    private static Problem damage(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 0) return new Problem("NUL character in the text", "ký tự NUL trong văn bản");
            if (c == '\uFFFD') return new Problem("U+FFFD replacement character: letters were lost by a wrong conversion",
                    "ký tự thay thế U+FFFD: chữ đã bị mất do chuyển mã sai");
            if (Character.isHighSurrogate(c) && (i + 1 >= line.length() || !Character.isLowSurrogate(line.charAt(i + 1))))
                return loneSurrogate(c);
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(line.charAt(i - 1))))
                return loneSurrogate(c);
            if (Character.isISOControl(c) && c != '\t' && c != '\f')
                return new Problem(String.format("control character U+%04X in the text", (int) c),
                        String.format("ký tự điều khiển U+%04X trong văn bản", (int) c));
        }
        return null;
    }

    private static Problem loneSurrogate(char c) {
        String code = "U+" + Integer.toHexString(c).toUpperCase();
        return new Problem("lone surrogate " + code + " (not a character)",
                "nửa cặp thay thế (surrogate) " + code + " đứng riêng, không phải một ký tự");
    }

    private static Problem badReference(String line) {
        if (line.indexOf("&#") < 0) return null;
        Matcher m = CHAR_REF.matcher(line);
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            int radix = m.group(1) != null ? 16 : 10;
            long cp = codePoint(digits, radix);
            if (cp < 0 || cp > Character.MAX_CODE_POINT || cp == 0
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                    || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0))
                return new Problem("character reference " + abbreviate(m.group()) + " is not a Unicode character",
                        "tham chiếu ký tự " + abbreviate(m.group()) + " không phải là một ký tự Unicode");
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
