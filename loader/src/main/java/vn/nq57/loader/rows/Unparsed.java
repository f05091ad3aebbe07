package vn.nq57.loader.rows;

/**
 * A line the extractor did not understand: reported, never silently dropped.
 *
 * @param line   its number in the source, from 1
 * @param text   what it says, as written; a line longer than {@link #MAX_QUOTED} characters is quoted up to there and
 *               then says how long it is (a one-line file of a megabyte would otherwise make a report of a megabyte;
 *               the file itself keeps every word)
 * @param reason why it was not understood
 * @param where  where the line sits in the original file, in Vietnamese as the pages show positions ("trang 3, dòng 1
 *               (OCR)", "bảng 2, hàng 5", "dòng 86"; {@link vn.nq57.loader.read.Origin#describe}); null until {@link #at}
 */
public record Unparsed(int line, String text, String reason, String where) {

    /** A line not understood, its place in the original file not yet told. */
    public Unparsed(int line, String text, String reason) {
        this(line, text, reason, null);
    }

    /** The same line with its place in the original file ({@code where}). */
    public Unparsed at(String where) {
        return new Unparsed(line, text, reason, where);
    }

    /** The most characters of a line a report quotes: longer than any row of the real plans (2,384 at most). */
    public static final int MAX_QUOTED = 4_000;
    /** Room for the mark a cut quote ends with, "… (1234567 characters)". */
    private static final int CUT_MARK_ROOM = 40;

    public Unparsed {
        // a line within a few characters of the bound is kept whole, so that a quote already cut (its mark of length
        // added) is not cut again when the record is copied ({@link #at})
        if (text != null && text.length() > MAX_QUOTED + CUT_MARK_ROOM) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
            text = text.substring(0, cut) + "… (" + text.length() + " characters)";
        }
    }
}
