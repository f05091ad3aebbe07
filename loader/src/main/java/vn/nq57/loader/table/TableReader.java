package vn.nq57.loader.table;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tables of a document whatever their layout, recognised from the content: Markdown pipe tables,
 * tab-separated rows, one tab-indented cell per line, and PDF running text under a header such as
 * "STT Tên nhiệm vụ …", and tab rows with no header at all. Each line belongs to at most one table; tables come back in document order.
 */
public final class TableReader {
    private TableReader() {}

    public static List<Table> read(SourceText text) {
        boolean[] claimed = new boolean[text.lineCount() + 2];
        List<Table> tables = new ArrayList<>();
        tables.addAll(PipeLayout.read(text, claimed));
        tables.addAll(TabLayout.read(text, claimed));
        tables.addAll(CellPerLineLayout.read(text, claimed));
        tables.addAll(RunningTextLayout.read(text, claimed));
        tables.addAll(HeaderlessLayout.read(text, claimed));   // last: only lines no header claimed
        tables.sort(Comparator.comparingInt(Table::headerLine));
        return List.copyOf(tables);
    }
}
