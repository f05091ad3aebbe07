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
        // a single image's ruled tables are read cell by cell; a multi-page TIFF's pages as Tesseract segments them
        java.awt.image.BufferedImage image = single(bytes);
        TsvPages.Page first = image == null ? TsvPages.Page.NONE
                : new TsvPages.Page(fileName, image, RuledTables.find(image));
        List<RecognisedPage> pages = Tesseract.recognise(fileName, bytes, "." + type.substring("image/".length()),
                n -> n == 1 ? first : TsvPages.Page.NONE);
        Lines lines = new Lines();
        for (int p = 0; p < pages.size(); p++) {
            OcrPages.add(lines, p + 1, pages.get(p));
            progress.page(p + 1, pages.size(), "ocr");
        }
        return lines.build(fileName, sha256, DocumentFormat.IMAGE);
    }

    /** The image when the file holds one page that Java can decode (PNG, JPEG, a one-page TIFF), else null. */
    private static java.awt.image.BufferedImage single(byte[] bytes) {
        try (var in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            var readers = javax.imageio.ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) return null;
            var reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getNumImages(true) != 1) return null;
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;                                          // Tesseract reads it, or says why not
        }
    }
}
