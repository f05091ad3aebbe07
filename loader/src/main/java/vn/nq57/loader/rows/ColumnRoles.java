package vn.nq57.loader.rows;

import vn.nq57.loader.deadline.Deadline;
import vn.nq57.loader.deadline.DeadlineParser;
import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.table.Row;
import vn.nq57.loader.unit.UnitNames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the columns of a table without a header row hold, told from their cells: the ordinal first, the task's
 * name the longest text left of the units, the lead the first column of units' names ("Phòng Văn hóa - Xã hội", "Các
 * đơn vị thuộc Bộ"), the coordinating units the next one, the deadline the column whose cells read as times ("Quý
 * IV/2024", "Năm 2026", "Thường xuyên"). The result is a header of the headings such a table prints ("STT", "Nội dung
 * nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", other columns "Ghi chú"), for
 * {@link ColumnMap} to read as it reads any header; null when the cells do not tell a task table: no name column,
 * neither a lead nor a deadline column, or names that are documents ("Quyết định số …", a list of documents).
 */
final class ColumnRoles {
    /** The share of a column's filled cells that must read alike for the column to be taken as such. */
    private static final double MOST = 0.6;

    private ColumnRoles() {}

    /** The header the rows' cells tell, one heading per column of {@code width}, or null. */
    static List<String> infer(List<Row> rows, int width) {
        if (width < 3 || rows.size() < 2) return null;
        List<String> header = new ArrayList<>(Collections.nCopies(width, "Ghi chú"));
        header.set(0, "STT");
        int deadline = -1, lead = -1, coordinating = -1;
        double best = MOST;
        for (int c = 1; c < width; c++) {
            double share = share(rows, c, ColumnRoles::readsAsTime);
            if (share >= best) { best = share; deadline = c; }
        }
        for (int c = 1; c < width; c++) {
            if (c == deadline || share(rows, c, ColumnRoles::readsAsUnits) < MOST) continue;
            if (lead < 0) lead = c;
            else if (coordinating < 0) coordinating = c;
        }
        int name = -1;
        double longest = 0;
        for (int c = 1; c < (lead > 0 ? lead : width); c++) {
            if (c == deadline) continue;
            double length = averageLength(rows, c);
            if (length > longest) { longest = length; name = c; }
        }
        if (name < 0 || lead < 0 && deadline < 0 || share(rows, name, ColumnRoles::namesADocument) >= MOST) return null;
        header.set(name, "Nội dung nhiệm vụ");
        if (lead > 0) header.set(lead, "Cơ quan chủ trì");
        if (coordinating > 0) header.set(coordinating, "Cơ quan phối hợp");
        if (deadline > 0) header.set(deadline, "Thời gian hoàn thành");
        return header;
    }

    private static double share(List<Row> rows, int column, java.util.function.Predicate<String> test) {
        int filled = 0, alike = 0;
        for (Row r : rows) {
            String cell = r.cell(column).strip();
            if (cell.isEmpty()) continue;
            filled++;
            if (test.test(cell)) alike++;
        }
        return filled == 0 ? 0 : (double) alike / filled;
    }

    private static double averageLength(List<Row> rows, int column) {
        int filled = 0, chars = 0;
        for (Row r : rows) {
            String cell = r.cell(column).strip();
            if (cell.isEmpty()) continue;
            filled++;
            chars += cell.length();
        }
        return filled == 0 ? 0 : (double) chars / filled;
    }

    private static boolean readsAsTime(String cell) {
        return cell.length() <= 60 && DeadlineParser.parse(cell, 0).kind() != Deadline.Kind.UNKNOWN;
    }

    /** Every name of the cell ("- Các đơn vị thuộc Bộ - Các đơn vị chuyên trách …", "Sở Tài chính; Sở Nội vụ") reads as a body's. */
    private static boolean readsAsUnits(String cell) {
        List<String> names = UnitNames.split(cell.replaceAll("(?:^|\\s)[-–+•]\\s+", "; "));
        return !names.isEmpty() && names.stream().allMatch(UnitNames::readsAsUnitName);
    }

    private static boolean namesADocument(String cell) {
        return DocumentKind.ofLeadingWords(cell).isPresent() && cell.matches("(?s).{0,40}\\d+\\s*[/-].*");
    }
}
