package vn.nq57.search.index;

/** A completion offered while the user types: an entity's name, its IRI and type. */
public record Suggestion(String text, String id, String type) {}
