package vn.nq57.service.export;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.nq57.service.web.AcceptHeader;
import vn.nq57.service.web.BadParameterException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a result list is answered as: the API's own JSON, or a download (CSV, XLSX, JSON-LD). Chosen by
 * {@code format=} when given, else by the Accept header (q-values honoured, see {@link AcceptHeader}), else JSON.
 */
public enum ExportFormat {
    JSON("json", "application/json"),
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSONLD("jsonld", "application/ld+json");

    /** The request parameter that names a format. */
    public static final String PARAMETER = "format";

    private final String shortName;
    private final String mediaType;

    ExportFormat(String shortName, String mediaType) {
        this.shortName = shortName;
        this.mediaType = mediaType;
    }

    /** The {@code format=} value, also the file name extension of a download. */
    public String shortName() {
        return shortName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether this format is a file to download rather than the API's JSON answer. */
    public boolean isDownload() {
        return this != JSON;
    }

    /**
     * The format a request asks for.
     *
     * @param format the {@code format=} parameter, or null
     * @param accept the Accept header, or null
     * @throws BadParameterException 400 naming {@code format} for an unknown name; 406 naming {@code Accept}
     *                               when the header admits none of the formats
     */
    public static ExportFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) return named(format);
        if (accept == null || accept.isBlank()) return JSON;
        String chosen = AcceptHeader.bestMatch(accept, Arrays.stream(values()).map(ExportFormat::mediaType).toList())
                .orElseThrow(() -> new BadParameterException(HttpStatus.NOT_ACCEPTABLE, HttpHeaders.ACCEPT,
                        "No media type in the Accept header '" + accept + "' is one this API writes: " + mediaTypes()
                                + " (or choose with format=" + names() + ")",
                        "Không kiểu nào trong tiêu đề Accept '" + accept + "' là kiểu mà địa chỉ này trả về: "
                                + mediaTypes() + " (hoặc chọn bằng format=" + names() + ")."));
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(chosen)).findFirst().orElse(JSON);
    }

    private static ExportFormat named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.shortName.equals(wanted) || f.mediaType.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new BadParameterException(PARAMETER,
                        "Parameter 'format' is '" + name + "', which is not a known format; use one of " + names(),
                        "Tham số 'format' là '" + name + "', không phải định dạng đã biết; hãy dùng một trong "
                                + names() + "."));
    }

    private static String mediaTypes() {
        return Arrays.stream(values()).map(ExportFormat::mediaType).collect(Collectors.joining(", "));
    }

    private static String names() {
        return Arrays.stream(values()).map(ExportFormat::shortName).collect(Collectors.joining(", "));
    }
}
