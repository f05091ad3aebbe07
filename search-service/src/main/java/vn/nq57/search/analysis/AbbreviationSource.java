package vn.nq57.search.analysis;

import java.util.List;

/** Where the query builder learns abbreviations, e.g. the SKOS thesaurus of the ontology (altLabel ↔ prefLabel). */
@FunctionalInterface
public interface AbbreviationSource {

  List<Abbreviation> all();

  /** No abbreviations. */
  static AbbreviationSource none() {
    return List::of;
  }
}
