package vn.nq57.loader.read.ocr;

import java.util.List;

/**
 * One page as Tesseract recognised it: its lines in reading order, and the words it was unsure of.
 *
 * @param lines  the page's lines (a table's rows tab-separated), not yet NFC-normalised
 * @param doubts the words recognised with a confidence below {@link #DOUBTFUL} that hold at least two letters or
 *               digits (a lone mark or a rule read as "|" is no word to check), in Tesseract's order
 */
public record RecognisedPage(List<String> lines, List<Doubt> doubts) {
    /**
     * Tesseract's word confidence (0–100) below which a word is worth comparing with the image. Clean print scores
     * 85–96; on the real scans in {@code ../shared/extra/formats} the words under 60 are misreadings ("quyên" for
     * "quyền", "NỌIDUNG" for "NỘI DUNG", "KÉẺ" for "KẾ") or numbers read from stamps and poor print, a few words a
     * page.
     */
    public static final int DOUBTFUL = 60;

    public RecognisedPage {
        lines = List.copyOf(lines);
        doubts = List.copyOf(doubts);
    }

    /** A word Tesseract was unsure of, as it read it, with its confidence (0–100). */
    public record Doubt(String word, int confidence) {}

    /** The index of the first of {@code lines} from {@code from} on that holds {@code word} (as cleaned for the text), or -1. */
    static int lineOf(List<String> lines, String word, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) if (lines.get(i) != null && lines.get(i).contains(word)) return i;
        return -1;
    }
}
