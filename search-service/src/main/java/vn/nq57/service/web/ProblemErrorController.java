package vn.nq57.service.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}), in place of Spring Boot's whitelabel page and JSON: what reaches it
 * (a {@code sendError} from a filter such as Spring Security's 401 and 403, an exception thrown outside Spring MVC,
 * a request the container refused) is answered as an RFC 9457 problem detail, with the same types and languages as
 * {@link ApiExceptionHandler}. The message of an exception is never sent; the log has it.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = path == null ? request.getRequestURI() : path.toString();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        ProblemType type = ProblemType.forStatus(status, false);
        boolean said = status < 500 && message != null && !message.toString().isBlank();
        String detail = status == 404 ? "Nothing is at " + uri
                : said ? message.toString()
                : type.title(false);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title(false));
        problem.setInstance(java.net.URI.create(uri.replaceAll("[^\\x21-\\x7e]", "_")));
        if (status == 404) Problems.withVietnamese(problem, "Không có gì ở địa chỉ " + uri + ".");
        // Tomcat's own 405 ("TRACE method is not allowed"): its message names the method, the dispatch does not
        else if (status == 405) Problems.withVietnamese(problem, "Địa chỉ " + uri + " không nhận phương thức "
                + (said && message.toString().matches("[A-Z]+ method .*") ? message.toString().split(" ", 2)[0]
                        : "HTTP đã dùng") + ".");
        // nothing said but the status: the type's sentence is the whole of it (a message, unforeseen, keeps it)
        else if (!said) Problems.withVietnamese(problem, type.genericDetailVi(null));
        boolean vietnamese = Problems.wantsVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // An error dispatch is not passed through the header writers (ContentLanguageHeaderWriter): said here.
        headers.set(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en");
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return new ResponseEntity<>(Problems.localize(problem, vietnamese), headers, HttpStatusCode.valueOf(status));
    }
}
