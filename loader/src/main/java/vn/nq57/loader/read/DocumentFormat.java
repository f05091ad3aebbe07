package vn.nq57.loader.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The formats the loader reads, told from a file's first bytes (its magic number), never from its name: a ".pdf"
 * that is really a Word file is read as Word, and a renamed executable is refused.
 */
public enum DocumentFormat {
    TEXT("text/plain; charset=utf-8"),
    MARKDOWN("text/markdown; charset=utf-8"),
    HTML("text/html; charset=utf-8"),
    /** Office Open XML word-processing document (.docx). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Legacy Word 97–2003 binary document (.doc, OLE2 compound file). */
    DOC("application/msword"),
    PDF("application/pdf"),
    /** A scanned page as an image (PNG, JPEG, TIFF): read by OCR. */
    IMAGE("image/*");

    private final String mediaType;

    DocumentFormat(String mediaType) { this.mediaType = mediaType; }

    /** The IANA media type to send the file with (an image's exact type comes from {@link #imageMediaType}). */
    public String mediaType() { return mediaType; }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};

    /**
     * Recognises the format of {@code bytes}.
     *
     * @param name  the file's name, only for messages and to tell Markdown from plain text (both are UTF-8 text)
     * @param bytes the whole file
     * @throws SourceException when the bytes are none of the formats (ZIP that is not Word, other binaries are
     *                         caught later as binary text) or an encrypted Office file
     */
    public static DocumentFormat detect(String name, byte[] bytes) throws SourceException {
        if (startsWith(bytes, PDF_MAGIC, skipWhitespace(bytes))) return PDF;
        if (startsWith(bytes, ZIP_MAGIC, 0)) {
            if (zipHas(bytes, "word/document.xml")) return DOCX;
            throw new SourceException(name, 0, "binary content: a ZIP archive that is not a Word document (.docx); "
                    + "the loader reads .docx, .doc, .pdf, images, .html, .md and .txt",
                    "nội dung nhị phân: tệp nén ZIP không phải tài liệu Word (.docx); "
                    + "bộ nạp đọc .docx, .doc, .pdf, ảnh, .html, .md và .txt");
        }
        if (startsWith(bytes, OLE2_MAGIC, 0)) {
            String ascii = new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.ISO_8859_1);
            // An encrypted .docx is an OLE2 file holding "EncryptionInfo" and "EncryptedPackage" streams (names in UTF-16LE).
            if (ascii.contains(utf16("EncryptedPackage")) || ascii.contains(utf16("EncryptionInfo")))
                throw new SourceException(name, 0, "an encrypted (password-protected) Office document; remove the password first",
                        "tài liệu Office có mật khẩu bảo vệ (đã mã hoá); hãy gỡ mật khẩu trước");
            return DOC;
        }
        if (startsWith(bytes, PNG_MAGIC, 0) || startsWith(bytes, JPEG_MAGIC, 0)
                || startsWith(bytes, TIFF_LE, 0) || startsWith(bytes, TIFF_BE, 0)) return IMAGE;
        if (looksLikeHtml(bytes)) return HTML;
        String lower = name.toLowerCase(Locale.ROOT);
        refuseMisnamed(name, lower);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : TEXT;
    }

    /**
     * A file named as one of the binary formats whose bytes are none of them (a program renamed ".pdf", an RTF saved
     * as ".doc", a download cut off before its first bytes) is refused for what its name promises, before its bytes
     * are read as text and refused for their bytes (a message about NUL bytes tells a user nothing).
     */
    private static void refuseMisnamed(String name, String lower) throws SourceException {
        String[][] claims = {{".pdf", "PDF", "%PDF-"}, {".docx", "Word (.docx)", "PK (ZIP)"},
                {".doc", "Word (.doc)", "D0 CF 11 E0"}, {".png", "PNG", "\\x89PNG"}, {".jpg", "JPEG", "FF D8 FF"},
                {".jpeg", "JPEG", "FF D8 FF"}, {".tif", "TIFF", "II*/MM*"}, {".tiff", "TIFF", "II*/MM*"}};
        for (String[] c : claims) {
            if (!lower.endsWith(c[0])) continue;
            throw new SourceException(name, 0, "named " + c[0] + " but its content is not " + c[1] + " (such a file "
                    + "starts with " + c[2] + "): it is damaged, cut short or a file of another kind renamed; send the "
                    + "document itself", "tệp mang đuôi " + c[0] + " nhưng nội dung không phải " + c[1] + " (tệp "
                    + c[1] + " bắt đầu bằng " + c[2] + "): tệp bị hỏng, tải về chưa hết hoặc là tệp loại khác bị đổi "
                    + "tên; hãy gửi chính văn bản");
        }
    }

    /** The media type of an image file: image/png, image/jpeg or image/tiff. */
    public static String imageMediaType(byte[] bytes) {
        if (startsWith(bytes, PNG_MAGIC, 0)) return "image/png";
        if (startsWith(bytes, JPEG_MAGIC, 0)) return "image/jpeg";
        return "image/tiff";
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        int start = skipWhitespace(bytes);
        if (bytes.length >= start + 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
                && (bytes[start + 2] & 0xFF) == 0xBF) start = skipWhitespace(bytes, start + 3);
        String head = new String(bytes, start, Math.min(bytes.length - start, 512), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<!--") || head.startsWith("<?xml")) && head.contains("<html");
    }

    private static int skipWhitespace(byte[] bytes) { return skipWhitespace(bytes, 0); }

    private static int skipWhitespace(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && i < 1024 && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) i++;
        return i;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic, int at) {
        if (bytes.length < at + magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (bytes[at + i] != magic[i]) return false;
        return true;
    }

    private static boolean zipHas(byte[] bytes, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) if (e.getName().equals(entryName)) return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static String utf16(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
    }
}
