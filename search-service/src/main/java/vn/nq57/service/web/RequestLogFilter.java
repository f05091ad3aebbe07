package vn.nq57.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * One log line per request: method, path, status, duration and, where a handler reported it, the number of
 * results. The fields are in the message as {@code key=value} and attached as SLF4J key-value pairs, so a
 * structured log format ({@code logging.structured.format.console}) gets them as fields too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogFilter extends OncePerRequestFilter {
    /** Request attribute a handler sets (to a {@link Number}) to have the result count logged. */
    public static final String RESULT_COUNT = RequestLogFilter.class.getName() + ".resultCount";

    private static final Logger log = LoggerFactory.getLogger("vn.nq57.service.request");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = failed && !response.isCommitted() ? 500 : response.getStatus();
            Object results = request.getAttribute(RESULT_COUNT);
            log.atInfo()
                    .addKeyValue("method", request.getMethod())
                    .addKeyValue("path", request.getRequestURI())
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", millis)
                    .addKeyValue("results", results)
                    .log("method={} path={} status={} durationMs={} results={}",
                            request.getMethod(), request.getRequestURI(), status, millis, results == null ? "-" : results);
        }
    }

    /** Error dispatches are part of the request already logged. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
