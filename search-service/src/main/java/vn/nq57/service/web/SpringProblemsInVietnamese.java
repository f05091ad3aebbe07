package vn.nq57.service.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.stream.Collectors;

/**
 * The Vietnamese detail of the problems Spring MVC makes of its own exceptions (405, 406, 404, a missing or mistyped
 * parameter …), whose detail Spring writes in English only; for some, a clearer English detail and the
 * {@code parameter} at fault too, as the service's own problems have.
 */
final class SpringProblemsInVietnamese {

    private SpringProblemsInVietnamese() {}

    /**
     * Completes {@code problem}, made by Spring from {@code e}: adds its Vietnamese detail when Spring's exception is one
     * this service meets; leaves it as it is otherwise (it then gets the generic Vietnamese sentence).
     *
     * @param path the request's path, for a 404
     */
    static void complete(Exception e, ProblemDetail problem, String path) {
        String vi = switch (e) {
            case HttpRequestMethodNotSupportedException m -> {
                String allowed = m.getSupportedHttpMethods() == null ? "" : m.getSupportedHttpMethods().stream()
                        .map(Object::toString).sorted().collect(Collectors.joining(", "));
                problem.setDetail("The address " + path + " does not take the method " + m.getMethod()
                        + (allowed.isEmpty() ? "" : "; it takes " + allowed));
                yield "Địa chỉ " + path + " không nhận phương thức " + m.getMethod()
                        + (allowed.isEmpty() ? "." : "; các phương thức được nhận: " + allowed + ".");
            }
            case HttpMediaTypeNotAcceptableException n -> {
                String offered = n.getSupportedMediaTypes().stream().map(MediaType::toString)
                        .collect(Collectors.joining(", "));
                problem.setProperty("parameter", HttpHeaders.ACCEPT);
                yield "Không kiểu nào trong tiêu đề Accept là kiểu mà địa chỉ này trả về"
                        + (offered.isEmpty() ? "." : ": " + offered + ".");
            }
            case NoResourceFoundException ignored -> notFound(problem, path);
            case NoHandlerFoundException ignored -> notFound(problem, path);
            case MissingServletRequestParameterException p -> {
                problem.setProperty("parameter", p.getParameterName());
                yield "Thiếu tham số '" + p.getParameterName() + "'.";
            }
            case MissingServletRequestPartException p -> {
                problem.setProperty("parameter", p.getRequestPartName());
                yield "Thiếu phần '" + p.getRequestPartName() + "' của biểu mẫu multipart.";
            }
            case MissingRequestHeaderException h -> {
                problem.setProperty("parameter", h.getHeaderName());
                yield "Thiếu tiêu đề '" + h.getHeaderName() + "' của yêu cầu.";
            }
            case ServletRequestBindingException ignored -> "Máy chủ không gắn được các giá trị của yêu cầu vào tham số.";
            case MethodArgumentTypeMismatchException t -> {
                problem.setProperty("parameter", t.getName());
                yield "Tham số '" + t.getName() + "' là '" + t.getValue() + "', không đúng kiểu giá trị cần có"
                        + typeVi(t.getRequiredType()) + ".";
            }
            case TypeMismatchException t -> "Giá trị '" + t.getValue() + "' không đúng kiểu cần có"
                    + typeVi(t.getRequiredType()) + ".";
            case HttpMessageNotReadableException ignored -> "Máy chủ không đọc được nội dung của yêu cầu.";
            case AsyncRequestTimeoutException ignored -> "Máy chủ không trả lời kịp trong thời gian cho phép; hãy thử lại sau.";
            default -> problem.getStatus() >= 500
                    ? "Máy chủ gặp lỗi khi trả lời (" + e.getClass().getSimpleName() + "); yêu cầu không thay đổi dữ liệu."
                    : null;
        };
        if (vi != null) Problems.withVietnamese(problem, vi);
    }

    /** "Nothing is at /path", as the error page says it, in place of Spring's "No static resource path." */
    private static String notFound(ProblemDetail problem, String path) {
        problem.setDetail("Nothing is at " + path);
        return "Không có gì ở địa chỉ " + path + ".";
    }

    private static String typeVi(@Nullable Class<?> type) {
        if (type == null) return "";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return " (số nguyên)";
        if (type == Boolean.class || type == boolean.class) return " (true hoặc false)";
        return " (" + type.getSimpleName() + ")";
    }
}
