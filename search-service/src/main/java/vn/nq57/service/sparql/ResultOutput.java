package vn.nq57.service.sparql;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where results go. Opened only once the query has produced its first result (or finished), so that a
 * failure before that point can still be reported as an error instead of a truncated success.
 */
@FunctionalInterface
public interface ResultOutput {
    OutputStream open(ResultFormat format) throws IOException;
}
