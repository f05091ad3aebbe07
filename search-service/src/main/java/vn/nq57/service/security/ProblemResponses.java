package vn.nq57.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.web.Problems;
import vn.nq57.service.web.SecurityHeaders;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The answers of the security filters, as RFC 9457 problem details like every other error: 401 with an HTTP Basic
 * challenge when writes are enabled, 403 saying how to enable them when they are not.
 */
final class ProblemResponses implements AuthenticationEntryPoint {
    static final String REALM = "nq57";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final boolean writesEnabled;
    private final String user;

    ProblemResponses(SecurityProperties properties) {
        this.writesEnabled = properties.writesEnabled();
        this.user = properties.adminUser();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        ProblemDetail problem;
        if (!writesEnabled) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Writes are disabled on this server: it is read-only until an admin password is configured. "
                            + "Start it with the environment variable NQ57_ADMIN_PASSWORD set (or the property "
                            + "nq57.security.admin-password), then send changes with HTTP Basic as user '" + user + "'");
            problem.setTitle("Writes disabled");
            Problems.withVietnamese(problem, "Máy chủ này đang tắt chức năng ghi: chỉ đọc cho đến khi có mật khẩu "
                    + "quản trị. Hãy khởi động lại với biến môi trường NQ57_ADMIN_PASSWORD (hoặc thuộc tính "
                    + "nq57.security.admin-password), rồi gửi thay đổi bằng HTTP Basic với người dùng '" + user + "'.");
        } else {
            boolean refused = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Changing documents needs the admin's credentials: send them with HTTP Basic (user '" + user
                            + "')" + (refused ? "; the credentials sent were not accepted" : ""));
            problem.setTitle("Authentication required");
            Problems.withVietnamese(problem, "Thay đổi văn bản cần thông tin đăng nhập của quản trị: hãy gửi bằng HTTP "
                    + "Basic (người dùng '" + user + "')" + (refused ? "; thông tin đã gửi không được chấp nhận." : "."));
            // A page that asks for the password itself says so, and gets no browser login dialog.
            if (request.getHeader("X-Requested-With") == null) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            }
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        write(request, response, problem);
    }

    /**
     * Writes a problem detail in the request's language, as every other problem, saying which in
     * {@code Content-Language}, with the {@link SecurityHeaders} (a request the firewall refused never reaches
     * ContentLanguageHeaderWriter nor Spring Security's header writers).
     */
    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        boolean vietnamese = Problems.wantsVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problems.localize(problem, vietnamese);
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^\\x21-\\x7e]", "_")));
            } catch (IllegalArgumentException notAUri) {
                // a path the firewall refused may be no URI at all: the problem goes without its instance
            }
        }
        // A request the firewall refused never reached Spring Security's header writers: the same headers, here.
        SecurityHeaders.writeTo(response);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en");
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        // The fields of RFC 9457 as Spring MVC writes them, without Jackson's view of the class's bean properties.
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) body.put("instance", problem.getInstance().toString());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
