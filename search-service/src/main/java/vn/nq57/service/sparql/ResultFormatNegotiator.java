package vn.nq57.service.sparql;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.nq57.service.web.AcceptHeader;
import vn.nq57.service.web.BadParameterException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the result format: {@code format=} when given, else the client's Accept header (q-values honoured,
 * by {@link AcceptHeader}), else the kind's default. Ties go to the format listed first in {@link ResultKind}.
 */
final class ResultFormatNegotiator {
    private ResultFormatNegotiator() {}

    static ResultFormat choose(ResultKind kind, String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) return byName(kind, formatParameter);
        if (accept == null || accept.isBlank()) return kind.defaultFormat();
        String chosen = AcceptHeader.bestMatch(accept, kind.formats().stream().flatMap(f -> f.mediaTypes().stream()).toList())
                .orElseThrow(() -> new BadParameterException(HttpStatus.NOT_ACCEPTABLE, HttpHeaders.ACCEPT,
                        "No media type in the Accept header '" + accept + "' can hold " + describe(kind)
                                + "; this endpoint writes them as " + mediaTypes(kind.formats())
                                + " (or choose with format=" + names(kind.formats()) + ")"));
        return kind.formats().stream().filter(f -> f.mediaTypes().contains(chosen)).findFirst().orElseThrow();
    }

    private static ResultFormat byName(ResultKind kind, String name) {
        ResultFormat format = ResultFormat.named(name).orElseThrow(() -> new BadParameterException("format",
                "Parameter 'format' is '" + name + "', which is not a known format; use one of " + names(List.of(ResultFormat.values()))));
        if (!kind.formats().contains(format))
            throw new BadParameterException("format", "Parameter 'format' is '" + name + "', which cannot hold "
                    + describe(kind) + "; use one of " + names(kind.formats()));
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

    private static String names(List<ResultFormat> formats) {
        return formats.stream().map(ResultFormat::shortName).collect(Collectors.joining(", "));
    }

    private static String mediaTypes(List<ResultFormat> formats) {
        return formats.stream().map(ResultFormat::mediaType).collect(Collectors.joining(", "));
    }
}
