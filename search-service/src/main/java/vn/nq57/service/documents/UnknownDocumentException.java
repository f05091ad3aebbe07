package vn.nq57.service.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404: no document was loaded from a file with this id (or no job has this id). */
public class UnknownDocumentException extends ErrorResponseException {

    public UnknownDocumentException(String what, String id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + what + " has the id '" + id + "'; GET /api/documents lists the documents");
        problem.setTitle("Unknown " + what);
        problem.setProperty("id", id);
        return problem;
    }
}
