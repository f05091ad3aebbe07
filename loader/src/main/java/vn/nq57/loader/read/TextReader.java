package vn.nq57.loader.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Plain text and Markdown: strict UTF-8 (a byte-order mark is dropped), lines split at CR LF, LF or CR, each line's
 * origin its own line number. Windows-1258 and other non-UTF-8 bytes are refused with the line they are on.
 * A page scraped as a JSON string keeps its breaks as the escapes {@code \r\n} (backslash, r, backslash, n): when
 * such escapes far outnumber the real breaks they are read as breaks ({@link #escapedBreaks}).
 */
final class TextReader {
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    private TextReader() {}

    static SourceText read(String name, String sha, byte[] bytes, DocumentFormat format) throws SourceException {
        String text = decode(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new SourceException(name, 0, "empty document", "văn bản rỗng");
        refuseBinary(name, text);
        if (escapedBreaks(text)) return readEscaped(name, sha, text, format);
        Lines lines = new Lines();
        int n = 0;
        // Lines end at CR LF, LF or CR (as text.split("\r\n|\n|\r", -1) would cut them, without the pattern)
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(from, i), Origin.line(++n));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                from = i + 1;
            }
        }
        lines.add(text.substring(from), Origin.line(++n));
        return lines.build(name, sha, format);
    }

    /** A break written as an escape: {@code \r\n}, {@code \n} or {@code \r} as backslash-letter pairs. */
    private static final java.util.regex.Pattern ESCAPED_BREAK = java.util.regex.Pattern.compile("\\\\r\\\\n|\\\\n|\\\\r");
    /** Escaped breaks needed, and how many times the real ones they must outnumber, to stand for the text's breaks. */
    private static final int MIN_ESCAPED_BREAKS = 5, ESCAPED_TO_REAL = 3;

    /**
     * Whether the text's line breaks are written as escapes (a web page's JSON string saved as it is): at least
     * {@value #MIN_ESCAPED_BREAKS} escaped breaks, and more than {@value #ESCAPED_TO_REAL} times as many as real ones.
     * A text that only mentions a "\n" now and then keeps its backslashes.
     */
    static boolean escapedBreaks(String text) {
        int escaped = 0;
        java.util.regex.Matcher m = ESCAPED_BREAK.matcher(text);
        while (m.find()) escaped++;
        int real = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) real++;
        }
        return escaped >= MIN_ESCAPED_BREAKS && escaped > ESCAPED_TO_REAL * (real + 1);
    }

    /**
     * The lines of a text whose breaks are escapes: each file line is cut again at its escaped breaks, and an escaped
     * tab ({@code \t}) is a tab. Line numbers of the document (what its spans count) are then those of the lines so
     * cut; each line's origin is the line of the file it stands on, which several of them share, as a reader opening
     * the file finds it.
     */
    private static SourceText readEscaped(String name, String sha, String text, DocumentFormat format)
            throws SourceException {
        Lines lines = new Lines();
        String[] fileLines = text.split("\r\n|\n|\r", -1);
        for (int n = 0; n < fileLines.length; n++)
            for (String piece : ESCAPED_BREAK.split(fileLines[n], -1))
                lines.add(piece.replace("\\t", "\t"), Origin.line(n + 1));
        return lines.build(name, sha, format);
    }

    /** Strict UTF-8 decoding; the error names the line of the first bad byte. */
    static String decode(String name, byte[] bytes) throws SourceException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String[] binary = binaryEvidence(bytes);
            if (binary != null) throw new SourceException(name, 0, "binary content (" + binary[0]
                    + "), not text in any encoding: send text, Markdown, HTML, Word, PDF or an image",
                    "nội dung nhị phân (" + binary[1] + "), không phải văn bản ở bảng mã nào: hãy gửi văn bản thuần, "
                    + "Markdown, HTML, Word, PDF hoặc ảnh");
            int line = lineOf(bytes, in.position());
            int bad = bytes[in.position()] & 0xFF;
            throw new SourceException(name, line, String.format(
                    "not UTF-8 (byte 0x%02X at offset %d); legacy encodings such as Windows-1258 are refused, convert the file to UTF-8",
                    bad, in.position()), String.format(
                    "không phải UTF-8 (byte 0x%02X ở vị trí %d); không nhận bảng mã cũ như Windows-1258, hãy chuyển tệp sang UTF-8",
                    bad, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Why bytes that are not UTF-8 are binary rather than text in a legacy encoding (whose advice would mislead): a NUL
     * byte, or control bytes above {@link #MAX_CONTROL_RATIO}, in English and Vietnamese; null when they may be text.
     */
    private static String[] binaryEvidence(byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return new String[] {"NUL byte at offset " + i, "byte NUL ở vị trí " + i};
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7F) controls++;
        }
        return controls > MAX_CONTROL_RATIO * bytes.length
                ? new String[] {controls + " control bytes", controls + " byte điều khiển"} : null;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static void refuseBinary(String name, String text) throws SourceException {
        int controls = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            if (c == 0) throw new SourceException(name, line, "binary content (NUL byte)", "nội dung nhị phân (byte NUL)");
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        if (controls > MAX_CONTROL_RATIO * text.length())
            throw new SourceException(name, 0, "binary content (" + controls + " control characters)",
                    "nội dung nhị phân (" + controls + " ký tự điều khiển)");
    }
}
