package vn.nq57.loader.table;

import vn.nq57.loader.read.Spaces;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a raw cell as printed (HTML/Markdown markup, entities, footnote marks) into its value: block tags and
 * {@code <br>} become line breaks, list items one per line, other tags and {@code **} vanish, entities are decoded,
 * footnote marks (¹²³, ^1, [footnoteRef:1]) and inline footnote definitions ([1: …]) are left out,
 * whitespace is collapsed inside each line and blank lines dropped.
 */
public final class CellText {
    private static final Pattern BREAK_TAGS = Pattern.compile("(?i)<br\\s*/?>|</?(?:p|ul|ol|div|li|tr)\\b[^>]*>");
    private static final Pattern OTHER_TAGS = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[footnoteRef:\\d+]|\\^\\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("\\[\\d+:[^\\]]*]");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ",
            "ndash", "–", "mdash", "—", "ge", "≥", "le", "≤");

    private CellText() {}

    public static String clean(String raw) {
        // Each pattern runs only on a cell holding the character it starts with: most cells are plain words.
        String s = raw;
        if (s.indexOf('[') >= 0) s = FOOTNOTE_DEF.matcher(s).replaceAll("");
        if (mayHoldFootnoteMark(s)) s = FOOTNOTE_REF.matcher(s).replaceAll("");
        if (s.indexOf('<') >= 0) {
            s = BREAK_TAGS.matcher(s).replaceAll("\n");
            s = OTHER_TAGS.matcher(s).replaceAll("");
        }
        s = s.replace("**", "");
        s = latexMath(s);
        s = decodeEntities(s);
        return Arrays.stream(s.split("\n"))
                .map(line -> Spaces.collapseWithNoBreak(line).strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /**
     * Whether {@code s} holds a character a footnote mark or definition starts with ({@code [}, {@code ^}, a
     * superscript digit): text without one has no footnote, so the patterns that find them need not run.
     */
    public static boolean mayHoldFootnoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '[', '^', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰' -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    /** Markdown converters write "≥ 70" as "$\geq 70$". */
    private static String latexMath(String s) {
        if (s.indexOf('$') < 0) return s;
        return s.replace("\\geq", "≥").replace("\\leq", "≤").replace("\\ge", "≥").replace("\\le", "≤").replace("$", "");
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x")) replacement = character(name.substring(2), 16, m.group());
            else if (name.startsWith("#")) replacement = character(name.substring(1), 10, m.group());
            else replacement = NAMED.getOrDefault(name.toLowerCase(), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /**
     * The character a numeric reference names, or the reference itself when it names none (0, a surrogate, past
     * U+10FFFF, more digits than a code point has): the reader refuses such text by line, this only never throws.
     */
    private static String character(String digits, int radix, String reference) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        if (d.length() > (radix == 16 ? 6 : 7)) return reference;
        int cp = Integer.parseInt(d, radix);
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
            return reference;
        return Character.toString(cp);
    }
}
