package vn.nq57.service.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.service.web.ProblemType;
import vn.nq57.service.web.Problems;

/**
 * A change to the documents that was refused, with nothing changed: 422 when a file cannot be read or understood
 * (naming it), 409 when it conflicts with what the store holds, 415/413 for what is not a document or too large.
 * The problem detail carries the file and, when parsing got that far, the load report.
 */
public class DocumentRefusedException extends ErrorResponseException {

    /**
     * @param status   the answer's status (400, 409, 413, 415, 422; 500 when the store could not be written)
     * @param title    a short title in English (in Vietnamese the title is the status's own)
     * @param detail   why, in English, naming the file
     * @param detailVi the same in Vietnamese
     * @param file     the file at fault, or null when it is the request
     * @param report   the load report when parsing got that far, or null
     */
    public DocumentRefusedException(HttpStatus status, String title, String detail, String detailVi, String file,
                                    LoadReport report) {
        super(status, problem(status, title, detail, detailVi, file, report), null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String detailVi, String file,
                                         LoadReport report) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        Problems.withVietnamese(problem, detailVi);
        problem.setType(ProblemType.forStatus(status.value(), false).uri());
        problem.setTitle(title);
        if (file != null) problem.setProperty("file", file);
        if (report != null) problem.setProperty("report", report);
        problem.setProperty("changed", false);
        return problem;
    }
}
