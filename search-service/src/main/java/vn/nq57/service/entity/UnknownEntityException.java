package vn.nq57.service.entity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.nq57.service.web.Problems;

/** 404: no triple in the store has this IRI as its subject. */
public class UnknownEntityException extends ErrorResponseException {

    public UnknownEntityException(String iri) {
        super(HttpStatus.NOT_FOUND, problem(iri), null);
    }

    private static ProblemDetail problem(String iri) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No entity has the IRI '" + iri + "'; find ids with /api/search or /sparql");
        Problems.withVietnamese(problem, "Không có thực thể nào mang IRI '" + iri + "' (tham số 'id'); hãy tìm mã"
                + " bằng /api/search hoặc /sparql.");
        problem.setTitle("Unknown entity");
        problem.setProperty("parameter", EntityId.PARAMETER);
        problem.setProperty("id", iri);
        return problem;
    }
}
