package vn.nq57.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter (or header) the API cannot use. The problem detail names it in {@code parameter},
 * so a client can tell which one to fix.
 */
public class BadParameterException extends ErrorResponseException {

    public BadParameterException(String parameter, String detail) {
        this(HttpStatus.BAD_REQUEST, parameter, detail);
    }

    public BadParameterException(HttpStatusCode status, String parameter, String detail) {
        super(status, problem(status, parameter, detail), null);
    }

    private static ProblemDetail problem(HttpStatusCode status, String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
