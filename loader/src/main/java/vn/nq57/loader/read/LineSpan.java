package vn.nq57.loader.read;

/** Lines {@code start..end} (1-based, inclusive) of a source file. */
public record LineSpan(int start, int end) {
    public LineSpan {
        if (start < 1 || end < start) throw new IllegalArgumentException("bad line span " + start + ".." + end);
    }

    public static LineSpan of(int line) { return new LineSpan(line, line); }

    public LineSpan union(LineSpan other) {
        return new LineSpan(Math.min(start, other.start), Math.max(end, other.end));
    }
}
