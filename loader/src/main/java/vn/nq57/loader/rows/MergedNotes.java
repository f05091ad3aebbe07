package vn.nq57.loader.rows;

import vn.nq57.loader.unit.UnitNames;

import java.util.ArrayList;
import java.util.List;

/**
 * A merged column such as "Ghi chú &amp; Đơn vị phối hợp" holds notes and unit names side by side: its lines and
 * ";"-separated parts that read as unit names ("Sở Tài chính", "Các xã, phường") coordinate, the rest are notes
 * ("Theo Kế hoạch số 12/KH-UBND", "Đã trình UBND tỉnh").
 */
final class MergedNotes {
    private MergedNotes() {}

    static String units(String cell) {
        return String.join("; ", parts(cell, true));
    }

    static String notes(String cell) {
        return String.join("; ", parts(cell, false));
    }

    private static List<String> parts(String cell, boolean units) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) return out;
        for (String part : cell.split("[;\\n]")) {
            String p = part.strip().replaceFirst("^[-+•]\\s+", "");
            if (p.isEmpty()) continue;
            if (UnitNames.readsAsUnitName(p) == units) out.add(p);
        }
        return out;
    }
}
