package vn.nq57.loader.rows;

import vn.nq57.loader.table.Fold;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the headings of a table to {@link Column}s by meaning, diacritics- and case-insensitive, so that other wordings
 * ("Đơn vị chủ trì", "CƠ QUAN THỰC HIỆN", "Đơn vị thực hiện", "Hạn hoàn thành", "Mốc hoàn thành", "Chỉ tiêu năm
 * 2026", "Tình hình thực hiện", "Kết quả hiện nay", "Ghi chú &amp; Đơn vị phối hợp") are understood.
 * "Tiến độ" is the deadline unless another column already gives the time; then it reports the state of the work.
 * A bare "Đơn vị" is the unit of measure in a table of indicators and the lead unit elsewhere.
 * A time column of the start ("Thời gian bắt đầu") is the deadline only when no other column gives the time: the
 * deadline is when the work is due, and a table with start and completion columns gives it in the latter.
 * The first column of each kind wins.
 */
final class ColumnMap {
    private static final Pattern ORDINAL = Pattern.compile("^(?:s?tt|so tt|so thu tu)$");
    /** The body that does the work: "Cơ quan thực hiện", "Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện". */
    private static final Pattern PERFORMER = Pattern.compile("^(?:co quan|don vi|bo phan)[ ,/a-z]*thuc hien\\b.*");
    /** A bare "Đơn vị" ("Đơn vị", "Đơn vị đo"): unit of measure among indicators, else the unit doing the work. */
    private static final Pattern BARE_UNIT = Pattern.compile("^don vi(?: do)?$");
    /** What has been achieved so far: "Kết quả hiện nay", "Kết quả thực hiện", "Kết quả đạt được", "Kết quả đến nay". */
    private static final Pattern PROGRESS = Pattern.compile("^ket qua (?:hien nay|dat duoc|den nay|da dat)\\b.*");
    /** "Kết quả thực hiện" is what has been done in a report (beside a state or an expected result), else the output due. */
    private static final Pattern DONE_SO_FAR = Pattern.compile("^ket qua (?:thuc hien|trien khai)\\b.*");
    private static final Pattern TARGET = Pattern.compile("^(?:muc tieu|chi tieu (?:nam|den|giai doan)|gia tri|ket qua)\\b.*");
    /**
     * A target column for a year, among indicators: "Đến năm 2025", "Đến 2030", "Năm 2026", "Mục tiêu đến năm 2030",
     * "Chỉ tiêu năm 2026", "Kế hoạch năm 2026"; group 1 is the year.
     */
    private static final Pattern HORIZON = Pattern.compile(
            "^(?:(?:muc tieu|chi tieu|ke hoach)\\s+)?(?:(?:den|het|cuoi|nam|giai doan)\\s+)*((?:19|20)\\d{2})\\b.*");

    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    /** The target columns that name their year, in order: column index → year. */
    private final Map<Integer, Integer> horizons = new java.util.LinkedHashMap<>();
    private final boolean indicatorWording;
    private final boolean taskWording;

    ColumnMap(List<String> header, List<String> context) {
        String caption = Fold.key(String.join(" ", context));
        boolean timeColumn = false, measures = false, report = false, dueColumn = false;
        for (String h : header) {
            String k = Fold.key(h);
            if (isTime(k)) timeColumn = true;
            if (isTime(k) && !isStart(k)) dueColumn = true;
            if (isState(k) || k.startsWith("ket qua yeu cau")
                    || k.startsWith("san pham") || k.startsWith("ket qua du kien")) report = true;
            if (k.startsWith("chi tieu") || k.startsWith("ten chi tieu")) measures = true;
        }
        boolean unit = false;
        for (String h : header) {
            String k = Fold.key(h);
            if (k.startsWith("don vi tinh") || (measures && BARE_UNIT.matcher(k).matches())) unit = true;
        }
        for (int i = 0; i < header.size(); i++) {
            String k = Fold.key(header.get(i));
            // the start of the work beside a column of when it is due: not the deadline (kept only in the verbatim)
            Column c = dueColumn && isStart(k) ? Column.OTHER : kind(k, unit, measures, timeColumn, report);
            java.util.regex.Matcher year = HORIZON.matcher(k);
            // among indicators, "Đến năm 2025" | "Đến năm 2030" are each a target, for its year
            if ((unit || measures) && year.matches() && (c == Column.TARGET || c == Column.OTHER)) {
                c = Column.TARGET;
                horizons.put(i, Integer.valueOf(year.group(1)));
            }
            index.putIfAbsent(c, i);
        }
        String name = Fold.key(header.size() > 1 ? get(header, Column.NAME) : "");
        indicatorWording = unit || name.contains("chi tieu") || caption.contains("chi tieu");
        taskWording = name.contains("nhiem vu") || has(Column.DEADLINE) || has(Column.HEAD)
                || caption.contains("nhiem vu");
    }

    private String get(List<String> header, Column c) {
        Integer i = index.get(c);
        return i == null ? "" : header.get(i);
    }

    /** Headings that give the time of the work: "Thời gian hoàn thành", "Thời hạn", "Hạn hoàn thành", "Mốc hoàn thành". */
    private static boolean isTime(String h) {
        return h.startsWith("thoi gian") || h.startsWith("thoi han") || h.startsWith("han hoan thanh")
                || h.startsWith("moc hoan thanh") || h.startsWith("moc thoi gian") || h.startsWith("han chot");
    }

    /** Headings of when the work starts: "Thời gian bắt đầu", "Thời điểm bắt đầu", "Ngày khởi công". */
    private static boolean isStart(String h) {
        return h.contains("bat dau") || h.contains("khoi cong") || h.contains("khoi dong");
    }

    /**
     * Headings of a row's state: "Tình hình thực hiện", "Trạng thái", "Tình trạng", "Mức độ hoàn thành" (and "Tiến độ"
     * when another column gives the time).
     */
    private static boolean isState(String h) {
        return h.startsWith("tinh hinh") || h.startsWith("trang thai") || h.startsWith("tinh trang")
                || h.startsWith("muc do hoan thanh");
    }

    private static Column kind(String h, boolean unitTable, boolean measures, boolean timeColumn, boolean report) {
        if (ORDINAL.matcher(h).matches()) return Column.ORDINAL;
        if (h.startsWith("don vi tinh") || (measures && BARE_UNIT.matcher(h).matches())) return Column.UNIT;
        if (h.startsWith("ghi chu") && h.contains("phoi hop")) return Column.NOTE_OR_COORDINATING;
        if (h.contains("phoi hop")) return Column.COORDINATING;
        if (h.startsWith("nguoi dung dau")) return Column.HEAD;
        if (h.contains("chu tri") || h.startsWith("tham muu") || h.contains("theo doi") || PERFORMER.matcher(h).matches()
                || BARE_UNIT.matcher(h).matches()) return Column.LEAD;
        if (isTime(h) || (h.startsWith("tien do") && !timeColumn)) return Column.DEADLINE;
        if (h.startsWith("tien do") || isState(h)) return Column.STATUS;
        if (PROGRESS.matcher(h).matches() || (report && DONE_SO_FAR.matcher(h).matches())) return Column.PROGRESS;
        if (h.startsWith("ghi chu")) return Column.NOTE;
        if (unitTable && TARGET.matcher(h).matches()) return Column.TARGET;
        if (h.startsWith("ket qua") || h.startsWith("san pham")) return Column.RESULT;
        if (TARGET.matcher(h).matches()) return Column.TARGET;
        if (h.startsWith("ten") || h.startsWith("noi dung") || h.startsWith("nhiem vu") || h.startsWith("chi tieu"))
            return Column.NAME;
        return Column.OTHER;
    }

    boolean has(Column c) { return index.containsKey(c); }

    /**
     * The target columns of an indicator table that name the year they are for, in order.
     *
     * @return column index → year; empty when no target column names a year
     */
    Map<Integer, Integer> horizons() { return horizons; }

    int indexOf(Column c) { return index.getOrDefault(c, -1); }

    /** Indicator tables have a unit column or speak of "chỉ tiêu"; task tables have deadlines or speak of tasks. */
    boolean isIndicatorTable() {
        return has(Column.UNIT) || (indicatorWording && !has(Column.DEADLINE));
    }

    boolean isTaskTable() {
        return !isIndicatorTable() && taskWording && has(Column.NAME);
    }
}
