package vn.nq57.loader.deadline;

import vn.nq57.loader.read.Spaces;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a task written as a sentence states at its end, where a table would have a deadline column: "…;
 * thực hiện cơ bản hoàn thành trong năm 2025.", "… hoàn thành trước ngày 30/6/2026.", "… (Quý II/2026)", "…;
 * thời gian thực hiện: tháng 9/2026", "…, thực hiện thường xuyên.". Only the forms {@link DeadlineParser} reads (a
 * date, a month, a quarter, a year, an ongoing or yearly task), and only where the words say the task is to be done
 * then: after "hoàn thành", "xong", "chậm nhất", "trước" (a date, month or quarter), or as a clause of its own that
 * says nothing but the time ("thực hiện trong quý III/2026", "(tháng 10/2026)"). A year the sentence mentions in
 * passing ("Chương trình chuyển đổi số quốc gia đến năm 2030", "các dự án khởi công trước năm 2020") is no deadline.
 */
public final class StatedDeadline {
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String QUARTER = "quý\\s+(?:IV|I{1,3}|[1-4])";
    /** A date, month or quarter, with or without its year: what "trước" may precede. */
    private static final String PRECISE = "(?:ngày\\s+)?\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*" + YEAR
            + "|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+" + YEAR
            + "|tháng\\s+\\d{1,2}(?:\\s*/\\s*" + YEAR + "|\\s+năm\\s+" + YEAR + ")?"
            + "|\\d{1,2}\\s*/\\s*" + YEAR
            + "|" + QUARTER + "(?:\\s*(?:,|và|-|–)\\s*(?:quý\\s+)?(?:IV|I{1,3}|[1-4]))*(?:\\s*/\\s*" + YEAR
            + "|\\s+năm\\s+" + YEAR + ")?";
    private static final String WHEN = PRECISE + "|năm\\s+" + YEAR;
    private static final String RECURRING = "thường\\s+xuyên|h[ằà]ng\\s+(?:năm|quý|tháng)|định\\s+kỳ(?:\\s+h[ằà]ng)?\\s+(?:năm|quý|tháng)";
    private static final String PREPOSITION = "trong|trước|vào|chậm\\s+nhất(?:\\s+(?:là|vào|trong))?|đến\\s+hết|ngay\\s+trong";
    /** Words before the time in a clause that says only when: "thực hiện cơ bản hoàn thành", "thời gian thực hiện:". */
    private static final String LEAD = "(?:(?:cơ\\s+bản|phấn\\s+đấu|thực\\s+hiện|triển\\s+khai|tổ\\s+chức|hoàn\\s+thành|xong|dự\\s+kiến"
            + "|thời\\s+gian(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành))?|thời\\s+hạn(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành))?"
            + "|tiến\\s+độ)\\s*:?\\s+)";
    /** A last clause that is only a time: leads, a preposition, the time; or an ongoing task. */
    private static final Pattern CLAUSE = Pattern.compile("(?iu)^(?<lead>" + LEAD + "*)(?<when>(?:(?:" + PREPOSITION
            + ")\\s+)?(?:" + WHEN + ")|" + RECURRING + ")$");
    /** The end of a longer clause: "… hoàn thành trong năm 2025", "… trước ngày 30/6/2026". */
    private static final Pattern DONE_BY = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:hoàn\\s+thành|xong|chậm\\s+nhất)\\s+"
            + "(?<when>(?:(?:trong|vào|trước|là|đến\\s+hết)\\s+)?(?:" + WHEN + "))$"
            + "|(?<![\\p{L}\\d])(?<before>trước\\s+(?:" + PRECISE + "))$");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;:,/]+$");
    /** What announces a time after ":": "Thời gian thực hiện:", "Thời hạn hoàn thành:", "Tiến độ:". */
    private static final Pattern TIME_LABEL = Pattern.compile(
            "(?iu)(?:thời\\s+gian|thời\\s+hạn|tiến\\s+độ)(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành))?$");
    private static final Pattern RECURRING_ONLY = Pattern.compile("(?iu)" + RECURRING);

    private StatedDeadline() {}

    /**
     * The deadline stated at the end of a task's sentence, as printed.
     *
     * @param sentence the task's own text (its item, without the points under it); null reads as empty
     * @return the words that give the time ("trong năm 2025", "trước ngày 30/6/2026", "Quý II/2026", "thường xuyên"),
     *         for {@link DeadlineParser#parse}; "" when the sentence states no time for the task
     */
    public static String atEnd(String sentence) {
        if (sentence == null) return "";
        String s = TRAILING.matcher(Spaces.collapse(sentence).strip()).replaceFirst("");
        boolean parenthesised = s.endsWith(")");
        if (parenthesised) s = s.substring(0, s.length() - 1).strip();
        int cut = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ';' || c == ',' || c == ':' || c == '(' || (c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ')
                    || ((c == '-' || c == '–') && i > 0 && s.charAt(i - 1) == ' ')) {
                cut = i;
                break;
            }
        }
        String clause = s.substring(cut + 1).strip();
        char separator = cut >= 0 ? s.charAt(cut) : 0;
        Matcher m = CLAUSE.matcher(clause);
        if (m.matches()) {
            String when = m.group("when").strip();
            boolean led = !m.group("lead").isEmpty();
            boolean ownClause = separator != 0 || parenthesised;
            boolean announced = separator == ':' && TIME_LABEL.matcher(s.substring(0, cut).strip()).find();
            boolean recurring = RECURRING_ONLY.matcher(when).matches();
            boolean preposition = !when.equals(bare(when));
            // "…, năm 2025" alone says no more than a year; "…; thực hiện trong năm 2025", "(Quý II/2026)" say when
            if (led || announced || parenthesised || (ownClause && (preposition || recurring))) return when;
        }
        Matcher d = DONE_BY.matcher(clause);
        if (d.find()) return (d.group("when") != null ? d.group("when") : d.group("before")).strip();
        return "";
    }

    /** The time without a preposition before it. */
    private static String bare(String when) {
        return when.replaceFirst("(?iu)^(?:" + PREPOSITION + ")\\s+", "");
    }
}
