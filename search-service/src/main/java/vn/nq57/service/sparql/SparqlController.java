package vn.nq57.service.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.WebContent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.service.web.BadParameterException;
import vn.nq57.service.web.ProblemType;
import vn.nq57.service.web.Problems;
import vn.nq57.service.web.RequestBodyLimit;
import vn.nq57.service.web.RequestLogFilter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}: GET with {@code query=}, POST of a form, POST of
 * {@code application/sparql-query}. Read-only: update operations are refused.
 * Adds {@code format=} (json, xml, csv, tsv, ttl, jsonld, nt, rdfxml, trig, nq) and {@code timeout=} (seconds).
 */
@RestController
@RequestMapping("/sparql")
public class SparqlController {
    /** Set when the service imposed its row cap on a SELECT: the value is the cap. */
    public static final String ROW_LIMIT_HEADER = "Nq57-Row-Limit";
    /** Set on a CONSTRUCT or DESCRIBE result: the most triples (or quads) the service writes. */
    public static final String TRIPLE_LIMIT_HEADER = "Nq57-Triple-Limit";
    /** {@code true} when the service's cap cut the results: more matched than the body holds. Sent before the body. */
    public static final String TRUNCATED_HEADER = "Nq57-Truncated";

    private final SparqlService service;
    private final RequestBodyLimit bodyLimit;

    public SparqlController(SparqlService service, RequestBodyLimit bodyLimit) {
        this.service = service;
        this.bodyLimit = bodyLimit;
    }

    @GetMapping
    public void get(HttpServletRequest request, HttpServletResponse response,
                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        answer(ProtocolRequest.fromParameters(parameters(request)), accept, request, response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public void postForm(HttpServletRequest request, HttpServletResponse response,
                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        MultiValueMap<String, String> parameters = parameters(request);
        if (parameters.containsKey(ProtocolRequest.UPDATE)) throw readOnly("a form with 'update'", "biểu mẫu có trường 'update'");
        answer(ProtocolRequest.fromParameters(parameters), accept, request, response);
    }

    @PostMapping(consumes = WebContent.contentTypeSPARQLQuery)
    public void postQuery(HttpServletRequest request, HttpServletResponse response,
                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        Charset charset = request.getCharacterEncoding() == null
                ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        String body = new String(bodyLimit.read(request.getInputStream()), charset);
        answer(ProtocolRequest.fromBody(body, parameters(request)), accept, request, response);
    }

    /**
     * Every other POST: a SPARQL Update body is refused as such (405, read-only), anything else is a 415 listing the two
     * bodies this endpoint answers. One handler rather than a mapping that consumes {@code application/sparql-update},
     * which Spring would list in every 415 (and its {@code Accept} header) among the types this address takes.
     *
     * @throws HttpMediaTypeNotSupportedException the body is neither a form nor a query; says what was sent
     */
    @PostMapping
    public void postOther(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        String sent = request.getContentType();
        MediaType type = null;
        try {
            if (sent != null && !sent.isBlank()) type = MediaType.parseMediaType(sent);
        } catch (InvalidMediaTypeException unreadable) {
            // no media type at all: the 415 quotes the header as sent
        }
        if (type != null && type.equalsTypeAndSubtype(SPARQL_UPDATE)) throw readOnly("application/sparql-update", "nội dung application/sparql-update");
        throw new HttpMediaTypeNotSupportedException(type, ANSWERED, HttpMethod.POST);
    }

    /** The request bodies a POST may have: a form with {@code query}, or the query itself. */
    static final List<MediaType> ANSWERED = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.parseMediaType(WebContent.contentTypeSPARQLQuery));
    private static final MediaType SPARQL_UPDATE = MediaType.parseMediaType(WebContent.contentTypeSPARQLUpdate);

    private void answer(ProtocolRequest protocol, String accept, HttpServletRequest request, HttpServletResponse response) {
        PreparedQuery query;
        try {
            query = service.prepare(protocol.query(), protocol.defaultGraphUris(), protocol.namedGraphUris());
        } catch (BadGraphIriException badGraphIri) {
            throw new BadParameterException(badGraphIri.parameter(), badGraphIri.getMessage(), badGraphIri.vietnamese());
        }
        ResultFormatNegotiator.Choice format = ResultFormatNegotiator.choose(query.kind(), protocol.format(), accept);
        long count = service.execute(query, format.format(), protocol.timeout(), (chosen, truncated) -> {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(format.mediaType());
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            if (query.capped()) response.setHeader(ROW_LIMIT_HEADER, Long.toString(query.rowCap()));
            if (query.kind() == ResultKind.TRIPLES || query.kind() == ResultKind.QUADS)
                response.setHeader(TRIPLE_LIMIT_HEADER, Long.toString(service.maxTriples()));
            response.setHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
            return response.getOutputStream();
        });
        request.setAttribute(RequestLogFilter.RESULT_COUNT, count);
    }

    /** 405: the resource exists and takes POST, but never a SPARQL Update. */
    private static ErrorResponseException readOnly(String what, String whatVi) {
        ProblemDetail problem = Problems.of(ProblemType.READ_ONLY, HttpStatus.METHOD_NOT_ALLOWED,
                "This SPARQL endpoint is read-only and refuses " + what
                        + "; send a query (SELECT, ASK, CONSTRUCT, DESCRIBE) with the parameter 'query'",
                "Điểm truy vấn SPARQL này chỉ đọc và từ chối " + whatVi
                        + "; hãy gửi một truy vấn (SELECT, ASK, CONSTRUCT, DESCRIBE) trong tham số 'query'.");
        problem.setProperty("parameter", ProtocolRequest.UPDATE);
        ErrorResponseException refusal = new ErrorResponseException(HttpStatus.METHOD_NOT_ALLOWED, problem, null);
        refusal.getHeaders().setAllow(Set.of(HttpMethod.GET, HttpMethod.POST));
        return refusal;
    }

    /** Query string and, for a form, its fields; the container parses no other body. */
    private static MultiValueMap<String, String> parameters(HttpServletRequest request) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.addAll(name, Arrays.asList(values)));
        return parameters;
    }
}
