package vn.nq57.search.index;

import java.util.Locale;
import java.util.Optional;

/** The kinds of entity the search index holds, named as the ontology's classes. */
public enum EntityType {
  TASK("Task"),
  INDICATOR("Indicator"),
  DOCUMENT("Document"),
  UNIT("Unit");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** The name used in the API and the index: "Task", "Indicator", "Document", "Unit". */
  public String label() {
    return label;
  }

  /** The type named {@code name}, case-insensitively. */
  public static Optional<EntityType> parse(String name) {
    for (EntityType t : values()) {
      if (t.label.equalsIgnoreCase(name.strip()) || t.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
