package vn.nq57.bench.corpus;

import java.util.List;

/**
 * The source lines of one task or indicator row as a template prints it, from its first line up to the next row
 * (so continuation rows and repeated page headers travel with it), and the ordinal printed in its first cell. A block is
 * {@code movable} when nothing but its own row and blank lines lies in it.
 */
record RowBlock(List<String> lines, String ordinal, boolean movable) {
    RowBlock {
        lines = List.copyOf(lines);
    }
}
