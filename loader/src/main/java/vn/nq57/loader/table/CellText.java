package vn.nq57.loader.table;

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
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private CellText() {}

    public static String clean(String raw) {
        String s = FOOTNOTE_DEF.matcher(raw).replaceAll("");
        s = FOOTNOTE_REF.matcher(s).replaceAll("");
        s = BREAK_TAGS.matcher(s).replaceAll("\n");
        s = OTHER_TAGS.matcher(s).replaceAll("");
        s = s.replace("**", "");
        s = latexMath(s);
        s = decodeEntities(s);
        return Arrays.stream(s.split("\n"))
                .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
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
            if (name.startsWith("#x")) replacement = Character.toString(Integer.parseInt(name.substring(2), 16));
            else if (name.startsWith("#")) replacement = Character.toString(Integer.parseInt(name.substring(1)));
            else replacement = NAMED.getOrDefault(name.toLowerCase(), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }
}
