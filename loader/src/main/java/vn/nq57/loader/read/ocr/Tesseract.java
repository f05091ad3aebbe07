package vn.nq57.loader.read.ocr;

import vn.nq57.loader.read.SourceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optical character recognition with the Tesseract command (Debian packages {@code tesseract-ocr} and
 * {@code tesseract-ocr-vie}) and its Vietnamese model, run as a process on an image file: fully automatic page
 * segmentation ({@code --psm 3}), words with their boxes ({@code tsv} output), so a letterhead's two columns and a
 * table's cells are put in reading order by the same {@link vn.nq57.loader.read.layout.ReadingOrder} as a PDF's
 * text layer. The command comes from the
 * system property {@value #COMMAND_PROPERTY} (default {@code tesseract}); each image has {@value #TIMEOUT_SECONDS}
 * seconds.
 */
public final class Tesseract {
    public static final String COMMAND_PROPERTY = "nq57.tesseract";
    public static final String LANGUAGE_PROPERTY = "nq57.ocrLanguage";
    static final int TIMEOUT_SECONDS = 300;
    private static volatile Boolean available;

    private Tesseract() {}

    private static String command() { return System.getProperty(COMMAND_PROPERTY, "tesseract"); }

    private static String language() { return System.getProperty(LANGUAGE_PROPERTY, "vie"); }

    /** True when the command runs and has the Vietnamese model (checked once). */
    public static boolean available() {
        Boolean known = available;
        if (known != null) return known;
        boolean ok;
        try {
            Process p = new ProcessBuilder(command(), "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0
                    && out.lines().anyMatch(l -> l.strip().equals(language()));
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        available = ok;
        return ok;
    }

    /**
     * Recognises the text of an image file (PNG, JPEG, TIFF; a multi-page TIFF gives one entry per page).
     *
     * @param fileName the document's name, for messages
     * @param tables   the ruled tables of each page (1-based), found in its image; none where not known
     * @return per page, its lines in reading order (NFC is applied later) and the words recognised with low confidence
     * @throws SourceException naming the file when Tesseract or its Vietnamese model is missing, fails or times out
     */
    public static List<RecognisedPage> recognise(String fileName, Path image, java.util.function.IntFunction<TsvPages.Page> tables)
            throws SourceException {
        return TsvPages.read(run(fileName, image, "3", "tsv"), tables);
    }

    /**
     * The text of one line of an image (a table cell the page's recognition left empty: a lone "5" in a narrow
     * column), page segmentation {@code --psm 7}; "" when none is read.
     */
    static String line(String fileName, java.awt.image.BufferedImage image) throws SourceException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("nq57-ocr-cell-", ".png");
            javax.imageio.ImageIO.write(image, "png", tmp.toFile());
            return run(fileName, tmp, "7", "txt").strip();
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "OCR failed: " + e.getMessage(), "nhận dạng chữ (OCR) không thành công");
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }

    /** Tesseract's output for {@code image} with page segmentation {@code psm} and output {@code format}. */
    private static String run(String fileName, Path image, String psm, String format) throws SourceException {
        if (!available())
            throw new SourceException(fileName, 0, "needs OCR (scanned, no text layer) but Tesseract with its Vietnamese model"
                    + " is not installed; install the Debian packages tesseract-ocr and tesseract-ocr-vie",
                    "là bản quét không có lớp chữ nên cần nhận dạng chữ (OCR), nhưng máy chưa cài Tesseract với mô hình"
                    + " tiếng Việt; hãy cài các gói Debian tesseract-ocr và tesseract-ocr-vie");
        try {
            ProcessBuilder pb = new ProcessBuilder(command(), image.toString(), "stdout", "-l", language(), "--psm", psm, format)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread per page: Tesseract's OpenMP threads fight over shared cores and are slower, not faster.
            pb.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            byte[] out;
            try (var in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SourceException(fileName, 0, "OCR took longer than " + TIMEOUT_SECONDS + " s for one page",
                        "nhận dạng chữ (OCR) một trang mất quá " + TIMEOUT_SECONDS + " giây");
            }
            if (p.exitValue() != 0) throw new SourceException(fileName, 0, "OCR failed (tesseract exit " + p.exitValue() + ")",
                    "nhận dạng chữ (OCR) không thành công (tesseract trả mã " + p.exitValue() + ")");
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "OCR failed: " + e.getMessage(), "nhận dạng chữ (OCR) không thành công");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(fileName, 0, "OCR interrupted", "nhận dạng chữ (OCR) bị ngắt giữa chừng");
        }
    }

    /** Writes {@code bytes} to a temporary file, recognises it and deletes the file. */
    static List<RecognisedPage> recognise(String fileName, byte[] bytes, String suffix,
                                        java.util.function.IntFunction<TsvPages.Page> tables) throws SourceException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("nq57-ocr-", suffix);
            Files.write(tmp, bytes);
            return recognise(fileName, tmp, tables);
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "OCR failed: " + e.getMessage(), "nhận dạng chữ (OCR) không thành công");
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }
}
