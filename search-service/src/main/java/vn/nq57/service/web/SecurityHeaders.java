package vn.nq57.service.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response of the service carries, in one place: the Content Security Policy the pages
 * satisfy, {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: same-origin}
 * and {@code X-XSS-Protection: 0}. Spring Security's header writers write them on every response its filter chain
 * serves; the answers made before or outside that chain — a request its firewall refuses, an error Tomcat answers
 * itself ({@link ProblemReportValve}) — write them with {@link #writeTo}.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {}

    /**
     * The pages' policy: everything from this server only. Style attributes are allowed (the pages set a few), style
     * and script elements only from files; images may be data: URLs (icons in style sheets).
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI (a library page) sets inline styles in style elements too; still no script but its own files. */
    public static final String CSP_SWAGGER = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Sets the headers on {@code response} (an error's answer: the pages' policy), replacing any of the same name. */
    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-XSS-Protection", "0");
    }
}
