package vn.nq57.service.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.jena.atlas.json.JsonObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report, as an RFC 9457 problem detail instead of Tomcat's HTML page: for what Tomcat answers itself,
 * before any servlet runs (a malformed request line or URL, a request line or headers over
 * {@code server.max-http-request-header-size}), and for any error response left without a body. A request line over
 * the limit is answered 414 (a query too long for GET; POST takes up to {@code nq57.http.max-request-body}), other
 * oversized headers 431. Type, title and language as in {@link Problems}; the {@link SecurityHeaders} as on every
 * other response.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) return;
        String reason = throwable == null ? null : String.valueOf(throwable.getMessage());
        boolean tooLarge = status == 400 && reason != null && reason.toLowerCase().contains("too large");
        if (tooLarge) {
            // Tomcat reports both as "Request header is too large": a request that got no method or URI parsed failed
            // on its request line, i.e. on the URI.
            status = request.getRequestURI() == null || request.getRequestURI().isEmpty() || request.getMethod() == null ? 414 : 431;
        }
        if (!response.setErrorReported()) return;
        ProblemType type = ProblemType.forStatus(status, false);
        String detail;
        String detailVi;
        if (status == 414) {
            detail = "The request line is longer than this server reads; send a long query by POST (form or application/sparql-query)";
            detailVi = "Dòng yêu cầu dài hơn giới hạn máy chủ đọc được; hãy gửi truy vấn dài bằng POST (biểu mẫu hoặc application/sparql-query).";
        } else if (status == 431) {
            detail = "The request's headers are larger than this server reads";
            detailVi = "Các tiêu đề của yêu cầu lớn hơn giới hạn máy chủ đọc được.";
        } else if (status == 400) {
            detail = "The request cannot be read" + (reason == null ? "" : ": " + reason) + "; check the URL's percent-encoding";
            detailVi = "Máy chủ không đọc được yêu cầu" + (reason == null ? "" : " (" + reason + ")") + "; hãy kiểm tra mã hoá phần trăm trong địa chỉ.";
        } else {
            // nothing known but the status: its type's sentence says all there is
            detail = type.title(false);
            detailVi = type.genericDetailVi(null);
        }
        var problem = Problems.of(type, org.springframework.http.HttpStatusCode.valueOf(status), detail, detailVi);
        boolean vietnamese = Problems.wantsVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problems.localize(problem, vietnamese);
        JsonObject json = new JsonObject();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", status);
        json.put("detail", problem.getDetail());
        try {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en");
            // Tomcat answered before any filter ran: the headers Spring Security writes on every other response
            SecurityHeaders.writeTo(response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.toString());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already committed: nothing left to tell it
        }
    }

}
