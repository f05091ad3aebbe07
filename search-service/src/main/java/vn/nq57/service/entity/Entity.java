package vn.nq57.service.entity;

import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.Refs.SourceText;
import vn.nq57.service.entity.Refs.UnitRef;

import java.util.List;
import java.util.Map;

/**
 * Everything about one entity, the answer of {@code GET /api/entities}.
 *
 * @param fields   every property of the entity by local name, values as text (IRIs for links); the literal
 *                 properties of the nodes it owns (its deadline, its target) under {@code property.subproperty}
 * @param source   its verbatim lines in its source file; null for what no file states (a cited document, a unit)
 * @param document the document a section, task or indicator is in; for an appendix, the plan it is part of
 * @param upstream every document its document derives from, nearest level first
 * @param children a document's appendices, sections, indicators and tasks; a section's tasks; the tasks a unit leads
 */
public record Entity(String id, String type, List<String> types, String name, Map<String, List<String>> fields,
                     SourceText source, DocumentRef document, List<UnitRef> units, List<DocumentRef> upstream,
                     List<EntityRef> children) {}
