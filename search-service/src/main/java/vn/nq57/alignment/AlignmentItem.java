package vn.nq57.alignment;

import java.util.List;

/**
 * A task or indicator as the alignment sees it: what it says (name, expected results), where it sits (document,
 * section, ordinal), who leads it, which documents it cites and, for an indicator, its unit and kind of target.
 *
 * @param iri the task's or indicator's IRI
 * @param indicator true for an {@code nq:Indicator}, false for an {@code nq:Task}
 * @param document the IRI of the document the item is in ({@code nq:inDocument}; an appendix for appendix rows)
 * @param ordinal the number printed in the row ("12", "11.3", "IV"), or null
 * @param position the row's place in its document (0 when unknown), to keep listings in document order
 * @param name the item's text, verbatim
 * @param results its expected results ({@code nq:expectedResult}), verbatim, possibly empty
 * @param sectionNumber the number of its section ("III"), or null
 * @param sectionTitle the title of its section, verbatim, or null
 * @param leadUnits labels of its lead (task) or owner (indicator) units
 * @param citedNumbers {@code eli:number}s of the documents it cites
 * @param unitOfMeasure an indicator's unit ("%"), or null
 * @param comparator an indicator's kind of target ({@code ≥ ≤ = range text}), or null
 */
public record AlignmentItem(
    String iri,
    boolean indicator,
    String document,
    String ordinal,
    int position,
    String name,
    List<String> results,
    String sectionNumber,
    String sectionTitle,
    List<String> leadUnits,
    List<String> citedNumbers,
    String unitOfMeasure,
    String comparator) {

  public AlignmentItem {
    results = List.copyOf(results);
    leadUnits = List.copyOf(leadUnits);
    citedNumbers = List.copyOf(citedNumbers);
  }

  /** "Task" or "Indicator", the API's type names. */
  public String type() {
    return indicator ? "Indicator" : "Task";
  }
}
