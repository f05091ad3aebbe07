package vn.nq57.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.nq57.service.web.ProblemType;
import vn.nq57.service.web.Problems;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a request Spring Security's firewall refuses (a {@code ;}, {@code //}, {@code ..} or an encoded {@code /} in
 * the path, a control character, an HTTP method it does not know) with a 400 problem detail saying why, in the
 * request's language; Spring's own handler sent a bare 400 that the error page could only call a bad request.
 */
final class RejectedRequests implements RequestRejectedHandler {
    /** The firewall's messages name what it refused in double quotes: a string of the URL, a method, a header. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,80})\"");

    /** Writes the 400; the firewall's own message (English) is the English detail. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        String reason = String.valueOf(rejected.getMessage());
        ProblemDetail problem = Problems.of(ProblemType.BAD_REQUEST, HttpStatus.BAD_REQUEST,
                "The server's firewall refused the request: " + reason, vietnamese(reason));
        ProblemResponses.write(request, response, problem);
    }

    /** The firewall's reason in Vietnamese, with what it names (a string of the address, a method, a header). */
    static String vietnamese(String reason) {
        Matcher quoted = QUOTED.matcher(reason);
        String named = quoted.find() ? "«" + quoted.group(1) + "»" : null;
        String why;
        if (reason.contains("HTTP method") && named != null) {
            why = "máy chủ không nhận phương thức HTTP " + named;
        } else if (reason.contains("malicious String") && named != null) {
            why = "địa chỉ chứa chuỗi " + named + " không được phép (như ';', '//', '..', '/' hoặc '%' đã mã hoá)";
        } else if (reason.contains("not normalized")) {
            why = "địa chỉ chưa được chuẩn hoá (có '.', '..' hoặc '//' trong đường dẫn)";
        } else if (reason.contains("printable")) {
            why = "địa chỉ chứa ký tự không in được";
        } else if (reason.contains("header")) {
            why = "tiêu đề của yêu cầu chứa ký tự không được phép";
        } else if (reason.contains("parameter")) {
            why = "tham số của yêu cầu chứa ký tự không được phép";
        } else {
            why = "địa chỉ, phương thức hoặc tiêu đề của yêu cầu chứa ký tự không được phép";
        }
        return "Tường lửa của máy chủ từ chối yêu cầu này: " + why + ".";
    }
}
