package vn.nq57.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;

import java.util.Locale;

/**
 * Says in {@code Content-Language} which language a response is written in, for every page and every problem detail
 * the application sends, in one place: the web pages are written in Vietnamese ({@code <html lang="vi">}; their
 * English is switched in the browser), so {@code vi}; a problem detail is in the language {@link Problems#localize}
 * chose from the request's {@code Accept-Language} by the same rule ({@link Problems#wantsVietnamese}), so {@code vi}
 * or {@code en}, with {@code Vary: Accept-Language}. Other responses (data, downloads) are left as they are.
 * <p>
 * A Spring Security header writer: its filter wraps every request the application serves, security's own 401 and 403
 * included, and writes the headers when the response is committed, when the media type is known. Errors Tomcat
 * answers before the application sees the request are {@link ProblemReportValve}'s, which says the same.
 */
public final class ContentLanguageHeaderWriter implements HeaderWriter {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Sets {@code Content-Language} (and for a problem, {@code Vary}) from the response's media type; takes both. */
    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        MediaType type = mediaType(response.getContentType());
        if (type == null) return;
        if (MediaType.TEXT_HTML.isCompatibleWith(type)) {
            // The servlet container writes the response's locale as Content-Language (the welcome page's view sets
            // it from Accept-Language), so the locale is set too, not only the header.
            response.setLocale(VIETNAMESE);
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "vi");
        } else if (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
            boolean vietnamese = Problems.wantsVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            if (vietnamese) response.setLocale(VIETNAMESE);
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en");
            if (response.getHeaders(HttpHeaders.VARY).stream().noneMatch(v -> v.contains(HttpHeaders.ACCEPT_LANGUAGE))) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            }
        }
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null) return null;
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
