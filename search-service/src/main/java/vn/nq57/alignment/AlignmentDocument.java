package vn.nq57.alignment;

import java.util.Set;

/**
 * A document that holds tasks or indicators, with what the alignment needs to pick its upstream documents.
 *
 * @param iri the document's IRI
 * @param number its {@code eli:number} ("03/NQ-CP"), or null for a draft or an appendix without one
 * @param fileName the source file it was read from, or null
 * @param level the local name of its level ({@code central}, {@code ministry}, {@code province}, {@code district},
 *     {@code commune}), taken from the plan an appendix is part of when it has none; null when unknown
 * @param ancestors every document it derives from ({@code nq:derivesFrom+}), the document itself excluded
 */
public record AlignmentDocument(String iri, String number, String fileName, String level, Set<String> ancestors) {

  public AlignmentDocument {
    ancestors = Set.copyOf(ancestors);
  }

  /** 0 for central, 1 ministry, 2 province, 3 district, 4 commune, 5 when the level is unknown. */
  public int levelRank() {
    if (level == null) {
      return 5;
    }
    return switch (level) {
      case "central" -> 0;
      case "ministry" -> 1;
      case "province" -> 2;
      case "district" -> 3;
      case "commune" -> 4;
      default -> 5;
    };
  }

  /** The number, else the file name, else the IRI: what a reader recognises the document by. */
  public String label() {
    return number != null ? number : fileName != null ? fileName : iri;
  }
}
