package vn.nq57.search.relevance;

/** One searchable entity as every engine sees it: its IRI, type, name and all of its searchable text. */
record CorpusEntity(String id, String type, String name, String text) {}
