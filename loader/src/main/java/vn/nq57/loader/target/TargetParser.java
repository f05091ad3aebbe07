package vn.nq57.loader.target;

import vn.nq57.loader.read.Spaces;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator's target cell: "≥ 60", ">=60%", "$\geq 70$", "Tối thiểu 50%", "Ít nhất 3", "100%",
 * "66% đến 70%", "66-70%", "Từ 5 đến 7", "≤ 5", "Dưới 10%", "Mức độ 4", "Liên thông". Numbers are Vietnamese:
 * "1,5" is 1.5 and "1.000" is 1000.
 */
public final class TargetParser {
    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)(?:từ\\s+)?(" + NUM + ")\\s*(%?)\\s*(?:đến|tới|[-–—])\\s*(" + NUM + ")\\s*(%?)");
    private static final Pattern AT_LEAST = Pattern.compile("(?iu)^(?:≥|>=|>|tối\\s+thiểu|ít\\s+nhất|trên|từ|không\\s+dưới|đạt\\s+trên|đạt\\s+tối\\s+thiểu)");
    private static final Pattern AT_MOST = Pattern.compile("(?iu)^(?:≤|<=|<|tối\\s+đa|dưới|không\\s+quá|không\\s+vượt\\s+quá)");
    private static final Pattern NUMBER = Pattern.compile(NUM);

    private TargetParser() {}

    public static Target parse(String raw) {
        String t = Spaces.collapse(delatex(raw == null ? "" : raw)).strip();
        if (t.isEmpty()) return new Target(raw, Target.TEXT, null, null, null);
        String unit = t.contains("%") ? "%" : null;

        Matcher r = RANGE.matcher(t);
        if (r.find()) {
            return new Target(raw, Target.RANGE, number(r.group(1)), number(r.group(3)),
                    unit != null ? unit : hint(t, r.start(), r.end()));
        }
        Matcher n = NUMBER.matcher(t);
        if (!n.find()) return new Target(raw, Target.TEXT, null, null, null);
        String before = t.substring(0, n.start()).strip();
        String comparator = Target.EQUALS;
        Matcher least = AT_LEAST.matcher(before), most = AT_MOST.matcher(before);
        if (least.find()) { comparator = Target.AT_LEAST; before = before.substring(least.end()); }
        else if (most.find()) { comparator = Target.AT_MOST; before = before.substring(most.end()); }
        String hint = unit != null ? unit : hint(before + " " + t.substring(n.end()), -1, -1);
        return new Target(raw, comparator, number(n.group()), null, hint);
    }

    /** "$\geq 70\%$" → "≥ 70%". */
    private static String delatex(String s) {
        return s.replace("$", " ").replaceAll("\\\\(?:geq|ge)(?![a-z])", "≥").replaceAll("\\\\(?:leq|le)(?![a-z])", "≤")
                .replace("\\%", "%").replaceAll("\\\\[,;! ]", " ").replaceAll("\\\\text\\{([^}]*)}", "$1");
    }

    /** Words beside the number ("Mức độ" in "Mức độ 4"), without comparator words or punctuation; null if none. */
    private static String hint(String t, int start, int end) {
        String rest = start < 0 ? t : t.substring(0, start) + " " + t.substring(end);
        rest = rest.replaceAll("[≥≤<>=%:()]", " ").replaceAll("\\s+", " ").strip();
        return rest.isEmpty() ? null : rest;
    }

    /** Vietnamese notation: "," is the decimal mark; "." groups thousands when three digits follow, else it is decimal. */
    static BigDecimal number(String s) {
        String n = s;
        if (n.contains(",")) n = n.replace(".", "").replace(',', '.');
        else if (n.matches("\\d{1,3}(?:\\.\\d{3})+")) n = n.replace(".", "");
        return new BigDecimal(n);
    }
}
