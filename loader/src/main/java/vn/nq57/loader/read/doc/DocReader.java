package vn.nq57.loader.read.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.EncryptedDocumentException;
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
 * Reads a legacy Word 97–2003 document (.doc) with Apache POI's HWPF: paragraphs in order, tables row by row through
 * {@link TableGrid} (horizontal merges as HWPF reports them; vertical merges repeat as in {@link TableGrid}). HWPF
 * gives list numbers only as far as the text carries them; origins are body paragraphs and table rows.
 */
public final class DocReader {
    private DocReader() {}

    public static SourceText read(String fileName, String sha256, byte[] bytes) throws SourceException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            Lines lines = new Lines();
            int paragraph = 0, table = 0;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    table++;
                    TableGrid grid = new TableGrid();
                    for (int r = 0; r < t.numRows(); r++) {
                        TableRow row = t.getRow(r);
                        List<TableGrid.Cell> cells = new ArrayList<>();
                        for (int c = 0; c < row.numCells(); c++) {
                            TableCell cell = row.getCell(c);
                            List<String> paras = new ArrayList<>();
                            for (int k = 0; k < cell.numParagraphs(); k++) paras.add(clean(cell.getParagraph(k).text()));
                            cells.add(new TableGrid.Cell(paras, 1, cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()));
                        }
                        grid.addRow(cells);
                    }
                    grid.writeTo(lines, table);
                    i += t.numParagraphs() - 1;
                    continue;
                }
                paragraph++;
                String text = clean(p.text());
                if (text.isBlank()) lines.blank(Origin.paragraph(paragraph));
                else lines.add(text, Origin.paragraph(paragraph));
            }
            return lines.build(fileName, sha256, DocumentFormat.DOC);
        } catch (EncryptedDocumentException e) {
            throw new SourceException(fileName, 0, "an encrypted (password-protected) Word document; remove the password first",
                    "tài liệu Word có mật khẩu bảo vệ (đã mã hoá); hãy gỡ mật khẩu trước");
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException(fileName, 0, "not a readable Word 97-2003 document: " + e.getMessage(),
                    "không phải tài liệu Word 97-2003 đọc được");
        }
    }

    /** Word's field codes, cell marks and control characters out, the text as shown. */
    private static String clean(String s) {
        String text = Range.stripFields(s);
        return text.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u0007]", " ").replace('\t', ' ').strip();
    }
}
