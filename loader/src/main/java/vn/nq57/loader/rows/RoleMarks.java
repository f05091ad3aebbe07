package vn.nq57.loader.rows;

import vn.nq57.loader.unit.UnitNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single column of units that marks each name's role after it: "Phòng VH-XH (chủ trì); Đoàn Thanh niên, Hội Phụ nữ
 * xã" under "Đơn vị thực hiện". The names marked "(chủ trì)" lead and the others coordinate; where only "(phối hợp)"
 * marks are printed, the unmarked names lead. The mark is no part of a name. A cell may label its names instead
 * ("Chủ trì: Sở Tư pháp; Phối hợp: các sở, ngành"): the names after each label take its role.
 *
 * @param lead         the leading names, joined by "; ", without their marks
 * @param coordinating the coordinating names, joined by "; ", without their marks; "" when there are none
 */
record RoleMarks(String lead, String coordinating) {
    /** "(chủ trì)", "(Chủ trì)", "(đơn vị chủ trì)", "(phối hợp thực hiện)"; group 1 the role. */
    private static final Pattern MARK = Pattern.compile(
            "(?iu)\\s*\\((?:cơ\\s+quan\\s+|đơn\\s+vị\\s+)?(chủ\\s+trì|phối\\s+hợp)(?:\\s+thực\\s+hiện)?\\)");

    /** A role's label before the names, at the cell's start or after ";", "." or a line break: "Chủ trì:", "Phối hợp:". */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(?:^|[;.\\n])\\s*(?:(?:cơ\\s+quan|đơn\\s+vị)\\s+)?(chủ\\s+trì|phối\\s+hợp)(?:\\s+thực\\s+hiện)?\\s*:");

    /**
     * The roles a unit cell marks, or null when it marks none (the column's heading then says the role).
     *
     * @param cell a lead or unit cell as printed, lines joined
     */
    static RoleMarks of(String cell) {
        if (cell == null) return null;
        List<String> lead = new ArrayList<>(), coordinating = new ArrayList<>(), unmarked = new ArrayList<>();
        boolean anyLead = false;
        // "Chủ trì: Sở Tư pháp; Phối hợp: các sở, ngành": labels before the names; what precedes the first is unmarked
        Matcher label = LABEL.matcher(cell);
        if (label.find()) {
            unmarked.addAll(UnitNames.split(cell.substring(0, label.start())));
            while (true) {
                boolean leads = label.group(1).toLowerCase().startsWith("ch");
                int from = label.end();
                boolean more = label.find();
                List<String> names = UnitNames.split(cell.substring(from, more ? label.start() : cell.length()));
                if (leads) { lead.addAll(names); anyLead = true; } else coordinating.addAll(names);
                if (!more) break;
            }
        } else if (!MARK.matcher(cell).find()) return null;
        else for (String name : UnitNames.split(cell)) {
            Matcher m = MARK.matcher(name);
            if (!m.find()) { unmarked.add(name); continue; }
            String bare = MARK.matcher(name).replaceAll("").strip();
            if (bare.isEmpty()) continue;
            if (m.group(1).toLowerCase().startsWith("ch")) { lead.add(bare); anyLead = true; }
            else coordinating.add(bare);
        }
        // unmarked names coordinate beside a marked lead, and lead when only the coordinating ones are marked
        if (anyLead) coordinating.addAll(0, unmarked);
        else lead.addAll(unmarked);
        return new RoleMarks(String.join("; ", lead), String.join("; ", coordinating));
    }
}
