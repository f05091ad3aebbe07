package vn.nq57.bench.corpus;

/** A commune-level unit; {@code district} is the district it belonged to before July 2025, still cited by old plans. */
public record Commune(String name, String district) {}
