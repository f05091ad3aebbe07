package vn.nq57.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter (or header) the API cannot use. The problem detail names it in {@code parameter},
 * so a client can tell which one to fix, and says why in English and in Vietnamese (the request's Accept-Language
 * chooses, {@link Problems#localize}).
 */
public class BadParameterException extends ErrorResponseException {

    /**
     * A 400.
     *
     * @param parameter the parameter at fault, as the request names it
     * @param detail    why, in English, naming the parameter
     * @param detailVi  the same in Vietnamese
     */
    public BadParameterException(String parameter, String detail, String detailVi) {
        this(HttpStatus.BAD_REQUEST, parameter, detail, detailVi);
    }

    /**
     * @param status    the answer's status: 400, or 406 for an {@code Accept} header
     * @param parameter the parameter or header at fault
     * @param detail    why, in English
     * @param detailVi  the same in Vietnamese
     */
    public BadParameterException(HttpStatusCode status, String parameter, String detail, String detailVi) {
        super(status, problem(status, parameter, detail, detailVi), null);
    }

    private static ProblemDetail problem(HttpStatusCode status, String parameter, String detail, String detailVi) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("parameter", parameter);
        Problems.withVietnamese(problem, detailVi);
        return problem;
    }
}
