package vn.nq57.loader.read.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.loader.read.layout.PositionedLine;
import vn.nq57.loader.read.layout.PositionedLine.Segment;

/**
 * The text layer of one PDF page as lines in reading order, each line split into segments where the gap between
 * words is wide (columns): PDFBox's {@link PDFTextStripper} sorted by position gives the words and their x
 * coordinates; a gap of more than {@value #GAP_EMS} average character widths starts a new segment.
 */
final class PageLines extends PDFTextStripper {
    private static final double GAP_EMS = 3.0;

    private final List<PositionedLine> lines = new ArrayList<>();
    private final List<Segment> current = new ArrayList<>();
    private float currentY, currentHeight;
    private float previousEnd = Float.NaN, charWidth = 5;
    private boolean pendingSpace;

    private PageLines() throws IOException {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The lines of page {@code page} (1-based). */
    static List<PositionedLine> of(PDDocument document, int page) throws IOException {
        PageLines stripper = new PageLines();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        stripper.endLine();
        return stripper.lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        // Glyph by glyph: a "word" from PDFBox may hold the spaces that separate two columns.
        for (TextPosition p : positions) {
            String glyph = p.getUnicode();
            if (glyph == null || glyph.isEmpty() || glyph.chars().allMatch(Character::isISOControl)) continue;
            float start = p.getXDirAdj(), end = start + p.getWidthDirAdj();
            if (glyph.isBlank()) {
                if (!current.isEmpty()) pendingSpace = true;
                continue;
            }
            if (p.getWidthDirAdj() > 0)     // the line's own type size: a table in 7 pt under text in 13 pt
                charWidth = current.isEmpty() ? p.getWidthDirAdj() : 0.5f * charWidth + 0.5f * p.getWidthDirAdj();
            currentY = p.getYDirAdj();
            currentHeight = Math.max(currentHeight, p.getHeightDir());
            boolean near = !current.isEmpty() && !Float.isNaN(previousEnd) && start - previousEnd <= GAP_EMS * charWidth;
            if (near) {
                Segment s = current.removeLast();
                boolean space = pendingSpace || start - previousEnd > 0.25f * charWidth;
                current.add(new Segment(s.text() + (space ? " " : "") + glyph, s.start(), end));
            } else {
                current.add(new Segment(glyph, start, end));
            }
            pendingSpace = false;
            previousEnd = end;
        }
        if (!current.isEmpty()) pendingSpace = true;              // PDFBox calls once per word
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!current.isEmpty()) lines.add(new PositionedLine(current, currentY));
        current.clear();
        previousEnd = Float.NaN;
        currentHeight = 0;
        pendingSpace = false;
    }
}
