package vn.nq57.service.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.nq57.service.sparql.QueryEvaluationException;
import vn.nq57.service.sparql.QueryTimeoutException;
import vn.nq57.service.sparql.ServiceRefusedException;
import vn.nq57.service.sparql.TooDeeplyNestedException;
import vn.nq57.service.sparql.SparqlSyntaxException;
import vn.nq57.service.sparql.UpdateRefusedException;

import java.util.stream.Collectors;

/**
 * Turns every failure of every API into an RFC 9457 problem detail ({@code application/problem+json}), whatever
 * the request's Accept header asked for: Spring's own exceptions (missing parameter, 405, 415, 404 ...) through
 * {@link ResponseEntityExceptionHandler}, {@link org.springframework.web.ErrorResponseException}s thrown by the
 * APIs, and the query engine's failures mapped here. Each gets a stable {@code type} and its title and detail in the
 * request's language ({@link Problems}). Errors outside Spring MVC are finished the same way by
 * {@link ProblemErrorController} (the container's error dispatch) and {@link ProblemReportValve} (Tomcat's own).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final long maxRequestBody;
    private final long maxFileSize;

    /**
     * @param maxFileSize the multipart limit of one file ({@code spring.servlet.multipart.max-file-size}, which the
     *     application sets to {@code nq57.documents.max-file-size}); empty when unset
     */
    public ApiExceptionHandler(HttpProperties properties,
            @Value("${spring.servlet.multipart.max-file-size:}") String maxFileSize) {
        this.maxRequestBody = properties.maxRequestBody().toBytes();
        this.maxFileSize = maxFileSize.isBlank() ? -1 : DataSize.parse(maxFileSize).toBytes();
    }

    @ExceptionHandler
    ResponseEntity<Object> syntaxError(SparqlSyntaxException e, WebRequest request) {
        // the parser's message is English only: in Vietnamese, where it stopped and the query's own words there
        String where = e.line() <= 0 ? "" : " (dòng " + e.line() + ", cột " + e.column()
                + (e.near().isEmpty() ? ", cuối dòng" : ", chỗ «" + e.near() + "»") + ")";
        ProblemDetail problem = badQuery(ProblemType.SPARQL_SYNTAX, "is not valid SPARQL: " + e.getMessage(),
                "Truy vấn trong tham số 'query' không đúng cú pháp SPARQL" + where + ".");
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        return problem(e, problem, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> updateRefused(UpdateRefusedException e, WebRequest request) {
        return problem(e, badQuery(ProblemType.READ_ONLY, "holds an update: " + e.getMessage(),
                "Tham số 'query' chứa một lệnh cập nhật (SPARQL Update); điểm truy vấn này chỉ đọc, chỉ chạy truy vấn."), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> evaluationRefused(QueryEvaluationException e, WebRequest request) {
        // the engine's own messages are English only: quoted as its words, where no Vietnamese was given
        return problem(e, badQuery(ProblemType.SPARQL_EVALUATION, "cannot be evaluated: " + e.getMessage(),
                "Truy vấn trong tham số 'query' không thực hiện được: " + (e.vietnamese() != null
                        ? e.vietnamese().replaceFirst("\\.$", "")
                        : "bộ máy truy vấn từ chối nó (thông báo gốc: «" + e.getMessage() + "»)") + "."), request);
    }

    /** SERVICE to an endpoint that is not allowed: refused before anything runs, so nothing is sent anywhere. */
    @ExceptionHandler
    ResponseEntity<Object> serviceRefused(ServiceRefusedException e, WebRequest request) {
        ProblemDetail problem = badQuery(ProblemType.SERVICE_REFUSED, "is refused: " + e.getMessage(),
                "Truy vấn gọi SERVICE " + e.service() + ": máy chủ này không gửi yêu cầu tới máy chủ khác"
                        + " (người quản trị có thể cho phép từng địa chỉ bằng nq57.sparql.service-allowed).");
        problem.setProperty("service", e.service());
        return problem(e, problem, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> tooDeep(TooDeeplyNestedException e, WebRequest request) {
        ProblemDetail problem = badQuery(ProblemType.TOO_DEEPLY_NESTED, "is refused: " + e.getMessage(),
                "Truy vấn trong tham số 'query' lồng ngoặc sâu hơn " + e.limit() + " tầng (vượt ở dòng " + e.line()
                        + "); hãy viết đơn giản hơn.");
        problem.setProperty("line", e.line());
        problem.setProperty("maxNesting", e.limit());
        return problem(e, problem, request);
    }

    /**
     * 503, as Fuseki answers: the server declined to finish the work. Not 408, which says the client was too
     * slow sending its request, nor 504, which is for gateways waiting on another server.
     */
    @ExceptionHandler
    ResponseEntity<Object> timeout(QueryTimeoutException e, WebRequest request) {
        double seconds = e.timeout().toMillis() / 1000.0;
        ProblemDetail problem = Problems.of(ProblemType.QUERY_TIMEOUT,
                "The query was cancelled after its timeout of " + seconds + " s; simplify it, add a LIMIT, "
                        + "or ask for more time with 'timeout' (seconds, up to the server's maximum)",
                "Truy vấn bị dừng sau " + seconds + " giây, hết thời gian cho phép; hãy đơn giản hoá, thêm LIMIT "
                        + "hoặc xin thêm thời gian bằng tham số 'timeout' (giây, tối đa theo cấu hình máy chủ).");
        problem.setProperty("parameter", "timeout");
        problem.setProperty("timeoutSeconds", seconds);
        return problem(e, problem, request);
    }

    /**
     * Tomcat could not parse the form: over {@code server.tomcat.max-http-form-post-size} (kept equal to
     * {@code nq57.http.max-request-body}) when sent without Content-Length, or malformed.
     */
    @ExceptionHandler
    ResponseEntity<Object> unparsableParameters(InvalidParameterException e, WebRequest request) {
        int code = e.getErrorCode();
        if (code == 413) {
            PayloadTooLargeException tooLarge = new PayloadTooLargeException(maxRequestBody, "a form sent without Content-Length, over the limit",
                    "một biểu mẫu gửi không kèm Content-Length, vượt giới hạn");
            return problem(tooLarge, tooLarge.getBody(), request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code >= 400 && code < 500 ? code : 400),
                "The request's parameters cannot be read: " + e.getMessage());
        Problems.withVietnamese(problem, "Máy chủ không đọc được các tham số của yêu cầu; hãy kiểm tra mã hoá phần trăm"
                + " (percent-encoding) trong địa chỉ hoặc biểu mẫu.");
        return problem(e, problem, request);
    }

    /**
     * A body sent as {@code multipart/form-data} that is no readable form (no boundary, cut short): the client's
     * fault, a 400, where it would otherwise be a server error. Over the upload limit is a 413
     * ({@link #handleMaxUploadSizeExceededException}, the more specific handler).
     */
    @ExceptionHandler
    ResponseEntity<Object> unreadableForm(MultipartException e, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.BAD_REQUEST, HttpStatus.BAD_REQUEST,
                "The request body is not a readable multipart form: send the document in a form field named 'file'"
                        + " (curl -F file=@plan.docx); nothing was added",
                "Nội dung yêu cầu không phải biểu mẫu multipart đọc được: hãy gửi văn bản trong trường biểu mẫu tên 'file'"
                        + " (curl -F file=@ke-hoach.docx); không có gì được thêm.");
        return problem(e, problem, request);
    }

    @ExceptionHandler
    @Nullable ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (clientGone(e)) {
            // the client closed the connection mid-answer (`curl … | head`, a closed tab): nothing failed on our side,
            // and nothing can be sent
            log.debug("Client went away: {}: {}", request.getDescription(false), e.toString());
            return null;
        }
        log.error("Request failed: {}", request.getDescription(false), e);
        ProblemDetail problem = Problems.of(ProblemType.INTERNAL,
                "The server failed to answer: " + e.getClass().getSimpleName(),
                "Máy chủ gặp lỗi khi trả lời (" + e.getClass().getSimpleName() + "); yêu cầu không thay đổi dữ liệu.");
        return problem(e, problem, request);
    }

    /**
     * Whether {@code e} only says the client is gone: Spring's {@link AsyncRequestNotUsableException} or Tomcat's
     * {@code ClientAbortException} (an {@link java.io.IOException}) anywhere in its causes.
     */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException
                    || t.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 415 saying what was sent and what this address takes (Spring's own detail, "Content-Type 'null' is not
     * supported.", says neither); for an upload, that the file goes in a form field named {@code file}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the header as sent when it is no media type at all (Spring then has none to give)
        Object given = e.getContentType() != null ? e.getContentType() : request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean none = given == null || given.toString().isBlank();
        String sent = none ? "no Content-Type" : "Content-Type '" + given + "'";
        String sentVi = none ? "Yêu cầu không có Content-Type" : "Yêu cầu được gửi với Content-Type '" + given + "'";
        String takes = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        boolean form = e.getSupportedMediaTypes().stream().anyMatch(MediaType.MULTIPART_FORM_DATA::equalsTypeAndSubtype);
        ProblemDetail problem = Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, status,
                "The request was sent with " + sent + "; this address takes " + (takes.isEmpty() ? "another" : takes)
                        + (form ? ", the document in a form field named 'file' (curl -F file=@plan.docx)" : ""),
                sentVi + "; địa chỉ này nhận " + (takes.isEmpty() ? "kiểu khác" : takes)
                        + (form ? ", văn bản nằm trong trường biểu mẫu tên 'file' (curl -F file=@ke-hoach.docx)" : ""));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * 413 for an upload over the multipart limit, saying the limit in bytes ({@code maxBytes}, as the SPARQL endpoint's
     * 413 does) and that nothing was added; Spring's own detail, "Maximum upload size exceeded", said neither.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileSize; // Spring passes -1 for Tomcat's
        String bytes = limit > 0 ? " (at most " + limit + " bytes, nq57.documents.max-file-size)" : "";
        String bytesVi = limit > 0 ? " (tối đa " + limit + " byte, nq57.documents.max-file-size)" : "";
        ProblemDetail problem = Problems.of(ProblemType.PAYLOAD_TOO_LARGE, status,
                "The upload is larger than this server accepts" + bytes + "; nothing was added",
                "Tệp gửi lên lớn hơn mức máy chủ nhận" + bytesVi + "; không có gì được thêm.");
        if (limit > 0) {
            problem.setProperty("maxBytes", limit);
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * Every problem made from an exception passes here: Spring's own (405, 406, 404 …) get their Vietnamese detail
     * ({@link SpringProblemsInVietnamese}); the service's own carry theirs already.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // as the superclass does with no body: the exception's own problem, made before it is completed
        if (body == null && e instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem && !Problems.hasVietnamese(problem)) {
            String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
            SpringProblemsInVietnamese.complete(e, problem, path);
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    /** A 400 about the SPARQL text: "Parameter 'query' " + {@code what}, naming the parameter. */
    private static ProblemDetail badQuery(ProblemType type, String what, String vietnamese) {
        ProblemDetail problem = Problems.of(type, HttpStatus.BAD_REQUEST, "Parameter 'query' " + what, vietnamese);
        problem.setProperty("parameter", "query");
        return problem;
    }

    private ResponseEntity<Object> problem(Exception e, ProblemDetail problem, WebRequest request) {
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /**
     * Finishes every problem: its type, title and detail in the request's language ({@link Problems#localize}), and
     * the media type fixed, so a client that asked for CSV still gets a readable error rather than a 406.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            headers = new HttpHeaders(headers); // may be read-only
            boolean vietnamese = Problems.wantsVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            Problems.localize(problem, vietnamese);
            if (headers.getContentType() == null) headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
