package vn.nq57.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import vn.nq57.service.web.ProblemType;
import vn.nq57.service.web.Problems;

import java.io.IOException;

/**
 * Spring's CORS checks, with a refusal answered as every other refusal of the service: a 403 problem detail in the
 * request's language saying which origin asked for which method (Spring's own answer was the plain English text
 * "Invalid CORS request"). What is allowed is unchanged: {@link SecurityConfiguration#corsConfigurationSource}.
 */
final class RefusedCrossOrigin extends DefaultCorsProcessor {

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean allowed = super.processRequest(config, request, response);
        if (!allowed) ProblemResponses.write(request, response, problem(request));
        return allowed;
    }

    /** Only the status: the body is the problem detail {@link #processRequest} writes once Spring has said no. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.FORBIDDEN);
    }

    private static ProblemDetail problem(HttpServletRequest request) {
        String origin = String.valueOf(request.getHeader(HttpHeaders.ORIGIN));
        String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        String method = asked != null ? asked : request.getMethod();
        return Problems.of(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN,
                "A page of another origin (" + origin + ") may not send " + method + " to this address: other origins may"
                        + " only read (GET, HEAD, and POST of queries to /sparql and /api/)",
                "Trang của một nguồn khác (" + origin + ") không được gửi yêu cầu " + method + " tới địa chỉ này: các"
                        + " nguồn khác chỉ được đọc (GET, HEAD, và POST truy vấn tới /sparql và /api/).");
    }
}
