package vn.nq57.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@code nq57.http.max-request-body} with 413. A declared Content-Length is checked
 * before any handler runs (and before form parameters are parsed); a body sent without one is bounded while
 * it is read, by handlers that read bodies through {@link #read}.
 */
@Component
public class RequestBodyLimit implements HandlerInterceptor {
    private final long maxBytes;

    public RequestBodyLimit(HttpProperties properties) {
        this.maxBytes = properties.maxRequestBody().toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) throw new PayloadTooLargeException(maxBytes, declared + " bytes", declared + " byte");
        return true;
    }

    /** Reads a whole body, stopping with 413 as soon as it passes the limit. */
    public byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
        if (bytes.length > maxBytes) throw new PayloadTooLargeException(maxBytes, "more than " + maxBytes + " bytes",
                "hơn " + maxBytes + " byte");
        return bytes;
    }
}
