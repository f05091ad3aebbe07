package vn.nq57.loader.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the cells of a row printed as running text, where only the text itself shows where a cell ends.
 * <ul>
 * <li>Tables with a unit column ("Đơn vị tính") are read as name, unit, value and the rest: the value is a number
 * (≥ 60, 66% đến 70%) right after a short unit token, and what follows starts with a capital letter.</li>
 * <li>Other tables: each wrapped line that starts a new sentence (capital letter, digit) may start a cell, one
 * starting with an acronym or a lowercase word continues the one before. A deadline ("Quý II", "Tháng 6/2026")
 * anchors the deadline column; surplus pieces are merged where a merge is most plausible (after a lone word, a
 * list separator, a connective).</li>
 * </ul>
 */
final class RunningCells {
    record Fragment(int line, String text) {}

    private static final Pattern MEASURED = Pattern.compile(
            "^(?<name>.+)\\s+(?!(?:đến|-|–)\\s)(?<unit>%|[^\\s\\d]{1,12}|\\d{1,3})\\s+(?<value>[≥≤<>]?\\s*\\d[\\d.,]*\\s*%?"
            + "(?:\\s+(?:đến|-|–)\\s+\\d[\\d.,]*\\s*%?)?)(?:\\s+(?<rest>\\p{Lu}.*))?$");
    private static final Pattern DEADLINE = Pattern.compile(
            "^(?:quy [ivx]+|thang \\d|nam \\d{4}|\\d{1,2}/\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|thuong xuyen|hang nam"
            + "|hang thang|hang quy|truoc ngay|sau khi|dinh ky)\\b.*");
    private static final Set<String> CONNECTIVES = Set.of(
            "va", "cua", "cho", "voi", "ve", "tai", "trong", "cac", "theo", "de", "tu", "den", "hoac", "nhung", "la");

    private final List<String> header;
    private final int unitColumn;
    private final int deadlineColumn;

    RunningCells(List<String> header) {
        this.header = header;
        this.unitColumn = columnStarting("don vi tinh");
        int deadline = columnStarting("thoi gian");
        if (deadline < 0) deadline = columnStarting("thoi han");
        if (deadline < 0) deadline = columnStarting("han hoan thanh");
        this.deadlineColumn = deadline;
    }

    private int columnStarting(String folded) {
        for (int i = 0; i < header.size(); i++) if (Fold.key(header.get(i)).startsWith(folded)) return i;
        return -1;
    }

