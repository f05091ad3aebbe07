package vn.nq57.service.entity;

import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.TermLabels.Label;

import java.util.List;

/** The parts of an entity answer that say things in people's words (labels from the ontology, names for IRIs). */
public final class Described {
    private Described() {}

    /**
     * One property of the entity as a page shows it.
     *
     * @param key      the property's local name, stable for tests and styling (never shown)
     * @param property the property's IRI
     * @param label    the property's {@code rdfs:label}s; for a value of a node the entity owns (its deadline, its
     *                 target) the owner's label and the value's, joined with " – "
     * @param values   sorted, never empty
     */
    public record Field(String key, String property, Label label, List<Value> values) {}

    /**
     * One value: a literal ({@code text} with its {@code datatype}: {@code date}, {@code boolean}, {@code integer},
     * {@code decimal}, {@code year}, {@code yearMonth} (a month without its day, "2024-05") or null for text), an
     * entity ({@code id} and its name in {@code text}), or an ontology term such as a level or a deadline kind
     * ({@code label}, no id).
     */
    public record Value(String text, String id, Label label, String datatype) {}

    /**
     * Where a document sits in government: its kind ("kế hoạch"), level, issuing body, and administrative areas from
     * its own (a commune) up to the top (the province).
     */
    public record Place(Label documentKind, String level, Label levelLabel, EntityRef issuer, String issuerName,
                        List<EntityRef> areas) {}

    /**
     * A document one step above or below this one, with how they are related ({@code based_on}, {@code applies},
     * {@code is_part_of}, {@code amends}) and what kind of document it is.
     */
    public record DocumentLink(String relation, Label relationLabel, DocumentRef document, Label kind, String area) {}

    /**
     * A section of a document with its tasks and indicators in document order; a null id gathers items in no section.
     * {@code part} is the appendix the section is printed in when it is not the document's own body (a plan whose
     * tasks are listed in its "Phụ lục"), null for the document's own sections.
     */
    public record SectionGroup(String id, String number, String title, List<EntityRef> tasks, List<EntityRef> indicators,
                               EntityRef part) {}
}
