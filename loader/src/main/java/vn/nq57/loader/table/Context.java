package vn.nq57.loader.table;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The caption above a table: up to a few non-blank lines before the header, not reaching into another table. */
final class Context {
    private static final int MAX_LINES = 4;

    private Context() {}

    static List<String> above(SourceText text, int headerLine, boolean[] claimed) {
        List<String> lines = new ArrayList<>();
        for (int n = headerLine - 1; n >= 1 && lines.size() < MAX_LINES; n--) {
            String raw = text.line(n);
            if (claimed[n] || raw.stripLeading().startsWith("|") || raw.chars().filter(c -> c == '\t').count() >= 2) break;
            String line = CellText.clean(raw);
            if (!line.isBlank()) lines.add(line.replace('\n', ' '));
        }
        Collections.reverse(lines);
        return lines;
    }
}
