package vn.nq57.loader.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One small provincial plan written four ways — UTF-8 text (tab table), Word (.docx with a letterhead table, automatic
 * list numbering and a task table with a group row spanning the row and a lead unit merged down two rows), a PDF with
 * a text layer (PDFBox, a TrueType font with Vietnamese glyphs) and a scanned PDF (the page drawn with Java2D, then
 * embedded as an image) — so the readers can be checked against each other on any machine.
 */
final class PlanFixtures {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final List<String> LETTERHEAD = List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 45/KH-UBND");
    static final List<String> MOTTO = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đồng Nai, ngày 10 tháng 3 năm 2025");
    static final List<String> OPENING = List.of("KẾ HOẠCH",
            "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ",
            "Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động;");
    /** Headings numbered by Word in the .docx: level 0 upper Roman "I.", level 1 decimal "1.", level 2 "a)". */
    static final List<String[]> HEADINGS = List.of(
            new String[]{"0", "I.", "MỤC ĐÍCH, YÊU CẦU"},
            new String[]{"1", "1.", "Mục đích"},
            new String[]{"2", "a)", "Cụ thể hóa các nhiệm vụ của Nghị quyết tại tỉnh."},
            new String[]{"2", "b)", "Phân công rõ đơn vị chủ trì, thời hạn hoàn thành."},
            new String[]{"0", "II.", "NHIỆM VỤ CỤ THỂ"});
    static final List<String> HEADER = List.of("TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành");
    /** Rows: a group row (ordinal + title spanning the row), then tasks; task 2's lead is merged from task 1's. */
    static final List<List<String>> ROWS = List.of(
            List.of("I", "Hoàn thiện thể chế và hạ tầng số"),
            List.of("1", "Xây dựng cơ sở dữ liệu đất đai của tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Tháng 6/2025"),
            List.of("2", "Số hóa hồ sơ địa chính các xã", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã", "Quý IV/2025"),
            List.of("3", "Nâng cấp mạng diện rộng của tỉnh", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2026"));

    /** The footnote Word attaches to task 3's name. */
    static final String FOOTNOTE = "Thực hiện theo Đề án đã được phê duyệt.";

    private PlanFixtures() {}

    /** The plan as UTF-8 text, the table as tab rows. */
    static String text() {
        StringBuilder b = new StringBuilder();
        LETTERHEAD.forEach(l -> b.append(l).append('\n'));
        MOTTO.forEach(l -> b.append(l).append('\n'));
        OPENING.forEach(l -> b.append(l).append('\n'));
        for (String[] h : HEADINGS) b.append(h[1]).append(' ').append(h[2]).append('\n');
        b.append(String.join("\t", HEADER)).append('\n');
        for (List<String> row : ROWS) {
            String[] cells = new String[HEADER.size()];
            java.util.Arrays.fill(cells, "");
            for (int i = 0; i < row.size(); i++) cells[i] = row.get(i);
            b.append(String.join("\t", cells)).append('\n');
        }
        b.append("III. TỔ CHỨC THỰC HIỆN\nCác sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.\n");
        return b.toString();
    }

    /** The plan as a web page: paragraphs, a script to ignore, the table with colspan (group row) and rowspan (lead). */
    static String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Kế hoạch</title>\n"
                + "<script>var x = '<p>không phải văn bản</p>';</script></head>\n<body>\n<nav>Trang chủ | Văn bản</nav>\n");
        for (int i = 0; i < 3; i++) b.append("<p>").append(LETTERHEAD.get(i)).append("</p>\n");
        for (String l : MOTTO) b.append("<p><b>").append(l).append("</b></p>\n");
        for (String l : OPENING) b.append("<p>").append(l).append("</p>\n");
        for (String[] h : HEADINGS) b.append("<p>").append(h[1]).append(' ').append(h[2]).append("</p>\n");
        b.append("<table border=\"1\">\n<tr>");
        for (String h : HEADER) b.append("<th>").append(h).append("</th>");
        b.append("</tr>\n");
        for (int r = 0; r < ROWS.size(); r++) {
            List<String> row = ROWS.get(r);
            b.append("<tr>");
            if (row.size() == 2) {
                b.append("<td>").append(row.get(0)).append("</td><td colspan=\"").append(HEADER.size() - 1).append("\">")
                        .append(row.get(1)).append("</td>");
            } else {
                for (int c = 0; c < row.size(); c++) {
                    if (c == 2 && r == 2) continue;                              // covered by the rowspan above
                    b.append(c == 2 && r == 1 ? "<td rowspan=\"2\">" : "<td>").append(row.get(c)).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<p>III. TỔ CHỨC THỰC HIỆN</p>\n<p>Các sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.</p>\n"
                + "<footer>Cổng thông tin</footer>\n</body></html>\n");
        return b.toString();
    }

    /** The plan as Word: letterhead table, numbered headings (numbering only, not typed), merged task table. */
    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable head = doc.createTable(1, 2);
            cell(head.getRow(0).getCell(0), LETTERHEAD);
            cell(head.getRow(0).getCell(1), MOTTO);
            OPENING.forEach(l -> doc.createParagraph().createRun().setText(l));

            BigInteger numId = numbering(doc);
            for (String[] h : HEADINGS) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(Integer.parseInt(h[0])));
                p.createRun().setText(h[2]);
            }
            XWPFTable table = doc.createTable(ROWS.size() + 1, HEADER.size());
            for (int c = 0; c < HEADER.size(); c++) table.getRow(0).getCell(c).setText(HEADER.get(c));
            for (int r = 0; r < ROWS.size(); r++) {
                XWPFTableRow row = table.getRow(r + 1);
                List<String> values = ROWS.get(r);
                if (values.size() == 2) {                     // group row: title cell spans the remaining columns
                    row.getCell(0).setText(values.get(0));
                    row.getCell(1).setText(values.get(1));
                    while (row.getTableCells().size() > 2) row.removeCell(2);
                    row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(HEADER.size() - 1));
                    continue;
                }
                for (int c = 0; c < values.size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    if (c == 1 && r == 3) {                      // task 3's name carries a Word footnote
                        cell.setText(values.get(c));
                        var note = doc.createFootnote();
                        note.createParagraph().createRun().setText(FOOTNOTE);
                        cell.getParagraphs().getFirst().createRun().getCTR().addNewFootnoteReference().setId(note.getId());
                        continue;
                    }
                    boolean mergedLead = c == 2 && r == 2;        // task 2's lead: merged down from task 1's
                    if (c == 2 && r == 1) cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    if (mergedLead) cell.getCTTc().addNewTcPr().addNewVMerge();
                    else cell.setText(values.get(c));
                }
            }
            doc.createParagraph().createRun().setText("III. TỔ CHỨC THỰC HIỆN");
            doc.createParagraph().createRun().setText("Các sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(XWPFTableCell cell, List<String> lines) {
        cell.setText(lines.getFirst());
        for (String l : lines.subList(1, lines.size())) cell.addParagraph().createRun().setText(l);
    }

