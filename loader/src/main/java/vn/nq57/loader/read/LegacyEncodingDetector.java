package vn.nq57.loader.read;

import java.util.List;

/**
 * Recognises text typed in the pre-Unicode Vietnamese font encodings (TCVN3/ABC, VNI) that has been carried
 * into UTF-8 as Latin-1 characters: "KÕ ho¹ch", "Vieät Nam". Decided by character statistics, not by words:
 * such text has Latin-1 letters and symbols that Vietnamese never uses glued to letters, and few of the
 * characters that real Vietnamese Unicode text is full of (ă, đ, ơ, ư and the Latin Extended Additional block).
 */
public final class LegacyEncodingDetector {
    /** Latin-1 letters that belong to the Vietnamese alphabet; every other Latin-1 char inside a word is suspect. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    private static final int MIN_SUSPECTS = 3;

    private LegacyEncodingDetector() {}

    static void check(String file, List<String> lines) throws SourceException {
        int suspects = 0, symbolSuspects = 0, vietnamese = 0, firstLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (isVietnameseUnicode(c)) vietnamese++;
                else if (c >= 0xA0 && c <= 0xFF && VIETNAMESE_LATIN1.indexOf(c) < 0 && insideWord(line, i)) {
                    suspects++;
                    if (c < 0xE0) symbolSuspects++;           // TCVN3 puts symbols and capitals inside lower-case words
                    if (firstLine == 0) firstLine = n + 1;
                }
            }
        }
        if (suspects >= MIN_SUSPECTS && suspects > vietnamese) {
            String kind = symbolSuspects * 2 >= suspects ? "TCVN3/ABC" : "VNI";
            throw new SourceException(file, firstLine, "text looks like the legacy Vietnamese font encoding " + kind
                    + " (" + suspects + " Latin-1 characters inside words, " + vietnamese
                    + " Vietnamese Unicode letters); convert it to Unicode first",
                    "văn bản có vẻ dùng bảng mã phông tiếng Việt cũ " + kind + " (" + suspects
                    + " ký tự Latin-1 nằm trong từ, " + vietnamese + " chữ tiếng Việt Unicode); hãy chuyển sang Unicode trước");
        }
    }

    /**
     * True when one line reads as legacy-encoded text inside an otherwise Unicode document ("Kế hoạch … KÕ ho¹ch
     * triÓn khai"): at least {@value #MIN_SUSPECTS} suspect Latin-1 characters inside words, more than its Vietnamese
     * Unicode letters.
     */
    public static boolean lineLooksLegacy(String line) {
        int suspects = 0, vietnamese = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isVietnameseUnicode(c)) vietnamese++;
            else if (c >= 0xA0 && c <= 0xFF && VIETNAMESE_LATIN1.indexOf(c) < 0 && insideWord(line, i)) suspects++;
        }
        return suspects >= MIN_SUSPECTS && suspects > vietnamese;
    }

    private static boolean isVietnameseUnicode(char c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || "ăĂđĐơƠưƯĩĨũŨ".indexOf(c) >= 0;
    }

    private static boolean insideWord(String line, int i) {
        return (i > 0 && Character.isLetter(line.charAt(i - 1)))
                || (i + 1 < line.length() && Character.isLetter(line.charAt(i + 1)));
    }
}
