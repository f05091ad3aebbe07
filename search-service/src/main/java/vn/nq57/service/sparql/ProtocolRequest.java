package vn.nq57.service.sparql;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import vn.nq57.service.web.BadParameterException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The parameters of a SPARQL 1.1 Protocol query request, read from the query string or form (and, for
 * {@code application/sparql-query}, the body), each checked so a bad one is reported by name.
 *
 * @param timeout what the client asked for with {@code timeout=} (seconds), or {@code null}
 */
record ProtocolRequest(String query, List<String> defaultGraphUris, List<String> namedGraphUris,
                       String format, Duration timeout) {

    static final String QUERY = "query";
    static final String UPDATE = "update";
    static final String DEFAULT_GRAPH_URI = "default-graph-uri";
    static final String NAMED_GRAPH_URI = "named-graph-uri";
    static final String FORMAT = "format";
    static final String TIMEOUT = "timeout";

    private static final BigDecimal ONE_DAY_SECONDS = BigDecimal.valueOf(86_400);
    private static final String HOW_TO_SEND = "send the query as ?query=... (GET), as the form field query "
            + "(POST application/x-www-form-urlencoded) or as the body of a POST application/sparql-query";

    /** From parameters that carry the query text themselves (GET, form POST). */
    static ProtocolRequest fromParameters(MultiValueMap<String, String> parameters) {
        List<String> queries = parameters.getOrDefault(QUERY, List.of());
        if (queries.size() > 1)
            throw new BadParameterException(HttpStatus.BAD_REQUEST, QUERY, "Parameter 'query' is given " + queries.size() + " times; send exactly one query",
                    "Tham số 'query' được gửi " + queries.size() + " lần; hãy gửi đúng một truy vấn.");
        return from(queries.isEmpty() ? null : queries.getFirst(), parameters);
    }

    /** From a POST application/sparql-query: the body is the query, other parameters are in the URL. */
    static ProtocolRequest fromBody(String body, MultiValueMap<String, String> urlParameters) {
        if (urlParameters.containsKey(QUERY))
            throw new BadParameterException(HttpStatus.BAD_REQUEST, QUERY, "Parameter 'query' must not be in the URL of a POST application/sparql-query: the body is the query",
                    "Không được đặt tham số 'query' trong địa chỉ của một POST application/sparql-query: nội dung yêu cầu chính là truy vấn.");
        return from(body, urlParameters);
    }

    private static ProtocolRequest from(String query, MultiValueMap<String, String> parameters) {
        if (query == null || query.isBlank())
            throw new BadParameterException(HttpStatus.BAD_REQUEST, QUERY, "Parameter 'query' is missing or empty; " + HOW_TO_SEND,
                    "Thiếu tham số 'query' hoặc tham số rỗng; hãy gửi truy vấn trong ?query=... (GET), trong trường query của biểu mẫu (POST) hoặc làm nội dung của POST application/sparql-query.");
        return new ProtocolRequest(query,
                parameters.getOrDefault(DEFAULT_GRAPH_URI, List.of()),
                parameters.getOrDefault(NAMED_GRAPH_URI, List.of()),
                single(parameters, FORMAT),
                timeout(single(parameters, TIMEOUT)));
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1)
            throw new BadParameterException(HttpStatus.BAD_REQUEST, name, "Parameter '" + name + "' is given " + values.size() + " times; give it once",
                    "Tham số '" + name + "' được gửi " + values.size() + " lần; chỉ gửi một lần.");
        return values.isEmpty() ? null : values.getFirst();
    }

    private static Duration timeout(String seconds) {
        if (seconds == null || seconds.isBlank()) return null;
        try {
            BigDecimal value = new BigDecimal(seconds.strip());
            // Anything above a day is capped to the server's maximum anyway; bounding it keeps the arithmetic exact.
            if (value.signum() > 0)
                return Duration.ofMillis(Math.max(1, value.min(ONE_DAY_SECONDS).movePointRight(3).longValue()));
        } catch (NumberFormatException | ArithmeticException notANumber) {
            // reported below
        }
        throw new BadParameterException(HttpStatus.BAD_REQUEST, TIMEOUT, "Parameter 'timeout' is '" + seconds
                + "'; give a positive number of seconds, such as timeout=5 or timeout=0.5",
                "Tham số 'timeout' là '" + seconds + "'; hãy cho một số giây dương, ví dụ timeout=5 hoặc timeout=0.5.");
    }
}
