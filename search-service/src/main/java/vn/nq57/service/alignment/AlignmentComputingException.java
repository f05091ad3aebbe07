package vn.nq57.service.alignment;

/**
 * The alignment is being computed (at start, in the background): the API answers 503 Service Unavailable with a
 * {@code Retry-After} header and the status, rather than a partial or stale answer.
 */
public class AlignmentComputingException extends RuntimeException {
  private final AlignmentStatus status;

  public AlignmentComputingException(AlignmentStatus status) {
    super("the alignment is being computed since " + status.startedAt() + "; ask again later");
    this.status = status;
  }

  public AlignmentStatus status() {
    return status;
  }
}
