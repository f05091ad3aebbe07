package vn.nq57.loader.read.ocr;

import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Lines;
import vn.nq57.loader.read.Origin;
import vn.nq57.loader.read.PageProgress;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.SourceText;

import java.util.List;

/**
 * A scanned page given as an image (PNG, JPEG, TIFF with one or more pages): read by {@link Tesseract}, every line
 * marked as OCR in its origin (page and line).
 */
public final class ImageReader {
    private ImageReader() {}

    public static SourceText read(String fileName, String sha256, byte[] bytes, PageProgress progress) throws SourceException {
        String type = DocumentFormat.imageMediaType(bytes);
        List<List<String>> pages = Tesseract.recognise(fileName, bytes, "." + type.substring("image/".length()));
        Lines lines = new Lines();
        for (int p = 0; p < pages.size(); p++) {
            OcrPages.add(lines, p + 1, pages.get(p));
            progress.page(p + 1, pages.size(), "ocr");
        }
        return lines.build(fileName, sha256, DocumentFormat.IMAGE);
    }
}
