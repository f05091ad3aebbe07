package vn.nq57.loader.read;

import com.ibm.icu.text.Normalizer2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a source document as strict UTF-8 into NFC lines, refusing files the loader must not guess about:
 * empty, binary, not UTF-8 (e.g. Windows-1258) or UTF-8 that carries legacy Vietnamese font encodings (TCVN3, VNI).
 */
public final class SourceReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    private SourceReader() {}

    public static SourceText read(Path file) throws SourceException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(name, 0, "cannot read: " + e.getMessage());
        }
        String text = decode(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new SourceException(name, 0, "empty document");
        refuseBinary(name, text);
        List<String> lines = LINE_BREAK.splitAsStream(text).map(NFC::normalize).toList();
        LegacyEncodingDetector.check(name, lines);
        return new SourceText(name, sha256(bytes), lines);
    }

    private static String decode(String name, byte[] bytes) throws SourceException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineOf(bytes, in.position());
            throw new SourceException(name, line, String.format(
                    "not UTF-8 (byte 0x%02X at offset %d); legacy encodings such as Windows-1258 are refused, convert the file to UTF-8",
                    bytes[in.position()] & 0xFF, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
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
            if (c == 0) throw new SourceException(name, line, "binary content (NUL byte)");
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        if (controls > MAX_CONTROL_RATIO * text.length())
            throw new SourceException(name, 0, "binary content (" + controls + " control characters)");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
