package vn.nq57.loader.rows;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.rows.ProseLines.Block;
import vn.nq57.loader.rows.ProseLines.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals written as sentences become indicators: in each clause (sentences and ";"-parts of an item), every number
 * stated as a target — after a verb of attainment ("đạt", "ở mức", "chiếm", "duy trì", "tăng trung bình", "có", "thu
 * hút thêm", "bố trí", "đáp ứng") or a comparator ("tối thiểu", "ít nhất", "trên", "hơn", "dưới", "tối đa", "từ … -
 * …"), or opening the clause as a percentage or a count of something ("100% dịch vụ công trực tuyến …", "Phấn đấu 05
 * doanh nghiệp …"), whatever bullet or letter the clause has — is one indicator. Its name is what the clause says before the verb (the whole clause when that says nothing), its target the
 * value as printed ("tối thiểu 30% GDP", "16 - 18%/năm"), its unit what follows the number ("% GDP", "%/năm",
 * "người trên một vạn dân", "doanh nghiệp"). A heading "Đến năm 2030" / "Tầm nhìn đến năm 2045" groups the goals under
 * it and gives their horizon; an item opening with one ("1. Đến năm 2025, 100% thủ tục …") has its own. A numbered
 * item's goals keep its printed number as their ordinal. Rankings ("nhóm 3 nước dẫn đầu") and numbers that are names ("5G") are not targets.
 */
final class ProseGoals {
    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final Pattern TARGET = Pattern.compile("(?iu)(?<![\\p{L}\\d])"
            + "(?:(?<verb>đạt|ở mức|chiếm|duy trì|tăng trung bình|tăng|giảm|có|thu hút thêm|thu hút|bố trí|(?:được\\s+)?đáp ứng)\\s+)?"
            + "(?<cmp>(?:tối thiểu|ít nhất|trên|hơn|dưới|tối đa|không quá|không dưới|không thấp hơn|khoảng|từ)\\s+(?:có\\s+)?)?"
            + "(?<value>" + NUM + "(?:\\s*(?:-|–|đến)\\s*" + NUM + ")?)(?<pct>\\s*%)?");
    /** "Đến năm 2030", "Tầm nhìn đến năm 2045", "Mục tiêu cụ thể đến năm 2027:", "ĐẾN NĂM 2030". */
    static final Pattern HORIZON_HEADING = Pattern.compile(
            "(?iu)^(?:mục tiêu(?:\\s+\\p{L}+){0,2}\\s+)?(?:tầm nhìn\\s+)?(?:đến|tới)\\s+năm\\s+((?:19|20)\\d{2})\\s*:?$");
    /** A horizon an item opens with, before its goal: "Đến năm 2025, …", "Phấn đấu đến hết năm 2026, …". */
    private static final Pattern ITEM_HORIZON = Pattern.compile(
            "(?iu)(?:ph[ấâ]n đấu\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+((?:19|20)\\d{2})\\s*,\\s*");
    /** What may open a clause before the number it states: "Phấn đấu 100% …" (and the typo "Phân đấu"). */
    private static final Pattern OPENER = Pattern.compile("(?iu)^(?:ph[ấâ]n đấu\\s+)?");
    private static final Pattern AFTER_PERCENT = Pattern.compile("^(?:\\s*/\\s*(?:năm|tháng|quý)|\\s+GR?DP|\\s+dân số)");
    private static final Pattern UNIT_WORDS = Pattern.compile("^\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");
    /** "người trên một vạn dân", "bác sĩ trên 1 nghìn dân": a count per population. */
    private static final Pattern PER_POPULATION = Pattern.compile(
            "^\\s+(\\p{L}+(?:\\s+\\p{L}+)?\\s+trên\\s+(?:một|1)\\s+(?:vạn|nghìn|triệu)\\s+\\p{L}+)");
    /** The verb a counted noun's sentence goes on with: not part of the unit ("xã hoàn thành", "thôn đạt chuẩn"). */
    private static final Pattern VERB_AFTER_COUNT = Pattern.compile("(?iu)(?:hoàn thành|tham gia|thực hiện|triển khai"
            + "|sử dụng|ứng dụng|áp dụng|đăng ký|kết nối|cài đặt|xây dựng|chuyển đổi|tiếp cận|đạt|có|thuộc|là|tham|hoàn)"
            + "(?!\\p{L})");
    private static final java.util.Set<String> NOT_UNIT = java.util.Set.of(
            "của", "trong", "được", "ngang", "tại", "cho", "về", "đặt", "so", "với", "và", "hàng", "trở", "năm", "đến", "trên");
    private static final Pattern LEADING = Pattern.compile("(?iu)^[\\s,;:.–-]*(?:(?:trong đó|và|còn)(?!\\p{L})[\\s,]*)*");
    private static final Pattern SENTENCE = Pattern.compile(";|\\.\\s+(?=\\p{Lu})");

    private ProseGoals() {}

    static List<IndicatorRow> read(SourceText text, Block part, List<Block> body, List<SectionRow> groups) {
        List<IndicatorRow> out = new ArrayList<>();
        SectionRow group = null;
        for (Block b : body) {
            Matcher h = HORIZON_HEADING.matcher(b.text());
            if (h.matches()) {
                LineSpan span = new LineSpan(b.first, b.last);
                group = new SectionRow(b.label.isEmpty() ? null : b.label, b.text(), null, span, text.text(span));
                groups.add(group);
                continue;
            }
            LineSpan span = new LineSpan(b.first, b.last);
            // an item opening with its own horizon: "1. Đến năm 2025, 100% thủ tục hành chính …"
            String item = b.text();
            Integer horizon = null;
            Matcher own = ITEM_HORIZON.matcher(item);
            if (own.lookingAt()) {
                horizon = Integer.valueOf(own.group(1));
                item = item.substring(own.end());
            }
            // a numbered item keeps its printed number ("1.", "2)" → "1", "2"); a bullet has none
            String ordinal = b.kind == Kind.NUMBERED ? b.label : "";
            for (String clause : SENTENCE.split(item)) {
                for (Goal g : goals(clause.strip())) {
                    out.add(new IndicatorRow(group, ordinal, g.name, g.unit, g.target, "", "", "", span, text.text(span),
                            horizon));
                }
            }
        }
        return out;
    }

    record Goal(String name, String target, String unit) {}

    /** The targets one clause states, in order. */
    static List<Goal> goals(String clause) {
        List<Goal> goals = new ArrayList<>();
        Matcher m = TARGET.matcher(clause);
        int previousEnd = 0;
        Matcher leading = LEADING.matcher(clause);
        int opening = leading.lookingAt() ? leading.end() : 0;
        Matcher opener = OPENER.matcher(clause).region(opening, clause.length());
        if (opener.lookingAt()) opening = opener.end();
        while (m.find()) {
            // a number the clause opens with states its target too ("100% dịch vụ công …", "05 doanh nghiệp …")
            boolean opens = m.start() == opening;
            if (m.group("verb") == null && m.group("cmp") == null && !opens) continue;
            int end = m.end();
            if (end < clause.length() && m.group("pct") == null && Character.isLetter(clause.charAt(end))) continue; // 5G
            if (m.group("pct") == null && m.group("value").matches("(?:19|20)\\d{2}")) continue;                      // a year
            String unit;
            if (m.group("pct") != null) {
                Matcher after = AFTER_PERCENT.matcher(clause.substring(end));
                unit = "%";
                if (after.find()) { unit = "%" + after.group().replaceAll("\\s+", " ").replace(" /", "/").replace("/ ", "/"); end += after.end(); }
            } else {
                Matcher words = UNIT_WORDS.matcher(clause.substring(end));
                Matcher per = PER_POPULATION.matcher(clause.substring(end));
                unit = "";
                if (per.find()) {
                    unit = per.group(1).replaceAll("\\s+", " ");
                    end += per.end();
                } else if (words.find()) {
                    String[] w = words.group(1).split("\\s+");
                    StringBuilder u = new StringBuilder();
                    int used = 0;
                    for (String word : w) {
                        if (NOT_UNIT.contains(word.toLowerCase())) break;
                        u.append(u.isEmpty() ? "" : " ").append(word);
                        used++;
                    }
                    unit = u.toString().replaceAll("\\s+", " ").strip();
                    // "12 xã hoàn thành …", "5 thôn đạt chuẩn …": the unit is the noun before the verb, not "xã hoàn"
                    if (used == 2 && VERB_AFTER_COUNT.matcher(clause.substring(end + words.start(1))
                            .substring(w[0].length()).strip()).lookingAt())
                        unit = w[0];
                    if (!unit.isEmpty()) end = end + clause.substring(end).indexOf(unit.split(" ")[0]) + unit.length();
                }
            }
            // a count the clause opens with measures something: "05 doanh nghiệp", not "3 năm"
            if (opens && m.group("verb") == null && m.group("cmp") == null && m.group("pct") == null && unit.isEmpty())
                continue;
            int start = m.group("cmp") != null ? m.start("cmp") : m.start("value");
            String target = clause.substring(start, Math.min(end, clause.length())).strip();
            int nameEnd = m.group("verb") != null ? m.start("verb") : start;
            String name = opens ? "" : LEADING.matcher(clause.substring(previousEnd, nameEnd)).replaceFirst("").strip()
                    .replaceAll("[,;:]+$", "").strip();
            if (name.split("\\s+").length < 2) name = LEADING.matcher(clause).replaceFirst("").strip().replaceAll("[.;,]+$", "");
            goals.add(new Goal(name, target, unit));
            previousEnd = Math.min(end, clause.length());
        }
        return goals;
    }
}
