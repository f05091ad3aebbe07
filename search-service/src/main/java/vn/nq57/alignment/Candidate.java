package vn.nq57.alignment;

import java.util.List;

/**
 * An upstream task or goal that a downstream item may carry out, with its rank among the item's candidates (1 =
 * best), its score, the parts of the score and the evidence.
 *
 * @param downstream the IRI of the task or indicator that carries out
 * @param upstream the IRI of the upstream task or indicator (goal) carried out
 * @param rank 1-based rank among the downstream item's candidates
 * @param parts the score's parts and total (in [0, 1])
 * @param evidence shared phrases (for the first {@value Aligner#WITH_PHRASES} ranks), citation, section match, lead
 *     units, measure
 */
public record Candidate(String downstream, String upstream, int rank, ScoreParts parts, List<Evidence> evidence) {

  public Candidate {
    evidence = List.copyOf(evidence);
  }

  public double score() {
    return parts.total();
  }

  /** The same candidate for another downstream item of the same wording and upstream documents. */
  Candidate forDownstream(String iri) {
    return new Candidate(iri, upstream, rank, parts, evidence);
  }

  Candidate withRank(int newRank) {
    return new Candidate(downstream, upstream, newRank, parts, evidence);
  }
}
