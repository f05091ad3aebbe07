package vn.nq57.loader.report;

/** A count a document states ("(04 nhiệm vụ)") that differs from what was extracted under that heading. */
public record CountMismatch(String where, int line, int stated, int extracted) {
    @Override
    public String toString() {
        return "line " + line + " " + where + ": states " + stated + ", extracted " + extracted;
    }
}
