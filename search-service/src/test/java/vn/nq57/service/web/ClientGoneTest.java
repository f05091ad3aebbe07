package vn.nq57.service.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A client that closes the connection mid-answer (`curl … | head`) is not a failure of the service: such exceptions,
 * however wrapped, are told apart from real ones, which are still logged as errors and answered with a 500.
 */
class ClientGoneTest {

    @Test
    void aClosedConnectionIsToldApartFromAFailure() {
        assertTrue(ApiExceptionHandler.clientGone(new AsyncRequestNotUsableException("Servlet container error notification for disconnected client")));
        assertTrue(ApiExceptionHandler.clientGone(new ClientAbortException(new IOException("Broken pipe"))));
        assertTrue(ApiExceptionHandler.clientGone(new UncheckedIOException(new ClientAbortException(new IOException("Connection reset by peer")))));
        assertTrue(ApiExceptionHandler.clientGone(new RuntimeException("writing the answer", new AsyncRequestNotUsableException("gone"))));

        assertFalse(ApiExceptionHandler.clientGone(new IOException("Broken pipe")), "a pipe of our own is our failure");
        assertFalse(ApiExceptionHandler.clientGone(new IllegalStateException("store closed")));
        assertFalse(ApiExceptionHandler.clientGone(new RuntimeException(new OutOfMemoryError())));
    }
}
