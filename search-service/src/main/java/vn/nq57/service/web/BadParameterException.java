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
        this(status, parameter, detail, null);
    }

    /**
     * @param detailVi the detail in Vietnamese, sent when the request's Accept-Language prefers it; {@code null}
     *                 sends a generic Vietnamese sentence naming the parameter, then the English detail
     */
    public BadParameterException(HttpStatusCode status, String parameter, String detail, String detailVi) {
        super(status, problem(status, parameter, detail, detailVi), null);
    }

    private static ProblemDetail problem(HttpStatusCode status, String parameter, String detail, String detailVi) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("parameter", parameter);
        if (detailVi != null) Problems.withVietnamese(problem, detailVi);
        return problem;
    }
}
