package vn.nq57.loader.read.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Ruled tables found from a page's image: their rules, and the cells that span columns or rows. */
class RuledTablesTest {
    private static final Path SCAN = Path.of(System.getProperty("nq57.root", "..")).resolve("../shared/extra/formats/tochuctrienkhai.pdf");

    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(2480, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        return image;
    }

    @Test
    void aGridWithAGroupRowAndALeadOverTwoRows() {
        BufferedImage image = page();
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        int[] x = {200, 320, 1000, 1500, 2000, 2300};
        int[] y = {300, 420, 520, 700, 880, 1060};
        for (int r = 0; r < y.length; r++) {
            if (r == 3) {                                    // under the first task the lead's cell goes on
                g.drawLine(x[0], y[r], x[2], y[r]);
                g.drawLine(x[3], y[r], x[5], y[r]);
            } else {
                g.drawLine(x[0], y[r], x[5], y[r]);
            }
        }
        for (int r = 0; r < y.length - 1; r++)
            for (int c = 0; c < x.length; c++)
                if (r != 1 || c < 2 || c == x.length - 1) g.drawLine(x[c], y[r], x[c], y[r + 1]);   // row 1: a group
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("Nhiệm vụ đầu tiên của bảng", 340, 600);
        g.dispose();

        List<RuledTables.Grid> grids = RuledTables.find(image);
        assertEquals(1, grids.size());
        RuledTables.Grid grid = grids.getFirst();
        assertEquals(5, grid.bands());
        assertEquals(5, grid.cells());
        for (int c = 0; c < x.length; c++) assertEquals(x[c], grid.columns()[c], 4, "column rule " + c);
        for (int r = 0; r < y.length; r++) assertEquals(y[r], grid.rows()[r], 4, "row rule " + r);
        // the group row is one cell from its second column on; no other row spans
        assertArrayEquals(new boolean[]{false, true, true, true}, grid.spans()[1]);
        assertArrayEquals(new boolean[]{false, false, false, false}, grid.spans()[2]);
        // the lead's cell (column 2) spans the first and second task's rows, nothing else does
        assertArrayEquals(new boolean[]{false, false, true, false, false}, grid.joined()[2]);
        assertArrayEquals(new boolean[]{false, false, false, false, false}, grid.joined()[1]);
    }

    @Test
    void runningTextUnderlinesAndASeparatorAreNoTable() {
        BufferedImage image = page();
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        for (int line = 0; line < 20; line++)
            g.drawString("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", 150, 200 + line * 60);
        g.drawLine(300, 150, 700, 150);                      // the underline under a letterhead
        g.drawLine(1400, 150, 1900, 150);
        g.drawLine(150, 1450, 2300, 1450);                   // one long separator, no rule across it
        g.dispose();
        assertEquals(List.of(), RuledTables.find(image));
    }

    /** The scanned 05/KH plan's last page (../shared): its table's four rows and five columns, a faint right border. */
    @Test
    void aRealScansTableIsFoundWithItsFaintBorder() throws Exception {
        assumeTrue(Files.exists(SCAN), "needs ../shared/extra/formats/tochuctrienkhai.pdf (the shared source material)");
        BufferedImage image;
        try (var doc = Loader.loadPDF(SCAN.toFile())) {
            image = new PDFRenderer(doc).renderImageWithDPI(2, 300, ImageType.GRAY);
        }
        List<RuledTables.Grid> grids = RuledTables.find(image);
        assertEquals(1, grids.size());
        assertEquals(4, grids.getFirst().bands());
        assertEquals(5, grids.getFirst().cells());
    }
}
