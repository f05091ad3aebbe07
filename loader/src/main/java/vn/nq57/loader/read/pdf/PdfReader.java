package vn.nq57.loader.read.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Lines;
import vn.nq57.loader.read.Origin;
import vn.nq57.loader.read.PageProgress;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.read.layout.PositionedLine;
import vn.nq57.loader.read.layout.ReadingOrder;
import vn.nq57.loader.read.ocr.OcrPages;
import vn.nq57.loader.read.ocr.RecognisedPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF page by page with Apache PDFBox. A page with a real text layer is read from it ({@link ReadingOrder}:
 * two-column letterheads split into their columns, table rows as tab-separated cells, page numbers and running
 * heads dropped); a page without one — a scan, a scan whose only text is a signature stamp, or a text layer in a
 * legacy font encoding or without a Unicode map — is rendered at
 * {@value #OCR_DPI} dpi and read by Tesseract, its lines marked OCR. Origins are page and line on the page.
 */
public final class PdfReader {
    static final int OCR_DPI = 300;
    /** At most this many pages per PDF (a plan has a few dozen); more is refused rather than read for hours. */
    public static final int MAX_PAGES = 500;
    /** A text layer with fewer letters than this on a page holding images is a stamp on a scan, not the page's text. */
    static final int MIN_LETTERS = 120;

    private PdfReader() {}

    /**
     * @throws SourceException naming the file when it is encrypted, damaged, too long, or needs OCR that is missing
     */
    public static SourceText read(String fileName, String sha256, byte[] bytes, PageProgress progress) throws SourceException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent())
                throw new SourceException(fileName, 0, "an encrypted PDF whose text may not be extracted; remove the protection first",
                        "tệp PDF đã mã hoá, không cho phép lấy chữ ra; hãy gỡ chế độ bảo vệ trước");
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new SourceException(fileName, 0, "empty document (a PDF without pages)",
                    "văn bản rỗng (tệp PDF không có trang nào)");
            if (pages > MAX_PAGES) throw new SourceException(fileName, 0, pages + " pages, over the limit of " + MAX_PAGES,
                    pages + " trang, vượt giới hạn " + MAX_PAGES + " trang");
            List<List<String>> text = new ArrayList<>();
            boolean[] ocr = new boolean[pages + 1];
            List<List<RecognisedPage.Doubt>> doubts = new ArrayList<>();
            PDFRenderer renderer = null;
            for (int p = 1; p <= pages; p++) {
                List<PositionedLine> lines = PageLines.of(doc, p);
                boolean readable = letters(lines) >= MIN_LETTERS || !hasImages(doc, p) && letters(lines) > 0;
                if (readable && !damaged(lines)) {
                    text.add(new ArrayList<>(ReadingOrder.lines(lines, doc.getPage(p - 1).getMediaBox().getWidth())));
                    doubts.add(List.of());
                    progress.page(p, pages, "text");
                } else {
                    if (renderer == null) renderer = new PDFRenderer(doc);
                    var image = renderer.renderImageWithDPI(p - 1, OCR_DPI, ImageType.GRAY);
                    RecognisedPage recognised = OcrPages.recognise(fileName, image);
                    text.add(new ArrayList<>(recognised.lines()));
                    doubts.add(recognised.doubts());
                    ocr[p] = true;
                    progress.page(p, pages, "ocr");
                }
            }
            RunningHeads.remove(text, ocr);
            Lines out = new Lines();
            for (int p = 1; p <= pages; p++) {
                List<String> page = text.get(p - 1);
                int[] at = new int[page.size()];
                int n = 0;
                for (String line : page) {
                    at[n] = line == null ? -1 : out.size();
                    n++;
                    if (line != null) out.add(line, Origin.page(p, n, ocr[p]));
                }
                out.blank(Origin.page(p, n + 1, ocr[p]));
                OcrPages.doubts(out, page, at, doubts.get(p - 1));
            }
            return out.build(fileName, sha256, DocumentFormat.PDF);
        } catch (InvalidPasswordException e) {
            throw new SourceException(fileName, 0, "an encrypted (password-protected) PDF; remove the password first",
                    "tệp PDF có mật khẩu bảo vệ; hãy gỡ mật khẩu trước");
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "not a readable PDF: " + e.getMessage(), "không phải tệp PDF đọc được");
        }
    }

    /**
     * A text layer that cannot be trusted: a font without a Unicode map (U+FFFD) or one of the pre-Unicode
     * Vietnamese font encodings (TCVN3/VNI glyphs mapped to Latin-1). The page is then read from its image.
     */
    private static boolean damaged(List<PositionedLine> lines) {
        int legacy = 0;
        for (PositionedLine l : lines) {
            String text = l.text();
            if (text.indexOf('\uFFFD') >= 0) return true;
            if (vn.nq57.loader.read.LegacyEncodingDetector.lineLooksLegacy(text)) legacy++;
        }
        return legacy * 4 >= lines.size() && legacy > 0;
    }

    private static int letters(List<PositionedLine> lines) {
        int n = 0;
        for (PositionedLine l : lines) for (PositionedLine.Segment s : l.segments()) n += (int) s.text().chars().filter(Character::isLetter).count();
        return n;
    }

    private static boolean hasImages(PDDocument doc, int page) throws IOException {
        var resources = doc.getPage(page - 1).getResources();
        if (resources == null) return false;
        for (var name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) return true;
            var x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && form.getResources() != null)
                for (var inner : form.getResources().getXObjectNames()) if (form.getResources().isImageXObject(inner)) return true;
        }
        return false;
    }
}
