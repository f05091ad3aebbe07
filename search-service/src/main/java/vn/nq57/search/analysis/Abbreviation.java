package vn.nq57.search.analysis;

import java.util.List;

/** An abbreviation and the phrases it stands for: ("UBND", ["ủy ban nhân dân"]). */
public record Abbreviation(String shortForm, List<String> expansions) {
  public Abbreviation {
    expansions = List.copyOf(expansions);
  }
}
