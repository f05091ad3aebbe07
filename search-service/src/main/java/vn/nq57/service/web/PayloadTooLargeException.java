package vn.nq57.service.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request body over the configured limit ({@code nq57.http.max-request-body}). */
public class PayloadTooLargeException extends ErrorResponseException {
    private static final HttpStatusCode CONTENT_TOO_LARGE = HttpStatusCode.valueOf(413);

    /**
     * @param limitBytes the limit
     * @param received   what was received, in English ("2000000 bytes")
     * @param receivedVi the same in Vietnamese ("2000000 byte")
     */
    public PayloadTooLargeException(long limitBytes, String received, String receivedVi) {
        super(CONTENT_TOO_LARGE, problem(limitBytes, received, receivedVi), null);
    }

    private static ProblemDetail problem(long limitBytes, String received, String receivedVi) {
        ProblemDetail problem = Problems.of(ProblemType.PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE,
                "The request body (" + received + ") is larger than the " + limitBytes
                        + " bytes this service accepts; send a shorter query",
                "Nội dung yêu cầu (" + receivedVi + ") lớn hơn giới hạn " + limitBytes
                        + " byte của máy chủ; hãy gửi truy vấn ngắn hơn.");
        problem.setProperty("maxBytes", limitBytes);
        return problem;
    }
}
