package vn.nq57.service.entity;

import vn.nq57.service.entity.Described.DocumentLink;
import vn.nq57.service.entity.Described.Field;
import vn.nq57.service.entity.Described.Place;
import vn.nq57.service.entity.Described.SectionGroup;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.Refs.SourceText;
import vn.nq57.service.entity.Refs.UnitRef;
import vn.nq57.service.entity.TermLabels.Label;

import java.util.List;
import java.util.Map;

/**
 * Everything about one entity, the answer of {@code GET /api/entities}.
 *
 * @param fields      every property of the entity by local name, values as text (IRIs for links); the literal
 *                    properties of the nodes it owns (its deadline, its target) under {@code property.subproperty}
 * @param source      its verbatim lines in its source file; null for what no file states (a cited document, a unit)
 * @param document    the document a section, task or indicator is in; for an appendix, the plan it is part of
 * @param upstream    every document its document derives from, nearest level first
 * @param children    a document's appendices, sections, indicators and tasks; a section's tasks; the tasks a unit leads
 * @param kind        the most specific class's labels ("kế hoạch", "nhiệm vụ" …)
 * @param title       what a page calls the entity: its name, else (a document without a title) kind and issuer; never null
 * @param properties  the fields a person reads, labelled from the ontology, values resolved to names; what the page
 *                    shows elsewhere (source lines, lineage, position, type) is left out
 * @param place       for a document, or what is in one: level, issuer and areas of the document
 * @param above       a document's direct upstream documents with the relation (its "Căn cứ", "Thực hiện" …)
 * @param below       the documents directly based on, applying, or part of this one
 * @param replacedBy  the documents that say they replace this one ({@code dcterms:replaces}): it is no longer in force
 * @param sections    a document's (or section's) tasks and indicators grouped by section, in document order
 */
public record Entity(String id, String type, List<String> types, String name, Map<String, List<String>> fields,
                     SourceText source, DocumentRef document, List<UnitRef> units, List<DocumentRef> upstream,
                     List<EntityRef> children, Label kind, String title, List<Field> properties, Place place,
                     List<DocumentLink> above, List<DocumentLink> below, List<DocumentLink> replacedBy,
                     List<SectionGroup> sections) {}
