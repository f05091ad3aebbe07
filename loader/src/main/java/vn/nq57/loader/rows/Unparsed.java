package vn.nq57.loader.rows;

/** A line inside a table region the extractor did not understand: reported, never silently dropped. */
public record Unparsed(int line, String text, String reason) {}
