package vn.nq57.service.sparql;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.nq57.service.web.AcceptHeader;
import vn.nq57.service.web.BadParameterException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the result format: {@code format=} when given, else the client's Accept header (q-values honoured, q=0
 * refusing, by {@link AcceptHeader}), else the kind's default. Ties go to the format listed first in
 * {@link ResultKind}. SELECT and ASK results are also offered as plain {@code application/json} (written as SPARQL
 * JSON results, sent with the type the client asked for), since generic HTTP clients ask for nothing else.
 */
final class ResultFormatNegotiator {
    static final String PLAIN_JSON = "application/json";

    private ResultFormatNegotiator() {}

    /**
     * @param format    what is written
     * @param mediaType the Content-Type it is sent with: the format's own, or the alias the client accepted
     */
    record Choice(ResultFormat format, String mediaType) {
        static Choice of(ResultFormat format) {
            return new Choice(format, format.mediaType());
        }
    }

    static Choice choose(ResultKind kind, String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) return Choice.of(byName(kind, formatParameter));
        if (accept == null || accept.isBlank()) return Choice.of(kind.defaultFormat());
        List<String> offered = new ArrayList<>();
        kind.formats().forEach(f -> offered.addAll(f.mediaTypes()));
        boolean tabular = kind.formats().contains(ResultFormat.JSON);
        if (tabular && !offered.contains(PLAIN_JSON)) offered.add(PLAIN_JSON);
        String chosen = AcceptHeader.bestMatch(accept, offered)
                .orElseThrow(() -> new BadParameterException(HttpStatus.NOT_ACCEPTABLE, HttpHeaders.ACCEPT,
                        "No media type in the Accept header '" + accept + "' can hold " + describe(kind)
                                + "; this endpoint writes them as " + mediaTypes(kind.formats())
                                + (tabular ? " (or " + PLAIN_JSON + ")" : "")
                                + " (or choose with format=" + names(kind.formats()) + ")",
                        "Không kiểu nào trong tiêu đề Accept '" + accept + "' chứa được kết quả này; điểm truy vấn viết "
                                + "kết quả dưới dạng " + mediaTypes(kind.formats())
                                + " (hoặc chọn bằng format=" + names(kind.formats()) + ")."));
        if (chosen.equals(PLAIN_JSON) && tabular) return new Choice(ResultFormat.JSON, PLAIN_JSON);
        return Choice.of(kind.formats().stream().filter(f -> f.mediaTypes().contains(chosen)).findFirst().orElseThrow());
    }

    private static ResultFormat byName(ResultKind kind, String name) {
        ResultFormat format = ResultFormat.named(name).orElseThrow(() -> new BadParameterException("format",
                "Parameter 'format' is '" + name + "', which is not a known format; use one of " + names(List.of(ResultFormat.values())),
                "Tham số 'format' là '" + name + "', không phải định dạng đã biết; hãy dùng một trong "
                        + names(List.of(ResultFormat.values())) + "."));
        if (!kind.formats().contains(format))
            throw new BadParameterException("format", "Parameter 'format' is '" + name + "', which cannot hold "
                    + describe(kind) + "; use one of " + names(kind.formats()), "Tham số 'format' là '" + name
                    + "', không chứa được " + describeVi(kind) + "; hãy dùng một trong " + names(kind.formats()) + ".");
        return format;
    }

    private static String describe(ResultKind kind) {
        return switch (kind) {
            case ROWS -> "SELECT results";
            case BOOLEAN -> "an ASK result";
            case TRIPLES -> "CONSTRUCT/DESCRIBE results";
            case QUADS -> "CONSTRUCT results with GRAPH templates";
        };
    }

    private static String describeVi(ResultKind kind) {
        return switch (kind) {
            case ROWS -> "kết quả SELECT";
            case BOOLEAN -> "kết quả ASK";
            case TRIPLES -> "kết quả CONSTRUCT/DESCRIBE";
            case QUADS -> "kết quả CONSTRUCT có mẫu GRAPH";
        };
    }

    private static String names(List<ResultFormat> formats) {
        return formats.stream().map(ResultFormat::shortName).collect(Collectors.joining(", "));
    }

    private static String mediaTypes(List<ResultFormat> formats) {
        return formats.stream().map(ResultFormat::mediaType).collect(Collectors.joining(", "));
    }
}
