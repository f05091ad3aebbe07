package vn.nq57.loader.read;

/**
 * Runs of white space as one space, without a regular expression. The parse collapses every cell, line and sentence
 * it reads, and {@code replaceAll("\\s+", " ")} compiled and ran a pattern each time: with the other patterns run on
 * every character, two thirds of the CPU a document's parse took (docs/BENCHMARKS.md, "the parse's patterns").
 */
public final class Spaces {
    private Spaces() {}

    /**
     * {@code s} with every run of Java's {@code \s} (space, tab, LF, VT, FF, CR) replaced by one space: exactly
     * {@code s.replaceAll("\\s+", " ")}. Gives {@code s} itself when nothing changes. Not stripped.
     */
    public static String collapse(String s) {
        return collapse(s, false);
    }

    /** As {@link #collapse(String)}, no-break spaces (U+00A0) counted as white space: {@code [\s\u00A0]+}. */
    public static String collapseWithNoBreak(String s) {
        return collapse(s, true);
    }

    private static String collapse(String s, boolean noBreak) {
        int n = s.length();
        int i = 0;
        // Up to the first run that changes (any white character but a lone space), the text is kept as it is.
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c, noBreak) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1), noBreak))) break;
        }
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c, noBreak)) {
                b.append(c);
                inRun = false;
            } else if (!inRun) {
                b.append(' ');
                inRun = true;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c, boolean noBreak) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || noBreak && c == '\u00A0';
    }
}
