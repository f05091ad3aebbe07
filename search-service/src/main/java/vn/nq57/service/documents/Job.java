package vn.nq57.service.documents;

import org.springframework.http.ProblemDetail;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to the documents (add, replace, remove) as it runs: its phase, pages read so far (a scan is read page by
 * page), the loader's last message, and at the end either the result or the problem detail of the refusal.
 * Written by the one thread that runs changes, read by any request: the fields are volatile and each is replaced whole.
 */
public final class Job {

    /**
     * Where a change stands, in the order it goes through them. {@code DONE} comes once the change is stored and
     * searchable, which is what a client polling the job waits for; the inferred alignments of what it changed are
     * recomputed afterwards, in the background, and are no phase of the job: {@code GET /api/alignment/status} says
     * {@code updating} from the moment the change is done until they are {@code current}.
     */
    public enum Phase { QUEUED, READING, PARSING, VALIDATING, STORING, INDEXING, DONE, FAILED }

    /** "page 3/30", "page 3 of 30", "trang 3/30": how the readers report a scan's progress. */
    private static final Pattern PAGE = Pattern.compile("(?iu)\\b(?:page|trang)\\s+(\\d+)\\s*(?:/|of|trên)\\s*(\\d+)");

    private final String id;
    private final String action;
    private final Instant created = Instant.now();
    private volatile Phase phase = Phase.QUEUED;
    private volatile Integer pagesDone;
    private volatile Integer pagesTotal;
    private volatile String message;
    private volatile Instant finished;
    private volatile ChangeResult result;
    private volatile ProblemDetail problem;
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

    Job(String id, String action) {
        this.id = id;
        this.action = action;
    }

    public String id() { return id; }

    /** "add", "replace" or "remove". */
    public String action() { return action; }

    public Instant created() { return created; }

    public Phase phase() { return phase; }

    public Integer pagesDone() { return pagesDone; }

    public Integer pagesTotal() { return pagesTotal; }

    /** The loader's last progress line. */
    public String message() { return message; }

    public Instant finished() { return finished; }

    /** The change made, once {@link Phase#DONE}. */
    public ChangeResult result() { return result; }

    /** Why nothing was changed, once {@link Phase#FAILED}. */
    public ProblemDetail problem() { return problem; }

    public boolean isFinished() { return phase == Phase.DONE || phase == Phase.FAILED; }

    void phase(Phase next) { phase = next; }

    /** Takes the loader's progress lines: the phase they imply and the pages of a scan. */
    Consumer<String> progress() {
        return line -> {
            message = line;
            Matcher m = PAGE.matcher(line);
            if (m.find()) {
                pagesDone = Integer.valueOf(m.group(1));
                pagesTotal = Integer.valueOf(m.group(2));
            }
            if (line.startsWith("parsed ") && phase == Phase.READING) phase = Phase.PARSING;
            if (line.startsWith("SHACL")) phase = Phase.VALIDATING;
        };
    }

    /** Waits up to {@code timeout} for the job to finish; true when it has. */
    public boolean await(java.time.Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void succeed(ChangeResult outcome) {
        result = outcome;
        finished = Instant.now();
        phase = Phase.DONE;
        done.countDown();
    }

    void fail(ProblemDetail refusal) {
        problem = refusal;
        finished = Instant.now();
        phase = Phase.FAILED;
        done.countDown();
    }

    /** The job as {@code GET /api/jobs/{id}} shows it. */
    public Status status() {
        return new Status(id, action, phase, pagesDone, pagesTotal, message, created, finished, result, problem);
    }

    /**
     * A job at one moment.
     *
     * @param phase      QUEUED, READING, PARSING, VALIDATING, STORING, INDEXING, then DONE (stored and searchable; the
     *                   realignment follows in the background) or FAILED
     * @param pagesDone  pages read so far of a document read page by page (a scan), or null
     * @param pagesTotal pages of that document, or null
     * @param result     the change, once DONE
     * @param problem    the RFC 9457 problem detail of the refusal (nothing changed), once FAILED
     */
    public record Status(String id, String action, Phase phase, Integer pagesDone, Integer pagesTotal, String message,
                         Instant created, Instant finished, ChangeResult result, ProblemDetail problem) {}
}
