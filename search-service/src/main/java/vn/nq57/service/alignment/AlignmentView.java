package vn.nq57.service.alignment;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/alignment}: the upstream tasks and goals a task or indicator carries out, and the
 * downstream tasks and indicators that carry it out, best first. Every alignment is inferred from the wording (see
 * docs/ALIGNMENT.md), never stated by the documents.
 *
 * @param id the task's or indicator's IRI
 * @param type {@code Task} or {@code Indicator}
 * @param name its name, verbatim
 * @param upstream what it carries out, by rank
 * @param downstream what carries it out, by rank then score
 */
public record AlignmentView(String id, String type, String name, List<Linked> upstream, List<Linked> downstream) {

  /** A document as the alignment shows it: its IRI, number (null for a draft) and level. */
  public record Doc(String id, String number, String file, String level) {}

  /** One side of an alignment with why it was proposed. */
  public record Evidence(String kind, String text) {}

  /**
   * The other item of an alignment.
   *
   * @param id its IRI
   * @param type {@code Task} or {@code Indicator}
   * @param no the number printed in its row, or null
   * @param name its name, verbatim
   * @param document its document
   * @param rank 1 = the best candidate of the downstream item
   * @param score in [0, 1]
   * @param evidence shared phrases, citation, section, lead units, measure
   * @param sharedTerms folded syllables both names share, to highlight
   * @param parts the score's parts by feature, each in [0, 1]
   */
  public record Linked(String id, String type, String no, String name, Doc document, int rank, double score,
      List<Evidence> evidence, List<String> sharedTerms, Map<String, Double> parts) {}
}
