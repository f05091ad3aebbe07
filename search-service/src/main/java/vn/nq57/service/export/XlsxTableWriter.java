package vn.nq57.service.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a table as one XLSX sheet: a bold, frozen header row with filters, then one row per result, every cell
 * a text cell (so a task number like "1.2" or a value like "≥ 60" is never turned into a number or a date).
 */
final class XlsxTableWriter {
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Column widths follow the longest text, within these bounds (in characters). */
    private static final int MIN_WIDTH = 6, MAX_WIDTH = 80;

    private XlsxTableWriter() {}

    static void write(ResultTable table, String sheetName, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            List<String> columns = table.columns();
            int[] widths = new int[columns.size()];

            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(headerStyle);
                widths[c] = columns.get(c).length();
            }

            int r = 1;
            for (Map<String, String> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    String text = ResultTable.cell(values, columns.get(c));
                    if (text.isEmpty()) continue;
                    // Excel refuses longer cells; a verbatim paragraph that long is cut rather than the file lost.
                    if (text.length() > MAX_CELL_TEXT) text = text.substring(0, MAX_CELL_TEXT - 1) + "…";
                    row.createCell(c).setCellValue(text);
                    widths[c] = Math.max(widths[c], text.length());
                }
            }

            for (int c = 0; c < columns.size(); c++)
                sheet.setColumnWidth(c, Math.clamp(widths[c] + 2, MIN_WIDTH, MAX_WIDTH) * 256);
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            workbook.write(out);
        }
    }
}
