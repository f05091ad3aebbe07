package vn.nq57.loader.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a plan written as running text gives each task under a label, where a table would have a column: "- Cơ
 * quan chủ trì: Văn phòng HĐND và UBND huyện.", "- Đơn vị phối hợp: Phòng Tư pháp.", "- Thời gian hoàn thành: Quý
 * III/2025.", "- Sản phẩm: Quy chế được ban hành.", on lines of their own under the task or as clauses of its sentence
 * ("… Đơn vị thực hiện: Phòng Văn hóa và Thông tin; thời gian: năm 2025."). A clause is a field only when it opens with
 * such a label and a colon, or when it only names the leading body ("…; Văn phòng HĐND và UBND xã chủ trì; thời gian:
 * thường xuyên.", "Văn phòng Đảng ủy chủ trì, phối hợp với … thực hiện"); everything else is the task's own words.
 *
 * @param rest         the text without its labelled clauses, as printed otherwise
 * @param lead         the leading bodies as printed, "" when no clause names them
 * @param coordinating the coordinating bodies as printed, or ""
 * @param deadline     the time as printed ("Quý III/2025"), or ""
 * @param result       the expected products, each as printed; empty when none
 */
record LabelledFields(String rest, String lead, String coordinating, String deadline, List<String> result) {

    private enum Field { LEAD, COORDINATING, DEADLINE, RESULT }

    private static final String BODY = "(?:cơ quan|đơn vị|bộ phận|ngành)";
    private static final Pattern LEAD = Pattern.compile("(?iu)^(?:" + BODY + "\\s+)?(?:chủ trì(?:\\s+thực hiện)?"
            + "|thực hiện|chịu trách nhiệm|tham mưu|được giao)(?:\\s+thực hiện)?$|^trách nhiệm(?:\\s+thực hiện)?$"
            + "|^chủ trì$");
    private static final Pattern COORDINATING = Pattern.compile("(?iu)^(?:" + BODY + "\\s+)?phối hợp(?:\\s+thực hiện)?$");
    private static final Pattern DEADLINE = Pattern.compile("(?iu)^(?:thời gian|thời hạn|tiến độ)(?:\\s+(?:thực hiện|hoàn"
            + "\\s+thành|triển khai))?$");
    private static final Pattern RESULT = Pattern.compile("(?iu)^(?:sản phẩm|kết quả)(?:\\s+(?:đầu ra|dự kiến|cần đạt"
            + "|đạt được))?$");
    /**
     * A clause that only says who leads, without a label: "Văn phòng HĐND và UBND xã chủ trì", "Văn phòng Đảng ủy chủ
     * trì, phối hợp với Phòng Văn hóa - Xã hội thực hiện" (group 1 the leading body, group 2 the coordinating ones);
     * a clause going on with the work ("… chủ trì số hóa hồ sơ") is the task's words.
     */
    private static final Pattern LEADS = Pattern.compile("(?iu)^(.+?)\\s+chủ trì(?:\\s*,?\\s*(?:và\\s+)?phối hợp"
            + "(?:\\s+với)?\\s+(.+?))?(?:\\s+(?:thực hiện|triển khai))?$");
    private static final Pattern LEADS_WORD = Pattern.compile("(?iu)chủ trì");
    /** A clause: from the text's start, or after ";", or after a full stop before a capital; up to the next. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s*|(?<=\\.)\\s+(?=\\p{Lu})");
    private static final Pattern LABEL = Pattern.compile("^[-–•+*]?\\s*([\\p{L} ]{3,40}?)\\s*:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern EDGE = Pattern.compile("^[\\s.;,]+|[\\s.;,]+$");
    /** The task's own words keep their full stop; a separator left by a clause taken out goes. */
    private static final Pattern REST_EDGE = Pattern.compile("^[\\s;,]+|[\\s;,]+$");

    /** The labelled clauses of {@code text} taken out; a text with none comes back whole as {@code rest}. */
    static LabelledFields of(String text) {
        if (text == null || text.indexOf(':') < 0 && !LEADS_WORD.matcher(text).find()) return new LabelledFields(text == null ? "" : text, "", "", "", List.of());
        StringBuilder rest = new StringBuilder();
        String lead = "", coordinating = "", deadline = "";
        List<String> result = new ArrayList<>();
        Matcher breaks = CLAUSE_BREAK.matcher(text);
        int from = 0;
        List<int[]> clauses = new ArrayList<>();
        while (breaks.find()) {
            clauses.add(new int[] {from, breaks.start(), breaks.end()});
            from = breaks.end();
        }
        clauses.add(new int[] {from, text.length(), text.length()});
        Field last = null;                // the field the clause before filled, null for none
        for (int i = 0; i < clauses.size(); i++) {
            int[] c = clauses.get(i);
            String clause = text.substring(c[0], c[1]);
            Matcher label = LABEL.matcher(clause.strip());
            String value = label.matches() ? EDGE.matcher(label.group(2)).replaceAll("") : "";
            String name = label.matches() ? label.group(1).strip() : "";
            boolean afterSemicolon = i > 0 && text.substring(clauses.get(i - 1)[1], c[0]).contains(";");
            Matcher leads = label.matches() || !lead.isEmpty() ? null : LEADS.matcher(EDGE.matcher(clause).replaceAll(""));
            if (leads != null && leads.matches() && Assignment.isBody(leads.group(1).strip())
                    && !Assignment.hasVerb(leads.group(1))
                    && (leads.group(2) == null || !Assignment.hasVerb(leads.group(2)))) {
                lead = leads.group(1).strip();
                if (leads.group(2) != null && coordinating.isEmpty()) coordinating = leads.group(2).strip();
                last = null;
            }
            else if (!value.isEmpty() && LEAD.matcher(name).matches() && lead.isEmpty()) { lead = value; last = Field.LEAD; }
            else if (!value.isEmpty() && COORDINATING.matcher(name).matches() && coordinating.isEmpty()) {
                coordinating = value;
                last = Field.COORDINATING;
            }
            else if (!value.isEmpty() && DEADLINE.matcher(name).matches() && deadline.isEmpty()) { deadline = value; last = Field.DEADLINE; }
            else if (!value.isEmpty() && RESULT.matcher(name).matches()) { result.add(value); last = Field.RESULT; }
            else if (last != null && afterSemicolon && !label.matches()) {
                // a field's list goes on after ";" ("Cơ quan phối hợp: Phòng Tư pháp; Phòng Nội vụ.")
                String more = EDGE.matcher(clause).replaceAll("");
                switch (last) {
                    case LEAD -> lead = lead + "; " + more;
                    case COORDINATING -> coordinating = coordinating + "; " + more;
                    case DEADLINE -> deadline = deadline + "; " + more;
                    case RESULT -> result.add(more);
                }
            } else {
                rest.append(text, c[0], c[2]);
                last = null;
            }
        }
        return new LabelledFields(REST_EDGE.matcher(rest.toString()).replaceAll(""), lead, coordinating, deadline,
                List.copyOf(result));
    }

    /** True when the text holds at least one labelled field. */
    boolean any() {
        return !lead.isEmpty() || !coordinating.isEmpty() || !deadline.isEmpty() || !result.isEmpty();
    }

    /**
     * True when the text is only fields ("+ Chủ trì: Ban Tổ chức Tỉnh ủy. Thời gian: Hằng năm.", "Văn phòng Đảng ủy chủ
     * trì, phối hợp với …; thời gian: Thường xuyên."): a line that belongs to the item before it, not a task.
     */
    static boolean onlyFields(String text) {
        LabelledFields f = of(text);
        return f.any() && f.rest().isBlank();
    }
}
