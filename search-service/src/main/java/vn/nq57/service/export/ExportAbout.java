package vn.nq57.service.export;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The label/value pairs that open every download's "Truy vấn" sheet, and the service root links point to. */
public final class ExportAbout {

    private ExportAbout() {}

    /**
     * What, when and from where: the kind of export, the time (UTC, ISO 8601), the request's full URL.
     *
     * @param what e.g. "Tìm kiếm", "Văn bản"
     */
    public static Map<String, String> start(String what, HttpServletRequest http) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("xuất từ", what);
        about.put("thời điểm (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String query = http.getQueryString();
        about.put("yêu cầu", http.getRequestURL() + (query == null ? "" : "?" + query));
        return about;
    }

    /** Adds a pair when the value is given. */
    public static void put(Map<String, String> about, String label, Object value) {
        if (value != null && !value.toString().isBlank()) about.put(label, value.toString());
    }

    /** The absolute URL of the service's root for the current request, e.g. {@code http://localhost:8080}. */
    public static String serviceRoot() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