    /** A row whose first page holds two deadlines is two rows: the second one was printed without a number. */
    List<RunningTextLayout.Pending> splitUnnumbered(RunningTextLayout.Pending row) {
        if (row.section || unitColumn >= 0 || deadlineColumn < 0) return List.of(row);
        List<Piece> pieces = pieces(row.pages.getFirst());
        int firstDeadline = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).deadline) continue;
            if (firstDeadline < 0) { firstDeadline = i; continue; }
            int cut = pieces.get(firstDeadline + 1).firstLine;
            RunningTextLayout.Pending head = new RunningTextLayout.Pending(row.ordinal, false, row.firstLine);
            RunningTextLayout.Pending tail = new RunningTextLayout.Pending("", false, cut);
            for (RunningCells.Fragment f : row.pages.getFirst()) (f.line() < cut ? head : tail).add(f.line(), f.text());
            head.lastLine = cut - 1;
            for (int p = 1; p < row.pages.size(); p++) {
                tail.pages.add(new ArrayList<>(row.pages.get(p)));
                for (Fragment f : row.pages.get(p)) tail.lastLine = Math.max(tail.lastLine, f.line());
            }
            tail.lastLine = Math.max(tail.lastLine, row.lastLine);
            List<RunningTextLayout.Pending> parts = new ArrayList<>(List.of(head));
            parts.addAll(splitUnnumbered(tail));
            return parts;
        }
        return List.of(row);
    }

    List<String> cells(RunningTextLayout.Pending row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(header.size(), 2); i++) cells.add("");
        cells.set(0, row.ordinal);
        if (row.section) {
            cells.set(1, joined(row.pages.stream().flatMap(List::stream).toList()));
            return cells;
        }
        if (unitColumn >= 2 && unitColumn + 1 < cells.size()) return measured(row, cells);
        List<Piece> pieces = pieces(row.pages.getFirst());
        int deadlineAt = -1;
        for (int i = 0; i < pieces.size() && deadlineColumn > 0; i++) if (pieces.get(i).deadline) { deadlineAt = i; break; }
        if (deadlineAt >= 0) {
            place(pieces.subList(0, deadlineAt), cells, 1, deadlineColumn);
            cells.set(deadlineColumn, pieces.get(deadlineAt).text.toString());
            place(pieces.subList(deadlineAt + 1, pieces.size()), cells, deadlineColumn + 1, cells.size());
        } else {
            place(pieces, cells, 1, deadlineColumn > 0 ? deadlineColumn : cells.size());
        }
        // Later pages restart at the first column and cannot be aligned without positions: they are kept
        // with the last descriptive column before the deadline.
        int target = deadlineColumn > 1 ? deadlineColumn - 1 : cells.size() - 1;
        for (int p = 1; p < row.pages.size(); p++) {
            String more = joined(row.pages.get(p));
            if (!more.isEmpty()) cells.set(target, (cells.get(target) + "\n" + more).strip());
        }
        return cells;
    }

    private List<String> measured(RunningTextLayout.Pending row, List<String> cells) {
        String all = joined(row.pages.stream().flatMap(List::stream).toList()).replace('\n', ' ');
        Matcher m = MEASURED.matcher(all);
        if (!m.matches()) {
            cells.set(1, all);
            return cells;
        }
        cells.set(1, m.group("name"));
        cells.set(unitColumn, m.group("unit"));
        cells.set(unitColumn + 1, m.group("value").replaceAll("\\s+", " "));
        if (m.group("rest") != null) cells.set(Math.min(unitColumn + 2, cells.size() - 1), m.group("rest"));
        return cells;
    }

    /** A run of fragments that may form one cell. */
    private static final class Piece {
        final StringBuilder text = new StringBuilder();
        final int firstLine;
        boolean deadline;

        Piece(Fragment f) {
            firstLine = f.line();
            text.append(f.text());
            deadline = DEADLINE.matcher(Fold.key(f.text())).matches();
        }
    }

    private static List<Piece> pieces(List<Fragment> fragments) {
        List<Piece> pieces = new ArrayList<>();
        for (Fragment f : fragments) {
            if (pieces.isEmpty() || startsCell(f.text())) pieces.add(new Piece(f));
            else pieces.getLast().text.append(' ').append(f.text());
        }
        return pieces;
    }

    private static boolean startsCell(String text) {
        int first = text.codePointAt(0);
        if (Character.isDigit(first)) return true;
        if (!Character.isUpperCase(first)) return false;
        String word = text.split("\\s+")[0].replaceAll("[^\\p{L}]", "");
        return !(word.length() >= 2 && word.equals(word.toUpperCase())) && !word.matches("[IVXLC]+");
    }

    /** Puts pieces into columns {@code from..to-1}, merging the most plausible neighbours while there are too many. */
    private static void place(List<Piece> source, List<String> cells, int from, int to) {
        List<String> texts = new ArrayList<>(source.stream().map(p -> p.text.toString()).toList());
        int slots = Math.max(to - from, 1);
        while (texts.size() > slots) {
            int best = 0;
            double bestCost = Double.MAX_VALUE;
            for (int i = 0; i + 1 < texts.size(); i++) {
                double cost = mergeCost(texts.get(i), texts.get(i + 1));
                if (cost < bestCost) { bestCost = cost; best = i; }
            }
            texts.set(best, texts.get(best) + " " + texts.remove(best + 1));
        }
        for (int i = 0; i < texts.size() && from + i < cells.size(); i++) cells.set(from + i, texts.get(i));
    }

    private static double mergeCost(String a, String b) {
        double cost = 1;
        char end = a.charAt(a.length() - 1);
        if (end == '.') cost += 2;
        if (end == ';' || end == ',' || end == ':') cost -= 0.5;
        String[] words = a.split("\\s+");
        String lastWord = words[words.length - 1];
        if (words.length == 1) cost -= 1;
        if (CONNECTIVES.contains(Fold.key(lastWord))) cost -= 1.5;
        if (Character.isDigit(b.codePointAt(0))) cost -= 0.5;
        if (Character.isUpperCase(lastWord.codePointAt(0)) && Character.isUpperCase(b.codePointAt(0))) cost -= 0.5;
        return cost;
    }

    private static String joined(List<Fragment> fragments) {
        return CellText.clean(String.join(" ", fragments.stream().map(Fragment::text).toList()));
    }
}
