package vn.nq57.service.documents;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import vn.nq57.service.web.Problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs the changes to the documents one at a time, in the order they arrive, on one thread of their own (two changes
 * never interleave; reads go on meanwhile), and remembers the last {@value #KEPT} jobs for {@code GET /api/jobs/{id}}.
 */
@Component
public class DocumentJobs {
    private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
    static final int KEPT = 200;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nq57-documents");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT && eldest.getValue().isFinished();
        }
    });

    private final DocumentChanges changes;

    /** Depends on the changes it runs, so it stops (and lets a running change finish) before the store closes. */
    public DocumentJobs(DocumentChanges changes) {
        this.changes = changes;
    }

    /** Queues adding the documents of {@code uploads}. */
    public Job add(java.util.List<Upload> uploads) {
        return submit("add", job -> changes.add(uploads, job));
    }

    /** Queues replacing document {@code id} by {@code upload}. */
    public Job replace(String id, Upload upload) {
        return submit("replace", job -> changes.replace(id, upload, job));
    }

    /** Queues removing document {@code id}. */
    public Job remove(String id) {
        return submit("remove", job -> changes.remove(id, job));
    }

    /** Queues a change; {@code work} runs later on the jobs' thread. */
    Job submit(String action, Function<Job, ChangeResult> work) {
        Job job = new Job(UUID.randomUUID().toString(), action);
        jobs.put(job.id(), job);
        runner.execute(() -> {
            try {
                job.succeed(work.apply(job));
            } catch (ErrorResponseException refused) {
                job.fail(refused.getBody());
            } catch (RuntimeException | Error e) {
                log.error("job {} ({}) failed", job.id(), action, e);
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                        "The change failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                + "); the store and the search index are as they were");
                problem.setTitle("Change failed");
                Problems.withVietnamese(problem, "Thay đổi không thực hiện được (lỗi " + e.getClass().getSimpleName()
                        + "); kho dữ liệu và chỉ mục tìm kiếm vẫn như trước.");
                problem.setProperty("changed", false);
                job.fail(problem);
            }
        });
        return job;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Takes no new change and waits (a minute at most) for the running one, so it is not cut off half way. */
    @PreDestroy
    void stop() throws InterruptedException {
        runner.shutdown();
        if (!runner.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
            log.warn("a document change was still running at shutdown; the store's journal keeps it whole or undone");
        }
    }
}
