package vn.nq57.service.entity;

/** The short forms other answers link entities with. */
public final class Refs {
    private Refs() {}

    /** Any entity: its IRI, API type and display name. */
    public record EntityRef(String id, String type, String name) {}

    /**
     * A policy document; {@code number}, {@code file}, {@code issuer} are those of the plan an appendix belongs to when it
     * has none. {@code kind} is the labels of its own kind ("kế hoạch", "phụ lục"; null when the text says none), which
     * names a document without a number ("Kế hoạch, UBND xã Tân Lợi").
     */
    public record DocumentRef(String id, String number, String title, String file, String issuer, String level,
                              TermLabels.Label kind) {}

    /** A unit linked to a task or indicator; role {@code lead}, {@code coordinating} or {@code issuer}. */
    public record UnitRef(String id, String name, String role) {}

    /** Where an entity is written: file, 1-based inclusive line span, and the lines verbatim. */
    public record SourceText(String file, Integer lineStart, Integer lineEnd, String text) {}
}
