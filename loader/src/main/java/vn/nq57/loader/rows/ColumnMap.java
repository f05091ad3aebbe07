package vn.nq57.loader.rows;

import vn.nq57.loader.table.Fold;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the headings of a table to {@link Column}s by meaning, diacritics-insensitive, so that other wordings
 * ("Đơn vị chủ trì", "Cơ quan chủ trì tham mưu/thực hiện", "Hạn hoàn thành", "Chỉ tiêu năm 2026") are understood.
 * The first column of each kind wins.
 */
final class ColumnMap {
    private static final Pattern ORDINAL = Pattern.compile("^(?:s?tt|so tt|so thu tu)$");
    private static final Pattern TARGET = Pattern.compile("^(?:muc tieu|chi tieu (?:nam|den|giai doan)|gia tri|ket qua)\\b.*");

    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final boolean indicatorWording;
    private final boolean taskWording;

    ColumnMap(List<String> header, List<String> context) {
        boolean unit = false;
        for (String h : header) if (Fold.key(h).startsWith("don vi tinh")) unit = true;
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(kind(Fold.key(header.get(i)), unit), i);
        String name = Fold.key(header.size() > 1 ? get(header, Column.NAME) : "");
        String caption = Fold.key(String.join(" ", context));
        indicatorWording = unit || name.contains("chi tieu") || caption.contains("chi tieu");
        taskWording = name.contains("nhiem vu") || has(Column.DEADLINE) || has(Column.HEAD)
                || caption.contains("nhiem vu");
    }

    private String get(List<String> header, Column c) {
        Integer i = index.get(c);
        return i == null ? "" : header.get(i);
    }

    private static Column kind(String h, boolean unitTable) {
        if (ORDINAL.matcher(h).matches()) return Column.ORDINAL;
        if (h.startsWith("don vi tinh")) return Column.UNIT;
        if (h.contains("phoi hop")) return Column.COORDINATING;
        if (h.startsWith("nguoi dung dau")) return Column.HEAD;
        if (h.contains("chu tri") || h.startsWith("tham muu") || h.contains("theo doi")) return Column.LEAD;
        if (h.startsWith("thoi gian") || h.startsWith("thoi han") || h.startsWith("han hoan thanh")
                || h.startsWith("tien do")) return Column.DEADLINE;
        if (h.startsWith("ghi chu")) return Column.NOTE;
        if (unitTable && TARGET.matcher(h).matches()) return Column.TARGET;
        if (h.startsWith("ket qua") || h.startsWith("san pham")) return Column.RESULT;
        if (TARGET.matcher(h).matches()) return Column.TARGET;
        if (h.startsWith("ten") || h.startsWith("noi dung") || h.startsWith("nhiem vu") || h.startsWith("chi tieu"))
            return Column.NAME;
        return Column.OTHER;
    }

    boolean has(Column c) { return index.containsKey(c); }

    int indexOf(Column c) { return index.getOrDefault(c, -1); }

    /** Indicator tables have a unit column or speak of "chỉ tiêu"; task tables have deadlines or speak of tasks. */
    boolean isIndicatorTable() {
        return has(Column.UNIT) || (indicatorWording && !has(Column.DEADLINE));
    }

    boolean isTaskTable() {
        return !isIndicatorTable() && taskWording && has(Column.NAME);
    }
}
