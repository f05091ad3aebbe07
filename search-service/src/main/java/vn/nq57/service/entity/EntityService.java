package vn.nq57.service.entity;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.Refs.UnitRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads one entity and its neighbourhood from the store's union graph. */
public class EntityService {
    /** Children are listed in this order of type, then by their position in the document. */
    private static final List<String> CHILD_ORDER = List.of(EntityReader.DOCUMENT, "Section", "Indicator", "Task");
    /** How a link to a unit reads; an indicator's owner tracks it as a task's lead unit carries it out. */
    private static final Map<Property, String> UNIT_ROLES = linked(
            NQ.leadUnit, "lead", NQ.ownerUnit, "lead", NQ.coordinatingUnit, "coordinating", Vocab.eliPassedBy, "issuer");

    private final Dataset dataset;

    public EntityService(Dataset dataset) {
        this.dataset = dataset;
    }

    /** @throws UnknownEntityException no triple has {@code iri} as its subject */
    public Entity describe(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Model model = dataset.getUnionModel();
            Resource r = model.createResource(iri);
            if (!model.contains(r, null, (RDFNode) null)) throw new UnknownEntityException(iri);
            Resource doc = EntityReader.isDocument(r) ? r : EntityReader.containingDocument(r).orElse(null);
            Resource container = r.equals(doc) ? (EntityReader.whole(r).equals(r) ? null : EntityReader.whole(r)) : doc;
            return new Entity(iri, EntityReader.type(r), EntityReader.types(r), EntityReader.name(r), fields(r),
                    EntityReader.source(r), container == null ? null : EntityReader.document(container),
                    units(r), doc == null ? List.of() : upstream(doc), children(r),
                    Describer.kind(r), Describer.title(r), Describer.properties(r),
                    doc == null ? null : Describer.place(doc),
                    r.equals(doc) ? Describer.above(doc) : List.of(), r.equals(doc) ? Describer.below(doc) : List.of(),
                    r.equals(doc) ? Describer.replacedBy(doc) : List.of(), Describer.sections(r));
        });
    }

    private static Map<String, List<String>> fields(Resource r) {
        Map<String, List<String>> fields = new TreeMap<>();
        String ownedPrefix = r.getURI() + "/";
        for (Statement s : r.listProperties().toList()) {
            String key = s.getPredicate().getLocalName();
            RDFNode value = s.getObject();
            add(fields, key, text(value));
            // A node minted under the entity's IRI (its deadline, its target) is part of it: show its values inline.
            if (value.isURIResource() && value.asResource().getURI().startsWith(ownedPrefix)) {
                for (Statement owned : value.asResource().listProperties().toList())
                    if (owned.getObject().isLiteral()) add(fields, key + "." + owned.getPredicate().getLocalName(), text(owned.getObject()));
            }
        }
        fields.replaceAll((key, values) -> values.stream().distinct().sorted().toList());
        return fields;
    }

    private static List<UnitRef> units(Resource r) {
        List<UnitRef> units = new ArrayList<>();
        UNIT_ROLES.forEach((property, role) -> EntityReader.resources(r, property)
                .forEach(unit -> units.add(new UnitRef(unit.getURI(), EntityReader.name(unit), role))));
        return units;
    }

    private static List<DocumentRef> upstream(Resource doc) {
        return EntityReader.resources(doc, NQ.derivesFrom)
                .map(EntityReader::document)
                .sorted(Comparator.comparingInt((DocumentRef d) -> -Levels.rank(d.level()))
                        .thenComparing(d -> d.number() == null ? "" : d.number())
                        .thenComparing(DocumentRef::id))
                .toList();
    }

    private static List<EntityRef> children(Resource r) {
        Model model = r.getModel();
        Stream<Resource> children = switch (EntityReader.type(r)) {
            case EntityReader.DOCUMENT -> Stream.concat(
                    model.listResourcesWithProperty(Vocab.eliIsPartOf, r).toList().stream(),
                    model.listResourcesWithProperty(NQ.inDocument, r).toList().stream());
            case "Section" -> model.listResourcesWithProperty(NQ.inSection, r).toList().stream();
            case "Unit" -> model.listResourcesWithProperty(NQ.leadUnit, r).toList().stream();
            default -> Stream.empty();
        };
        return children.filter(Resource::isURIResource)
                .sorted(Comparator.comparingInt((Resource c) -> childRank(EntityReader.type(c)))
                        .thenComparing(c -> {
                            Integer position = EntityReader.integer(c, NQ.position);
                            return position == null ? Integer.MAX_VALUE : position;
                        })
                        .thenComparing(Resource::getURI))
                .map(EntityReader::ref)
                .toList();
    }

    private static int childRank(String type) {
        int i = CHILD_ORDER.indexOf(type);
        return i < 0 ? CHILD_ORDER.size() : i;
    }

    private static String text(RDFNode node) {
        if (node.isLiteral()) return node.asLiteral().getLexicalForm();
        if (node.isURIResource()) return node.asResource().getURI();
        return node.toString();
    }

    private static void add(Map<String, List<String>> fields, String key, String value) {
        fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static Map<Property, String> linked(Object... pairs) {
        Map<Property, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((Property) pairs[i], (String) pairs[i + 1]);
        return map;
    }
}
