package vn.nq57.service.export;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link ExportBook} as an XLSX workbook (Apache POI): one sheet per table, each with a bold, frozen header
 * row, an auto-filter over every row and column widths that follow the text; then a sheet "Truy vấn" holding what
 * was asked for. Cells are typed by their column ({@link ResultTable.CellType}): dates as date cells (yyyy-mm-dd),
 * numbers and booleans as such, links as hyperlinks, everything else as text (so a task number like "1.2" or a value
 * like "≥ 60" is never turned into a number or a date). A value that does not parse as its type stays text.
 */
final class XlsxTableWriter {
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Column widths follow the longest text, within these bounds (in characters). */
    private static final int MIN_WIDTH = 6, MAX_WIDTH = 80;
    private static final int DATE_WIDTH = 12;
    /** Excel allows 31 characters in a sheet name. */
    private static final int MAX_SHEET_NAME = 31;

    private XlsxTableWriter() {}

    static void write(ExportBook book, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> used = new HashSet<>();
            for (Map.Entry<String, ResultTable> sheet : book.sheets().entrySet())
                writeSheet(workbook, styles, uniqueName(sheet.getKey(), used), sheet.getValue());
            if (!book.about().isEmpty()) {
                ResultTable.Builder about = ResultTable.builder("thuộc tính", "giá trị");
                book.about().forEach(about::row);
                writeSheet(workbook, styles, uniqueName(ExportBook.ABOUT_SHEET, used), about.build());
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(XSSFWorkbook workbook, Styles styles, String name, ResultTable table) {
        Sheet sheet = workbook.createSheet(name);
        CreationHelper helper = workbook.getCreationHelper();
        List<String> columns = table.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
            header.getCell(c).setCellStyle(styles.header);
            widths[c] = columns.get(c).length();
        }
        int r = 1;
        for (Map<String, String> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                String text = ResultTable.cell(values, columns.get(c));
                if (text.isEmpty()) continue;
                Cell cell = row.createCell(c);
                int width = typed(cell, table.type(columns.get(c)), text, styles, helper);
                widths[c] = Math.max(widths[c], width);
            }
        }
        for (int c = 0; c < columns.size(); c++)
            sheet.setColumnWidth(c, Math.clamp(widths[c] + 2, MIN_WIDTH, MAX_WIDTH) * 256);
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty())
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    /** Sets the cell from its text as its column's type; gives the width the text needs. */
    private static int typed(Cell cell, ResultTable.CellType type, String text, Styles styles, CreationHelper helper) {
        switch (type) {
            case DATE -> {
                try {
                    cell.setCellValue(LocalDate.parse(text));
                    cell.setCellStyle(styles.date);
                    return DATE_WIDTH;
                } catch (DateTimeParseException notADate) {
                    // kept as text below
                }
            }
            case NUMBER -> {
                try {
                    cell.setCellValue(Double.parseDouble(text));
                    return text.length();
                } catch (NumberFormatException notANumber) {
                    // kept as text below
                }
            }
            case BOOLEAN -> {
                String b = text.toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("false")) {
                    cell.setCellValue(Boolean.parseBoolean(b));
                    return text.length();
                }
            }
            case LINK -> {
                Hyperlink link = helper.createHyperlink(HyperlinkType.URL);
                link.setAddress(text);
                cell.setHyperlink(link);
                cell.setCellValue(text);
                cell.setCellStyle(styles.link);
                return Math.min(text.length(), 40);
            }
            case TEXT, IRI -> { }
        }
        // Excel refuses longer cells; a verbatim paragraph that long is cut rather than the file lost.
        String value = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text;
        cell.setCellValue(value);
        return value.length();
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique within the workbook. */
    static String uniqueName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    /** The workbook's few cell styles (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle link;

        Styles(XSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            link = workbook.createCellStyle();
            Font blue = workbook.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link.setFont(blue);
        }
    }
}
