package vn.nq57.loader.read.docx;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Lines;
import vn.nq57.loader.read.Origin;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.read.TableGrid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word document (.docx, Office Open XML) with Apache POI's XWPF into lines: body paragraphs in order, each
 * with its automatic list number resolved into the text ({@link ListNumbering}); tables through {@link TableGrid}
 * (merged cells — gridSpan across, vMerge down — resolved on the grid, task tables as tab rows, letterhead tables
 * cell by cell); footnote marks as {@code [footnoteRef:N]} (as POI writes them) and the footnotes after the body as
 * {@code ^N text} lines, the forms the row step already reads. Each line's origin is its body paragraph, table row
 * or footnote.
 */
public final class DocxReader {
    private DocxReader() {}

    /**
     * @throws SourceException naming the file when POI cannot open it or it holds no text
     */
    public static SourceText read(String fileName, String sha256, byte[] bytes) throws SourceException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Lines lines = new Lines();
            ListNumbering numbering = new ListNumbering(doc);
            int paragraph = 0, table = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph++;
                    String text = numbering.label(p) + p.getText();
                    if (text.isBlank()) lines.blank(Origin.paragraph(paragraph));
                    else lines.add(text.replace('\t', ' '), Origin.paragraph(paragraph));
                } else if (element instanceof XWPFTable t) {
                    table++;
                    grid(t, numbering).writeTo(lines, table);
                } else if (element instanceof XWPFSDT sdt) {
                    paragraph++;
                    String text = sdt.getContent().getText();
                    if (!text.isBlank()) lines.add(text, Origin.paragraph(paragraph));
                }
            }
            footnotes(doc, lines);
            return lines.build(fileName, sha256, DocumentFormat.DOCX);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new SourceException(fileName, 0, "not a readable Word document: " + e.getMessage(),
                    "không phải tài liệu Word đọc được");
        }
    }

    private static TableGrid grid(XWPFTable table, ListNumbering numbering) {
        TableGrid grid = new TableGrid();
        for (XWPFTableRow row : table.getRows()) {
            List<TableGrid.Cell> cells = new ArrayList<>();
            int column = 0;
            var trPr = row.getCtRow().getTrPr();
            if (trPr != null && trPr.sizeOfGridBeforeArray() > 0) column = trPr.getGridBeforeArray(0).getVal().intValue();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(new TableGrid.Cell(paragraphs(cell, numbering), span, continued, column));
                column += Math.max(span, 1);
            }
            grid.addRow(cells);
        }
        return grid;
    }

    private static List<String> paragraphs(XWPFTableCell cell, ListNumbering numbering) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                String text = numbering.label(p) + p.getText();
                if (!text.isBlank()) out.add(text);
            } else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow r : nested.getRows())
                    for (XWPFTableCell c : r.getTableCells()) out.addAll(paragraphs(c, numbering));
            }
        }
        return out;
    }

    private static void footnotes(XWPFDocument doc, Lines lines) {
        boolean first = true;
        for (XWPFAbstractFootnoteEndnote note : doc.getFootnotes()) {
            int id = note.getId() == null ? 0 : note.getId().intValue();
            String text = String.join(" ", note.getParagraphs().stream().map(XWPFParagraph::getText)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            if (id <= 0 || text.isBlank()) continue;           // ids -1 and 0 are Word's separator notes
            if (first) lines.blank(Origin.footnote(id));
            first = false;
            lines.add("^" + id + " " + text.replace('\t', ' '), Origin.footnote(id));
        }
    }
}
