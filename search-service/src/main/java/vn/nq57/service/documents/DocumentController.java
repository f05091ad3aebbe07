package vn.nq57.service.documents;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.nq57.service.web.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/documents}: the documents the service holds, and adding, replacing and removing them while it runs.
 * Reading is open; every change needs the admin's HTTP Basic credentials (see the security configuration). A change
 * runs as a job: when it finishes within {@code nq57.documents.answer-within} the answer is its result (or the problem
 * detail of its refusal, with the load report); otherwise {@code 202 Accepted} with {@code Location: /api/jobs/{id}}.
 */
@RestController
@Tag(name = "Documents", description = "Văn bản đã nạp; thêm, thay, xóa văn bản khi dịch vụ đang chạy (cần mật khẩu) / Loaded documents; add, replace, remove them while the service runs (writes need the admin password)")
public class DocumentController {
    private final DocumentCatalog catalog;
    private final DocumentJobs jobs;
    private final DocumentsProperties properties;

    public DocumentController(DocumentCatalog catalog, DocumentJobs jobs, DocumentsProperties properties) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** Every document, each with its load report when it was added through this API. */
    @GetMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<DocumentSummary> list() {
        return catalog.list();
    }

    /** One document by id (its graph's local name). 404 when unknown. */
    @GetMapping(path = "/api/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public DocumentSummary one(@PathVariable String id) {
        return catalog.find(id).orElseThrow(() -> UnknownDocumentException.document(id));
    }

    /**
     * Adds the documents of one or more files (multipart field {@code file}). 201 with the result and
     * {@code Location} of the first document, 202 with the job, or a problem detail (400/409/413/415/422) with nothing
     * changed.
     */
    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Object> add(@RequestPart(name = "file", required = false) List<MultipartFile> files,
                                      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        List<Upload> uploads = uploads(files);
        return answer(jobs.add(uploads), true, language);
    }

    /** Replaces document {@code id} by one file (multipart field {@code file}). */
    @PutMapping(path = "/api/documents/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Object> replace(@PathVariable String id,
                                          @RequestPart(name = "file", required = false) List<MultipartFile> files,
                                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        catalog.find(id).orElseThrow(() -> UnknownDocumentException.document(id));
        List<Upload> uploads = uploads(files);
        if (uploads.size() != 1) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "One file to replace a document",
                    "A replace takes exactly one file in the field 'file'; " + uploads.size() + " were sent",
                    "Thay thế một văn bản cần đúng một tệp trong trường 'file'; đã gửi " + uploads.size() + " tệp.",
                    null, null);
        }
        return answer(jobs.replace(id, uploads.getFirst()), false, language);
    }

    /** Removes document {@code id}. */
    @DeleteMapping(path = "/api/documents/{id}")
    public ResponseEntity<Object> remove(@PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        catalog.find(id).orElseThrow(() -> UnknownDocumentException.document(id));
        return answer(jobs.remove(id), false, language);
    }

    /** Where a change stands: phase, pages read, and at the end its result or the problem detail of its refusal. */
    @GetMapping(path = "/api/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Job.Status job(@PathVariable String id,
                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Job.Status status = jobs.find(id).orElseThrow(() -> UnknownDocumentException.job(id)).status();
        if (status.problem() == null) return status;
        // the job keeps its problem as made, in both languages; a client polling it reads it in the request's
        ProblemDetail problem = Problems.localize(copy(status.problem()), Problems.wantsVietnamese(language));
        return new Job.Status(status.id(), status.action(), status.phase(), status.pagesDone(), status.pagesTotal(),
                status.message(), status.created(), status.finished(), status.result(), problem);
    }

    private ResponseEntity<Object> answer(Job job, boolean created, String language) {
        boolean finished;
        try {
            finished = job.await(properties.answerWithin());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        URI jobUri = URI.create("/api/jobs/" + job.id());
        if (!finished) {
            return ResponseEntity.accepted().location(jobUri).body(job.status());
        }
        Job.Status status = job.status();
        if (status.problem() != null) {
            // the job keeps its problem as made; the answer is a copy in the request's language, as every problem is
            ProblemDetail problem = copy(status.problem());
            problem.setProperty("job", jobUri.toString());
            Problems.localize(problem, Problems.wantsVietnamese(language));
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        if (created && !status.result().documents().isEmpty()) {
            return ResponseEntity.created(URI.create("/api/documents/" + status.result().documents().getFirst().id()))
                    .body(status);
        }
        return ResponseEntity.ok(status);
    }

    /** The files of the request, each checked for its declared type and size before any work is queued. */
    private List<Upload> uploads(List<MultipartFile> files) {
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> f != null).toList();
        if (given.isEmpty()) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "No file",
                    "Send the document as the multipart field 'file' (several files: the field repeated)",
                    "Hãy gửi văn bản trong trường 'file' của biểu mẫu multipart (nhiều tệp: lặp lại trường này).", null, null);
        }
        if (given.size() > properties.maxFiles()) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Too many files",
                    given.size() + " files were sent; at most " + properties.maxFiles() + " per request",
                    "Đã gửi " + given.size() + " tệp; mỗi yêu cầu nhận tối đa " + properties.maxFiles() + " tệp.", null, null);
        }
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : given) {
            String name = file.getOriginalFilename();
            if (file.getSize() > properties.maxFileSize().toBytes()) {
                throw new DocumentRefusedException(HttpStatus.CONTENT_TOO_LARGE, "File too large",
                        "The file '" + name + "' has " + file.getSize() + " bytes; at most "
                                + properties.maxFileSize().toBytes() + " are accepted (nq57.documents.max-file-size)",
                        "Tệp '" + name + "' có " + file.getSize() + " byte; chỉ nhận tối đa "
                                + properties.maxFileSize().toBytes() + " byte (nq57.documents.max-file-size).",
                        name, null);
            }
            String type = file.getContentType() == null ? "application/octet-stream"
                    : file.getContentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (!properties.contentTypes().contains(type)) {
                throw new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not a document",
                        "The file '" + name + "' is sent as " + type + ", which is not a document; accepted: "
                                + String.join(", ", properties.contentTypes()),
                        "Tệp '" + name + "' được gửi với kiểu " + type + ", không phải kiểu của một văn bản; các kiểu"
                                + " được nhận: " + String.join(", ", properties.contentTypes()) + ".", name, null);
            }
            if (file.isEmpty()) {
                throw new DocumentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Empty file",
                        "The file '" + name + "' is empty", "Tệp '" + name + "' rỗng, không có nội dung.", name, null);
            }
            try {
                uploads.add(new Upload(DocumentChanges.fileName(name), file.getBytes(), type));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the upload " + name, e);
            }
        }
        return uploads;
    }

    private static ProblemDetail copy(ProblemDetail p) {
        ProblemDetail c = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(p.getStatus()), p.getDetail());
        c.setType(p.getType());
        c.setTitle(p.getTitle());
        c.setInstance(p.getInstance());
        if (p.getProperties() != null) p.getProperties().forEach(c::setProperty);
        return c;
    }
}
