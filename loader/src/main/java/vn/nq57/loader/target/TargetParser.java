package vn.nq57.loader.target;

import vn.nq57.loader.read.Spaces;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator's target cell: "≥ 60", ">=60%", "$\geq 70$", "Tối thiểu 50%", "Ít nhất 3", "100%",
 * "66% đến 70%", "66-70%", "Từ 5 đến 7", "≤ 5", "Dưới 10%", "Top 10" (a rank: ≤ 10), "Mức độ 4", "Liên thông", and a
 * relative change "tăng 15% so với năm 2025" (= 15, unit "% tăng so với năm 2025": the ontology has no way to say
 * "relative", so the unit does). Numbers are Vietnamese:
 * "1,5" is 1.5 and "1.000" is 1000.
 */
public final class TargetParser {
    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)(?:từ\\s+)?(" + NUM + ")\\s*(%?)\\s*(?:đến|tới|[-–—])\\s*(" + NUM + ")\\s*(%?)");
    private static final Pattern AT_LEAST = Pattern.compile("(?iu)^(?:≥|>=|>|tối\\s+thiểu|ít\\s+nhất|trên|từ|không\\s+dưới|đạt\\s+trên|đạt\\s+tối\\s+thiểu)");
    /** "Top 10", "trong Top 3": a rank, so at most that number. */
    private static final Pattern AT_MOST = Pattern.compile(
            "(?iu)^(?:≤|<=|<|tối\\s+đa|dưới|không\\s+quá|không\\s+vượt\\s+quá|(?:trong\\s+|nằm\\s+trong\\s+)?(?:top|tốp))");
    /**
     * A change relative to another value ("tăng 15% so với năm 2025", "giảm ít nhất 10%"): group 1 is the verb, group 2
     * a comparator word, group 3 the percentage, group 4 what it is compared with.
     */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?iu)^(tăng|giảm)\\s+(?:thêm\\s+)?(tối\\s+thiểu|ít\\s+nhất|trên|tối\\s+đa|dưới|không\\s+quá)?\\s*("
                    + NUM + ")\\s*%\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile(NUM);

    private TargetParser() {}

    public static Target parse(String raw) {
        String t = Spaces.collapse(delatex(raw == null ? "" : raw)).strip();
        if (t.isEmpty()) return new Target(raw, Target.TEXT, null, null, null);
        String unit = t.contains("%") ? "%" : null;

        Matcher rel = RELATIVE.matcher(t);
        if (rel.matches()) {
            // the number is a percentage of change, not a value in the indicator's unit: the unit says so
            String word = rel.group(2) == null ? "" : rel.group(2);
            String comparator = word.isEmpty() ? Target.EQUALS
                    : AT_MOST.matcher(word).find() ? Target.AT_MOST : Target.AT_LEAST;
            String compared = rel.group(4).strip();
            return new Target(raw, comparator, number(rel.group(3)), null,
                    ("% " + rel.group(1) + (compared.isEmpty() ? "" : " " + compared)).strip());
        }
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

    /**
     * True when the target is a relative change ("tăng 15% so với năm 2025"): its unit is the percentage of change
     * ({@link Target#unitHint()}), not the indicator's unit.
     */
    public static boolean isRelative(String raw) {
        return raw != null && RELATIVE.matcher(Spaces.collapse(delatex(raw)).strip()).matches();
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
