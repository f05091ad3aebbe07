package vn.nq57.service.export;

import vn.nq57.service.entity.CodeLabels;
import vn.nq57.service.web.BadParameterException;
import vn.nq57.service.web.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a CSV or XLSX download, chosen by {@code headers=vi|en|keys} or, without it, by
 * {@code Accept-Language} (Vietnamese unless English is preferred, {@link Language#of}): policy staff open these
 * files in Excel, so by default the columns are named in Vietnamese ("Đơn vị chủ trì") and the codes people read in
 * them are said in words — a type ("Nhiệm vụ"), a level ("Xã"), an area its document leaves unnamed ("(chưa rõ
 * tỉnh)") — as {@link CodeLabels} says them; {@code en} does the same in English. {@code keys} is for programs: the
 * stable column keys ({@code id}, {@code type}, {@code leadUnits}…, those of {@link EntityRows#COLUMNS}) and the
 * codes as the API gives them ({@code Task}, {@code commune}), unchanged from before the headers were translated.
 * JSON-LD has no header row and is never changed.
 */
public enum ExportHeaders {
    VI, EN, KEYS;

    /** The request parameter that chooses the header row. */
    public static final String PARAMETER = "headers";

    /** Vietnamese and English names of the columns the downloads have; a column not listed keeps its key. */
    private static final Map<String, String[]> NAMES = names(
            "id", "Định danh (IRI)", "Identifier (IRI)",
            "type", "Loại", "Type",
            "name", "Tên, nội dung", "Name",
            "document", "Văn bản", "Document",
            "documentTitle", "Trích yếu văn bản", "Document title",
            "documentId", "Định danh văn bản", "Document identifier",
            "documentFile", "Tệp nguồn", "Source file",
            "issuer", "Cơ quan ban hành", "Issuer",
            "area", "Địa bàn", "Area",
            "province", "Tỉnh, thành phố", "Province",
            "level", "Cấp", "Level",
            "section", "Mục", "Section",
            "no", "Số thứ tự", "No.",
            "leadUnits", "Đơn vị chủ trì", "Lead units",
            "coordinatingUnits", "Đơn vị phối hợp", "Coordinating units",
            "deadline", "Thời hạn (nguyên văn)", "Deadline (as written)",
            "deadlineStart", "Thời hạn từ ngày", "Deadline from",
            "deadlineEnd", "Thời hạn đến ngày", "Deadline until",
            "completed", "Đã hoàn thành", "Completed",
            "target", "Giá trị mục tiêu", "Target",
            "unitOfMeasure", "Đơn vị tính", "Unit of measure",
            "horizonYear", "Năm mục tiêu", "Target year",
            "link", "Liên kết", "Link",
            "planId", "Định danh kế hoạch (của phụ lục)", "Plan identifier (of an appendix)",
            "areaId", "Định danh địa bàn", "Area identifier",
            "provinceId", "Định danh tỉnh", "Province identifier",
            "match", "Mức độ khớp", "Match",
            "score", "Điểm", "Score",
            "quote", "Trích dẫn nguyên văn", "Quote",
            "file", "Tệp", "File",
            "lineStart", "Từ dòng", "From line",
            "lineEnd", "Đến dòng", "To line",
            "relation", "Quan hệ", "Relation",
            "citedIn", "Văn bản dẫn chiếu", "Cited in",
            "citedInFile", "Tệp dẫn chiếu", "Cited in file",
            ExportBook.SHEET_COLUMN, "Trang tính", "Sheet");

    /**
     * The header row a request asks for.
     *
     * @param headers        the {@code headers=} parameter ({@code vi}, {@code en} or {@code keys}, any case), or null
     * @param acceptLanguage the {@code Accept-Language} header, or null: used when {@code headers} is not given
     * @throws BadParameterException 400 naming {@code headers} for any other value
     */
    public static ExportHeaders choose(String headers, String acceptLanguage) {
        if (headers == null || headers.isBlank()) return Language.of(acceptLanguage) == Language.EN ? EN : VI;
        return switch (headers.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            case "keys" -> KEYS;
            default -> throw new BadParameterException(PARAMETER, "Parameter 'headers' is '" + headers
                    + "'; use vi (Vietnamese column names, the default), en (English) or keys (the stable column keys)",
                    "Tham số 'headers' là '" + headers + "'; hãy dùng vi (tên cột tiếng Việt, mặc định), en (tiếng Anh)"
                            + " hoặc keys (khóa cột cố định cho chương trình).");
        };
    }

    /** The name of a column in this header row: its key for {@link #KEYS} and for a column not listed. */
    public String name(String column) {
        String[] names = NAMES.get(column);
        return this == KEYS || names == null ? column : names[this == VI ? 0 : 1];
    }

    /**
     * The table as this header row writes it: columns renamed ({@link #name}), cell types kept, and in
     * {@link #VI}/{@link #EN} the codes of the {@code type}, {@code level}, {@code area} and {@code province} columns
     * said in words. {@link #KEYS} gives the table itself.
     */
    public ResultTable apply(ResultTable table) {
        if (this == KEYS) return table;
        Language language = this == VI ? Language.VI : Language.EN;
        List<String> columns = table.columns().stream().map(this::name).toList();
        Map<String, ResultTable.CellType> types = new LinkedHashMap<>();
        table.types().forEach((c, t) -> types.put(name(c), t));
        List<Map<String, String>> rows = new ArrayList<>(table.rows().size());
        for (Map<String, String> row : table.rows()) {
            Map<String, String> out = new LinkedHashMap<>();
            row.forEach((c, v) -> out.put(name(c), v == null ? null : switch (c) {
                case "type" -> CodeLabels.type(v, language);
                case "level" -> CodeLabels.level(v, language);
                case "area", "province" -> CodeLabels.area(v, language);
                default -> v;
            }));
            rows.add(out);
        }
        return new ResultTable(columns, rows, types);
    }

    /** The book with every sheet as {@link #apply} writes it. */
    public ExportBook apply(ExportBook book) {
        if (this == KEYS) return book;
        Map<String, ResultTable> sheets = new LinkedHashMap<>();
        book.sheets().forEach((name, table) -> sheets.put(name, apply(table)));
        return new ExportBook(sheets, book.about());
    }

    private static Map<String, String[]> names(String... triples) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) out.put(triples[i], new String[] {triples[i + 1], triples[i + 2]});
        return Map.copyOf(out);
    }
}
