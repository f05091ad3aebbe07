package vn.nq57.service.sparql;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where results go. Opened only once the query has run to its end (results are held until then, up to the row or
 * triple cap), so a failure or timeout is always reported as an error, never as a success cut short, and whether the
 * cap cut the results is known before the first byte is sent.
 */
@FunctionalInterface
public interface ResultOutput {
    /**
     * @param format    the serialisation that will be written
     * @param truncated the service's cap cut the results: more rows or triples matched than will be written
     */
    OutputStream open(ResultFormat format, boolean truncated) throws IOException;
}
