package vn.nq57.service.alignment;

import java.time.Duration;
import java.time.Instant;
import vn.nq57.alignment.AlignmentGraph;

/**
 * What the alignment is doing, as {@code GET /api/alignment/status} answers it.
 *
 * @param state {@code not-started} (the start's computation is off, {@code nq57.alignment.on-start=false}),
 *     {@code computing} (the start's computation is under way: the API answers 503), {@code updating} (an upload's
 *     recomputation of the documents it changed is under way, or scheduled and waiting its turn: the API answers from
 *     the previous alignments, replaced at once when it ends), {@code current} (the alignment graph matches the
 *     documents; the counts are the last run's) or {@code failed}
 * @param startedAt when the run (the start's check, or the upload's recomputation) began — for an upload's run still
 *     waiting its turn, when it was scheduled — or null
 * @param finishedAt when it finished, or null while computing
 * @param millis how long the computation took (ranking and writing), or null when the graph was already current
 * @param documents documents realigned, or null when nothing was computed (or while computing everything)
 * @param items tasks and indicators that got candidates, or null when nothing was computed
 * @param alignments alignments written, or null when nothing was computed
 * @param error why it failed, or null
 */
public record AlignmentStatus(String state, Instant startedAt, Instant finishedAt, Long millis, Integer documents,
    Integer items, Integer alignments, String error) {

  static AlignmentStatus notStarted() {
    return new AlignmentStatus("not-started", null, null, null, null, null, null, null);
  }

  static AlignmentStatus computing(Instant startedAt) {
    return new AlignmentStatus("computing", startedAt, null, null, null, null, null, null);
  }

  static AlignmentStatus updating(Instant startedAt, int documents) {
    return new AlignmentStatus("updating", startedAt, null, null, documents, null, null, null);
  }

  static AlignmentStatus current(Instant startedAt, AlignmentGraph.Run run) {
    return new AlignmentStatus("current", startedAt, Instant.now(), run == null ? null : run.millis(),
        run == null ? null : run.documents(), run == null ? null : run.items(), run == null ? null : run.alignments(), null);
  }

  AlignmentStatus failed(String why) {
    return new AlignmentStatus("failed", startedAt, Instant.now(), null, null, null, null, why);
  }

  /** True while the start's computation is under way. */
  public boolean computing() {
    return "computing".equals(state);
  }

  /** Seconds a client should wait before asking again: a tenth of the time spent so far, between 5 and 60. */
  long retryAfterSeconds() {
    long spent = startedAt == null ? 0 : Duration.between(startedAt, Instant.now()).toSeconds();
    return Math.max(5, Math.min(60, spent / 10));
  }
}
