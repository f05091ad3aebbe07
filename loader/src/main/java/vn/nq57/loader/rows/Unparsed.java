package vn.nq57.loader.rows;

/**
 * A line the extractor did not understand: reported, never silently dropped.
 *
 * @param line   its number in the source, from 1
 * @param text   what it says, as written; a line longer than {@link #MAX_QUOTED} characters is quoted up to there and
 *               then says how long it is (a one-line file of a megabyte would otherwise make a report of a megabyte;
 *               the file itself keeps every word)
 * @param reason why it was not understood
 */
public record Unparsed(int line, String text, String reason) {

    /** The most characters of a line a report quotes: longer than any row of the real plans (2,384 at most). */
    public static final int MAX_QUOTED = 4_000;

    public Unparsed {
        if (text != null && text.length() > MAX_QUOTED) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
            text = text.substring(0, cut) + "… (" + text.length() + " characters)";
        }
    }
}