    /** A three-level list: "I." (upper Roman), "1." (decimal), "a)" (lower letter). */
    private static BigInteger numbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        String[][] levels = {{"upperRoman", "%1."}, {"decimal", "%2."}, {"lowerLetter", "%3)"}};
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
            lvl.addNewLvlText().setVal(levels[i][1]);
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(abstractId);
    }

    /** The plan's lines as a page prints them (the table as columns at fixed x). */
    private interface PagePainter { void line(String text, float x, float y, float size) throws IOException; }

    private static void paint(PagePainter p, float width) throws IOException {
        float y = 60, left = 50, mid = width / 2 + 10, size = 11;
        for (int i = 0; i < 3; i++) {
            p.line(LETTERHEAD.get(i), left, y, size);
            p.line(MOTTO.get(i), mid, y, size);
            y += 16;
        }
        y += 14;
        p.line(OPENING.get(0), left, y, size); y += 16;
        // The long lines wrap as on paper.
        p.line(OPENING.get(1).substring(0, 60), left, y, size); y += 16;
        p.line(OPENING.get(1).substring(60).strip(), left, y, size); y += 16;
        p.line(OPENING.get(2).substring(0, 62), left, y, size); y += 16;
        p.line(OPENING.get(2).substring(62).strip(), left, y, size); y += 16;
        for (String[] h : HEADINGS) { p.line(h[1] + " " + h[2], left, y, size); y += 16; }
        float[] cols = {left, left + 25, left + 200, left + 330, left + 440};
        float small = 7;
        for (int c = 0; c < HEADER.size(); c++) p.line(HEADER.get(c), cols[c], y, small);
        y += 14;
        for (List<String> row : ROWS) {
            for (int c = 0; c < row.size(); c++) p.line(row.get(c), cols[c], y, small);
            y += 14;
        }
        y += 10;
        p.line("III. TỔ CHỨC THỰC HIỆN", left, y, size); y += 16;
        p.line("Các sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.", left, y, size);
    }

    /** The plan as a PDF with a text layer, one A4 page, and the page number "1" at its foot. */
    static byte[] textPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                paint((text, x, y, size) -> {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(x, height - y);
                    cs.showText(text);
                    cs.endText();
                }, page.getMediaBox().getWidth());
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(page.getMediaBox().getWidth() / 2, 30);
                cs.showText("1");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The plan's first part (letterhead, title, "Căn cứ") as a scan: drawn with Java2D at 300 dpi and embedded as an
     * image, with a signature stamp as the page's only text layer.
     */
    static byte[] scannedPdf() throws Exception {
        float scale = 300f / 72f;
        PDRectangle a4 = PDRectangle.A4;
        BufferedImage image = new BufferedImage((int) (a4.getWidth() * scale), (int) (a4.getHeight() * scale / 2.2),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font base = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile());
        float y = 60, left = 50, mid = a4.getWidth() / 2 + 10;
        g.setFont(base.deriveFont(11 * scale));
        for (int i = 0; i < 3; i++) {
            g.drawString(LETTERHEAD.get(i), left * scale, y * scale);
            g.drawString(MOTTO.get(i), mid * scale, y * scale);
            y += 18;
        }
        y += 14;
        g.drawString(OPENING.get(0), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(1).substring(0, 60), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(1).substring(60).strip(), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(2).substring(0, 62), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(2).substring(62).strip(), left * scale, y * scale);
        g.dispose();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(a4.getWidth(), a4.getHeight() / 2.2f));
            doc.addPage(page);
            var img = LosslessFactory.createFromImage(doc, image);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                // A digital signature stamp: the page's only text layer, which must not hide the scan underneath.
                cs.beginText();
                cs.setFont(font, 6);
                cs.newLineAtOffset(page.getMediaBox().getWidth() - 150, 12);
                cs.showText("Ký bởi: Văn phòng Ủy ban nhân dân tỉnh");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The whole plan as a scan of one page, its task table ruled as printed tables are: the group row one cell across
     * the row, task 1's and task 2's lead one cell over both rows (written once), long names wrapped in their cell.
     * Drawn with Java2D at 300 dpi and embedded as an image; no text layer.
     */
    static byte[] scannedPlanWithRuledTablePdf() throws Exception {
        float scale = 300f / 72f;
        PDRectangle a4 = PDRectangle.A4;
        BufferedImage image = new BufferedImage((int) (a4.getWidth() * scale), (int) (a4.getHeight() * scale),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font base = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile());
        g.setFont(base.deriveFont(11 * scale));
        float y = 60, left = 50, mid = a4.getWidth() / 2 + 10;
        for (int i = 0; i < 3; i++) {
            g.drawString(LETTERHEAD.get(i), left * scale, y * scale);
            g.drawString(MOTTO.get(i), mid * scale, y * scale);
            y += 18;
        }
        y += 14;
        g.drawString(OPENING.get(0), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(1).substring(0, 60), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(1).substring(60).strip(), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(2).substring(0, 62), left * scale, y * scale); y += 18;
        g.drawString(OPENING.get(2).substring(62).strip(), left * scale, y * scale); y += 18;
        for (String[] h : HEADINGS) { g.drawString(h[1] + " " + h[2], left * scale, y * scale); y += 18; }
        y = ruledTable(g, base.deriveFont(10 * scale), scale, left, y + 6);
        y += 24;
        g.setFont(base.deriveFont(11 * scale));
        g.drawString("III. TỔ CHỨC THỰC HIỆN", left * scale, y * scale); y += 18;
        g.drawString("Các sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.", left * scale, y * scale);
        g.dispose();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            var img = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, a4.getWidth(), a4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Draws HEADER and ROWS as a ruled table from {@code top} (points); returns its bottom. */
    private static float ruledTable(Graphics2D g, Font font, float scale, float left, float top) {
        g.setFont(font);
        var metrics = g.getFontMetrics();
        float[] widths = {28, 170, 115, 110, 80};
        float lineHeight = 14, pad = 5, right = left;
        for (float w : widths) right += w;
        float[] x = new float[widths.length + 1];
        x[0] = left;
        for (int c = 0; c < widths.length; c++) x[c + 1] = x[c] + widths[c];
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        rows.addAll(ROWS);
        // cell lines per row and column, wrapped to the column
        List<List<List<String>>> lines = new java.util.ArrayList<>();
        for (List<String> row : rows) {
            List<List<String>> cells = new java.util.ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                float width = (row.size() == 2 && c == 1 ? right - x[1] : widths[c]) - 2 * pad;
                cells.add(wrap(row.get(c), width * scale, metrics));
            }
            lines.add(cells);
        }
        float[] rowTop = new float[rows.size() + 1];
        rowTop[0] = top;
        for (int r = 0; r < rows.size(); r++) {
            int n = lines.get(r).stream().mapToInt(List::size).max().orElse(1);
            rowTop[r + 1] = rowTop[r] + n * lineHeight + 2 * pad;
        }
        g.setStroke(new java.awt.BasicStroke(2.5f));
        int lead = 2, task2 = 3;                             // rows: header, group, task 1, task 2, task 3
        for (int r = 0; r <= rows.size(); r++) {
            // the rule under task 1 stops at the lead's cell, which spans tasks 1 and 2
            if (r == task2) {
                line(g, scale, left, rowTop[r], x[lead], rowTop[r]);
                line(g, scale, x[lead + 1], rowTop[r], right, rowTop[r]);
            } else {
                line(g, scale, left, rowTop[r], right, rowTop[r]);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            boolean group = rows.get(r).size() == 2;
            for (int c = 0; c <= widths.length; c++) {
                if (group && c > 1 && c < widths.length) continue;   // one cell across the group row
                line(g, scale, x[c], rowTop[r], x[c], rowTop[r + 1]);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < lines.get(r).size(); c++) {
                if (r == task2 && c == lead) continue;             // written once, in task 1's row
                float ly = rowTop[r] + pad + lineHeight - 3;
                for (String s : lines.get(r).get(c)) {
                    g.drawString(s, (x[c] + pad) * scale, ly * scale);
                    ly += lineHeight;
                }
            }
        }
        return rowTop[rows.size()];
    }

    private static void line(Graphics2D g, float scale, float x0, float y0, float x1, float y1) {
        g.drawLine(Math.round(x0 * scale), Math.round(y0 * scale), Math.round(x1 * scale), Math.round(y1 * scale));
    }

    private static List<String> wrap(String text, float width, java.awt.FontMetrics metrics) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(longer) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        out.add(line.toString());
        return out;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
