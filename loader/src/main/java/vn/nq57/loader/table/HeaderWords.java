package vn.nq57.loader.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The vocabulary of column headings in Vietnamese plan tables (folded): how a header row is recognised and how a
 * header printed as running text is cut into column names.
 */
final class HeaderWords {
    static final Set<String> ORDINAL = Set.of("stt", "tt", "so tt", "so thu tu");
    /** Phrases a column heading starts with; longest first so that "co quan chu tri" wins over "co quan". */
    private static final List<String> COLUMN_STARTS = List.of(
            "nguoi dung dau", "co quan chu tri", "co quan phoi hop", "co quan thuc hien", "don vi chu tri",
            "don vi phoi hop", "don vi theo doi", "don vi thuc hien", "han hoan thanh", "moc hoan thanh",
            "tinh hinh thuc hien", "nguon kinh phi", "ten nhiem vu", "ten chi tieu", "don vi tinh", "tham muu",
            "phoi hop", "nguon von", "kinh phi", "co quan", "thoi gian", "thoi han", "tien do", "trang thai", "tinh trang",
            "muc do hoan thanh", "noi dung",
            "nhiem vu", "chi tieu", "ket qua", "muc tieu", "san pham", "ghi chu", "don vi", "so thu tu", "stt", "tt");

    private HeaderWords() {}

    /** Headings of a names' column that may open a table without an ordinal column (its rows numbered in the name). */
    private static final List<String> NAME_FIRST = List.of("chi tieu", "ten chi tieu", "nhiem vu", "ten nhiem vu");

    /**
     * True when cleaned cells read as a header: an ordinal column and at least two known headings, or, in a table
     * numbered inside its names ("Chỉ tiêu | Đơn vị tính | Năm 2026 | Ghi chú"), a names' heading first and at least
     * two more known headings.
     */
    static boolean isHeader(List<String> cells) {
        if (cells.size() < 3) return false;
        String first = Fold.key(cells.get(0));
        boolean ordinal = ORDINAL.contains(first);
        if (!ordinal && !NAME_FIRST.contains(first)) return false;
        int known = 0;
        for (String cell : cells.subList(1, cells.size())) if (startsKnown(Fold.key(cell))) known++;
        return known >= 2;
    }

    /**
     * True when a folded heading starts with a known heading word, read word by word: "Nhiệm vụ, giải pháp",
     * "Kết quả/sản phẩm" and "Cơ quan, đơn vị thực hiện" start like "Nhiệm vụ", "Kết quả", "Cơ quan".
     */
    static boolean startsKnown(String folded) {
        // a comma or slash joins two headings' words ("Kết quả/sản phẩm"); it does not make a new word
        String words = folded.replaceAll("\\s*[,/;&]\\s*", " ").strip();
        for (String start : COLUMN_STARTS) if (words.equals(start) || words.startsWith(start + " ")) return true;
        return false;
    }

    /** A header line of running text ("TT Chỉ tiêu Đơn vị tính Kết quả") starts with an ordinal word and a heading. */
    static boolean startsRunningHeader(String line) {
        String folded = Fold.key(line);
        for (String ordinal : ORDINAL) {
            if (folded.startsWith(ordinal + " ") && startsKnown(folded.substring(ordinal.length() + 1))) return true;
        }
        return false;
    }

    /**
     * Cuts running header text into column names at each known heading start (words kept as printed).
     * "STT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp" → [STT, Tên nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp].
     */
    static List<String> splitRunning(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> columns = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            int taken = knownStartAt(words, i, current.isEmpty());
            if (taken > 0) {
                if (!current.isEmpty()) columns.add(current.toString());
                current = new StringBuilder(String.join(" ", List.of(words).subList(i, i + taken)));
                i += taken;
            } else {
                if (!current.isEmpty()) current.append(' ');
                current.append(words[i++]);
            }
        }
        if (!current.isEmpty()) columns.add(current.toString());
        return columns;
    }

    /** Number of words of a known heading starting at {@code i}, or 0. */
    private static int knownStartAt(String[] words, int i, boolean atStart) {
        for (String start : COLUMN_STARTS) {
            int n = start.split(" ").length;
            if (i + n > words.length) continue;
            if (!atStart && ORDINAL.contains(start)) continue;
            if (Fold.key(String.join(" ", List.of(words).subList(i, i + n))).equals(start)) {
                // "phoi hop" / "thuc hien" inside "Cơ quan chủ trì tham mưu/thực hiện" must not open a column:
                // a heading starts with a capital letter.
                if (!atStart && !Character.isUpperCase(words[i].codePointAt(0))) continue;
                return n;
            }
        }
        return 0;
    }
}
