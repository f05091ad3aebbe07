package vn.nq57.loader.read;

import vn.nq57.loader.read.doc.DocReader;
import vn.nq57.loader.read.docx.DocxReader;
import vn.nq57.loader.read.html.HtmlReader;
import vn.nq57.loader.read.ocr.ImageReader;
import vn.nq57.loader.read.pdf.PdfReader;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a source document of any supported format into a {@link SourceText}: the format is told from the bytes
 * ({@link DocumentFormat#detect}), then the reader of that format turns it into NFC lines with their origins, and
 * the text checks refuse what would go into the graph damaged. Every refusal is a {@link SourceException} naming
 * the file (and the line where there is one): empty, encrypted, binary of an unknown kind, not UTF-8, legacy
 * Vietnamese encodings (TCVN3, VNI), not a regular file, too large.
 */
public final class SourceReader {
    private SourceReader() {}

    /** Reads a file named directly (command line, tests); a link is followed. */
    public static SourceText read(Path file) throws SourceException {
        return read(file, null, PageProgress.NONE);
    }

    /**
     * Reads a file listed from folder {@code root} (links must stay inside it; null for none).
     *
     * @param progress told after each page of a PDF or image (OCR can take seconds per page)
     */
    public static SourceText read(Path file, Path root, PageProgress progress) throws SourceException {
        return read(file.getFileName().toString(), SourceFiles.read(file, root), progress);
    }

    /**
     * Reads a document held in memory, e.g. an upload.
     *
     * @param fileName its name, kept as the document's identity and used in messages; only Markdown vs. text is
     *                 told from it, everything else from the bytes
     * @param bytes    the whole file
     */
    public static SourceText read(String fileName, byte[] bytes, PageProgress progress) throws SourceException {
        if (bytes.length == 0) throw new SourceException(fileName, 0, "empty document (0 bytes)", "văn bản rỗng (0 byte)");
        if (bytes.length > SourceFiles.maxBytes())
            throw new SourceException(fileName, 0, "too large: " + bytes.length + " bytes over the limit of "
                    + SourceFiles.maxBytes() + " per file", "quá lớn: " + bytes.length + " byte, vượt giới hạn "
                    + SourceFiles.maxBytes() + " byte mỗi tệp");
        DocumentFormat format = DocumentFormat.detect(fileName, bytes);
        String sha = sha256(bytes);
        try {
            return switch (format) {
                case TEXT, MARKDOWN -> TextReader.read(fileName, sha, bytes, format);
                case HTML -> HtmlReader.read(fileName, sha, bytes);
                case DOCX -> DocxReader.read(fileName, sha, bytes);
                case DOC -> DocReader.read(fileName, sha, bytes);
                case PDF -> PdfReader.read(fileName, sha, bytes, progress);
                case IMAGE -> ImageReader.read(fileName, sha, bytes, progress);
            };
        } catch (SourceException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // A library failing on a malformed file must still name it, and never take the process down.
            throw new SourceException(fileName, 0, "cannot read this " + format.name().toLowerCase()
                    + " file, it is damaged or not what it claims to be (" + e + ")", "không đọc được tệp "
                    + format.name().toLowerCase() + " này: tệp bị hỏng hoặc không đúng định dạng của nó ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
