package vn.nq57.service.documents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.nq57.service.web.ProblemType;
import vn.nq57.service.web.Problems;

/** 404: no document was loaded from a file with this id, or no job has this id; the detail says where ids come from. */
public class UnknownDocumentException extends ErrorResponseException {

    private UnknownDocumentException(ProblemDetail problem) {
        super(HttpStatus.NOT_FOUND, problem, null);
    }

    /** No document has {@code id}: {@code GET /api/documents} lists them. */
    public static UnknownDocumentException document(String id) {
        return new UnknownDocumentException(problem("Unknown document", id,
                "No document has the id '" + id + "'; GET /api/documents lists the documents",
                "Không có văn bản nào mang mã '" + id + "'; GET /api/documents liệt kê các văn bản"));
    }

    /** No job has {@code id}: a job's id comes with the answer to its upload, and only the latest jobs are kept. */
    public static UnknownDocumentException job(String id) {
        return new UnknownDocumentException(problem("Unknown job", id,
                "No job has the id '" + id + "'; a job's address is the Location of the 202 that answered its upload,"
                        + " and the service keeps the last " + DocumentJobs.KEPT + " jobs until it stops",
                "Không có tác vụ nào mang mã '" + id + "'; địa chỉ của một tác vụ là Location trong câu trả lời 202 khi"
                        + " tải lên, và dịch vụ chỉ giữ " + DocumentJobs.KEPT + " tác vụ gần nhất cho đến khi dừng"));
    }

    private static ProblemDetail problem(String title, String id, String detailEn, String detailVi) {
        ProblemDetail problem = Problems.of(ProblemType.NOT_FOUND, detailEn, detailVi);
        problem.setTitle(title);
        problem.setProperty("id", id);
        return problem;
    }
}
