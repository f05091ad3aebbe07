package vn.nq57.service.entity;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.Described.DocumentLink;
import vn.nq57.service.entity.Described.Field;
import vn.nq57.service.entity.Described.Place;
import vn.nq57.service.entity.Described.SectionGroup;
import vn.nq57.service.entity.Described.Value;
import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.TermLabels.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Says an entity in people's words: each property with its ontology labels, each IRI value as the name of what
 * it points to (or the label of an ontology term), a document's place in government, its direct upstream and
 * downstream documents, and its tasks and indicators by section. Call inside a read transaction.
 */
public final class Describer {
    private Describer() {}

    private static final Property AMENDS = ResourceFactory.createProperty(Vocab.ELI, "amends");
    /** The relations one document has to the one directly above it, in the order a page lists them. */
    private static final List<Property> STEPS = List.of(Vocab.eliBasedOn, Vocab.eliApplies, Vocab.eliIsPartOf, AMENDS);
    /**
     * Shown elsewhere on the page (type as the badge, source lines and file in the source block, the document in
     * the hierarchy, lineage as upstream, inferred alignments in their own section) or internal (position, canonical
     * key, digest): not listed as fields.
     */
    private static final Set<Property> SHOWN_ELSEWHERE = Set.of(RDF.type, NQ.verbatim, NQ.lineStart, NQ.lineEnd,
            NQ.sourceFile, NQ.position, NQ.canonicalName, NQ.derivesFrom, NQ.inDocument, NQ.sha256,
            vn.nq57.alignment.AlignmentVocabulary.qualifiedAlignment, vn.nq57.alignment.AlignmentVocabulary.carriesOut);
    /** Names that are the page's heading: listed only when they say something the heading does not. */
    private static final Set<Property> NAMES = Set.of(NQ.name, NQ.title, Vocab.dctermsTitle, RDFS.label);
    private static final Label UNNAMED = new Label("(chưa có tên)", "(unnamed)");

    /** The labels of the entity's most specific class, e.g. "kế hoạch"/"plan"; null when it has no labelled class. */
    public static Label kind(Resource r) {
        List<Resource> classes = r.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).sorted(Comparator.comparing(Resource::getURI)).toList();
        return TermLabels.mostSpecific(classes, TermLabels.ontology()).orElse(null);
    }

    /** What a page calls the entity: its name, else its kind and issuer (a cited document known only by number). */
    public static String title(Resource r) {
        String name = EntityReader.name(r);
        if (name != null) return name;
        Label kind = kind(r);
        return kind == null || kind.vi() == null ? UNNAMED.vi() : kind.vi();
    }

    /** Every property a person reads, labelled, in the order of the Vietnamese labels. */
    public static List<Field> properties(Resource r) {
        String heading = EntityReader.name(r);
        String ownedPrefix = r.getURI() + "/";
        Map<Property, List<Value>> byProperty = new LinkedHashMap<>();
        List<Field> owned = new ArrayList<>();
        for (Statement s : r.listProperties().toList()) {
            Property p = s.getPredicate();
            RDFNode o = s.getObject();
            if (SHOWN_ELSEWHERE.contains(p)) continue;
            // A document without a number (a draft) has none shown: what its header printed ("/KH-UBND") is in its
            // source lines, not a number; beside a number, the printed form is a variant of it worth listing.
            if (p.equals(NQ.numberRaw) && !r.hasProperty(Vocab.eliNumber)) continue;
            if (NAMES.contains(p) && o.isLiteral() && o.asLiteral().getLexicalForm().equals(heading)) continue;
            if (o.isURIResource() && o.asResource().getURI().startsWith(ownedPrefix)) {
                owned.addAll(ownedFields(p, o.asResource()));
                continue;
            }
            byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(value(o));
        }
        List<Field> fields = new ArrayList<>();
        byProperty.forEach((p, values) -> fields.add(new Field(p.getLocalName(), p.getURI(), labelOf(p),
                values.stream().distinct().sorted(VALUE_ORDER).toList())));
        fields.sort(Comparator.comparingInt((Field f) -> rank(f.key())).thenComparing(f -> String.valueOf(f.label().vi())));
        fields.addAll(owned);
        return fields;
    }

    /** The literal and term values of a node the entity owns (its deadline, its indicator target). */
    private static List<Field> ownedFields(Property owner, Resource node) {
        Label ownerLabel = labelOf(owner);
        Map<Property, List<Value>> byProperty = new LinkedHashMap<>();
        for (Statement s : node.listProperties().toList()) {
            if (SHOWN_ELSEWHERE.contains(s.getPredicate())) continue;
            RDFNode o = s.getObject();
            if (o.isLiteral() || TermLabels.of(o.isURIResource() ? o.asResource() : null).isPresent())
                byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(value(o));
        }
        List<Field> fields = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            Label own = labelOf(p);
            fields.add(new Field(owner.getLocalName() + "." + p.getLocalName(), p.getURI(),
                    new Label(join(ownerLabel.vi(), own.vi()), join(ownerLabel.en(), own.en())),
                    values.stream().distinct().sorted(VALUE_ORDER).toList()));
        });
        // Deadline text first, then start and end: the order a reader checks them in.
        fields.sort(Comparator.comparingInt(f -> OWNED_ORDER.indexOf(f.key().substring(f.key().indexOf('.') + 1)) & 0xff));
        return fields;
    }

    /** The order a reader checks a document, task or indicator in; other properties follow by label. */
    private static final List<String> ORDER = List.of("number", "numberRaw", "date_document", "passed_by", "issuerName",
            "area", "level", "kindCode", "draft", "year", "based_on", "applies", "is_part_of", "amends", "cites",
            "ordinal", "sectionNumber", "name", "title", "leadUnit", "ownerUnit", "coordinatingUnit", "responsibleHead",
            "expectedResult", "targetText", "unitOfMeasure", "horizonYear", "completed", "note");

    private static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }

    private static final List<String> OWNED_ORDER = List.of("deadlineText", "targetText", "deadlineKind", "comparator",
            "start", "end", "value", "minValue", "maxValue", "unitText");

    private static final Comparator<Value> VALUE_ORDER = Comparator
            .comparing((Value v) -> v.text() != null ? v.text() : v.label() != null ? String.valueOf(v.label().vi()) : "")
            .thenComparing(v -> String.valueOf(v.id()));

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " – " + b;
    }

    /** The property's labels; a property the ontology does not name is called by its local name, split into words. */
    private static Label labelOf(Property p) {
        return TermLabels.of(p).orElseGet(() -> {
            String words = p.getLocalName().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
            return new Label(null, words);
        });
    }

    /** A value in people's words: a literal as written, an ontology term by its labels, a document by its number,
     * any other entity by its name. */
    public static Value value(RDFNode o) {
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            return new Value(l.getLexicalForm(), null, null, datatype(l.getDatatype()));
        }
        if (!o.isURIResource()) return new Value(null, null, UNNAMED, null);
        Resource res = o.asResource();
        Optional<Label> term = TermLabels.of(res);
        if (term.isPresent()) return new Value(null, null, term.get(), null);
        Model model = res.getModel();
        if (model == null || !model.contains(res, null, (RDFNode) null)) return new Value(null, null, UNNAMED, null);
        // a document is called by its number, as everywhere on the pages ("57-NQ/TW", not its title)
        String number = EntityReader.isDocument(res) ? EntityReader.string(res, Vocab.eliNumber) : null;
        if (number != null) return new Value(number, res.getURI(), null, null);
        String name = EntityReader.name(res);
        if (isPlaceholder(name)) return new Value(null, res.getURI(), UNNAMED, null);
        return name != null ? new Value(name, res.getURI(), null, null) : new Value(null, res.getURI(), kindOrUnnamed(res), null);
    }

    /** The loader names what a document leaves unnamed in parentheses ("(commune not named)"): not a name to show. */
    private static boolean isPlaceholder(String name) {
        return name != null && name.startsWith("(") && name.endsWith(")");
    }

    private static Label kindOrUnnamed(Resource r) {
        Label kind = kind(r);
        return kind != null ? kind : UNNAMED;
    }

    private static String datatype(RDFDatatype type) {
        if (type == null) return null;
        if (type.equals(XSDDatatype.XSDdate)) return "date";
        if (type.equals(XSDDatatype.XSDboolean)) return "boolean";
        if (type.equals(XSDDatatype.XSDgYear)) return "year";
        if (type.equals(XSDDatatype.XSDgYearMonth)) return "yearMonth";
        if (type.equals(XSDDatatype.XSDdecimal) || type.equals(XSDDatatype.XSDdouble) || type.equals(XSDDatatype.XSDfloat)) return "decimal";
        if (type.equals(XSDDatatype.XSDint) || type.equals(XSDDatatype.XSDinteger) || type.equals(XSDDatatype.XSDlong)
                || type.equals(XSDDatatype.XSDnonNegativeInteger) || type.equals(XSDDatatype.XSDpositiveInteger)) return "integer";
        return null;
    }

    /** A document's level, issuer and areas (its own area, then each parent area up to the top). */
    public static Place place(Resource doc) {
        Resource whole = EntityReader.whole(doc);
        Resource levelTerm = EntityReader.resources(doc, NQ.level).findFirst()
                .or(() -> EntityReader.resources(whole, NQ.level).findFirst()).orElse(null);
        EntityRef issuer = EntityReader.resources(doc, Vocab.eliPassedBy).findFirst()
                .or(() -> EntityReader.resources(whole, Vocab.eliPassedBy).findFirst()).map(EntityReader::ref).orElse(null);
        String issuerName = Optional.ofNullable(EntityReader.string(doc, NQ.issuerName)).orElse(EntityReader.string(whole, NQ.issuerName));
        return new Place(kind(doc), Levels.name(levelTerm), TermLabels.of(levelTerm).orElse(null), issuer, issuerName, areas(doc));
    }

    /** The document's own area, then each parent area up to the top; areas the loader could not name are left out. */
    public static List<EntityRef> areas(Resource doc) {
        Resource whole = EntityReader.whole(doc);
        Resource area = EntityReader.resources(doc, NQ.area).findFirst()
                .or(() -> EntityReader.resources(whole, NQ.area).findFirst()).orElse(null);
        Set<Resource> chain = new LinkedHashSet<>();
        while (area != null && chain.add(area)) area = EntityReader.resources(area, NQ.parentArea).findFirst().orElse(null);
        return chain.stream().filter(a -> {
            String name = EntityReader.string(a, RDFS.label);
            return name != null && !isPlaceholder(name);
        }).map(a -> new EntityRef(a.getURI(), EntityReader.type(a), EntityReader.string(a, RDFS.label))).toList();
    }

    /** The name of the document's own area ("xã Tân Lợi"), or null. */
    public static String areaName(Resource doc) {
        return areas(doc).stream().map(EntityRef::name).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The documents this one is directly based on, applies, is part of or amends. */
    public static List<DocumentLink> above(Resource doc) {
        List<DocumentLink> links = new ArrayList<>();
        for (Property step : STEPS) EntityReader.resources(doc, step).forEach(up -> links.add(link(step, up)));
        return sortedByLevel(links);
    }

    /**
     * The documents directly based on, applying or amending this one. Its appendices (part of it) are not below it:
     * they are the document itself, listed as its parts, their tasks counted as its own ({@link #sections}).
     */
    public static List<DocumentLink> below(Resource doc) {
        Model model = doc.getModel();
        List<DocumentLink> links = new ArrayList<>();
        for (Property step : STEPS)
            if (!step.equals(Vocab.eliIsPartOf)) model.listResourcesWithProperty(step, doc).toList().stream().filter(Resource::isURIResource)
                    .sorted(Comparator.comparing(Resource::getURI)).forEach(down -> links.add(link(step, down)));
        return sortedByLevel(links);
    }

    /** The documents that say they replace this one ({@code dcterms:replaces}), by level; replacement is no lineage. */
    public static List<DocumentLink> replacedBy(Resource doc) {
        return sortedByLevel(doc.getModel().listResourcesWithProperty(DCTerms.replaces, doc).toList().stream()
                .filter(Resource::isURIResource).map(by -> link(DCTerms.replaces, by)).toList());
    }

    private static DocumentLink link(Property step, Resource doc) {
        return new DocumentLink(step.getLocalName(), labelOf(step), EntityReader.document(doc), kind(doc), areaName(doc));
    }

    private static List<DocumentLink> sortedByLevel(List<DocumentLink> links) {
        return links.stream().sorted(Comparator.comparingInt((DocumentLink l) -> Levels.rank(l.document().level()))
                .thenComparing(l -> String.valueOf(l.document().number())).thenComparing(l -> l.document().id())
                .thenComparing(DocumentLink::relation)).toList();
    }

    /**
     * A document's tasks and indicators (a section's, for a section) grouped by section in document order; items
     * in no section come first under a group with a null id. A document's appendices (its parts, {@code eli:is_part_of}
     * at any depth) follow, each with its own groups marked by {@link SectionGroup#part}: a plan whose tasks are listed
     * in its appendix has them. Empty for anything else.
     */
    public static List<SectionGroup> sections(Resource r) {
        String type = EntityReader.type(r);
        if (type.equals("Section")) return groups(r.getModel().listResourcesWithProperty(NQ.inSection, r).toList(), null);
        if (!type.equals(EntityReader.DOCUMENT)) return List.of();
        List<SectionGroup> all = new ArrayList<>(groups(r.getModel().listResourcesWithProperty(NQ.inDocument, r).toList(), null));
        for (Resource part : parts(r))
            all.addAll(groups(part.getModel().listResourcesWithProperty(NQ.inDocument, part).toList(), EntityReader.ref(part)));
        return all;
    }

    /** The appendices of a document and theirs, in the order of their IRIs, each once. */
    public static List<Resource> parts(Resource doc) {
        Set<Resource> seen = new LinkedHashSet<>();
        List<Resource> frontier = List.of(doc);
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Resource> next = new ArrayList<>();
            for (Resource at : frontier)
                doc.getModel().listResourcesWithProperty(Vocab.eliIsPartOf, at).toList().stream()
                        .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI))
                        .filter(p -> !p.equals(doc) && seen.add(p)).forEach(next::add);
            frontier = next;
        }
        return List.copyOf(seen);
    }

    /** {@code items} (of one document, or one section) grouped by section in document order. */
    private static List<SectionGroup> groups(List<Resource> items, EntityRef part) {
        Map<Resource, List<Resource>> groups = new LinkedHashMap<>();
        Resource none = ResourceFactory.createResource();
        items.stream().filter(i -> i.hasProperty(RDF.type, NQ.Task) || i.hasProperty(RDF.type, NQ.Indicator))
                .sorted(Comparator.comparingInt(Describer::position).thenComparing(Resource::getURI))
                .forEach(i -> groups.computeIfAbsent(EntityReader.resources(i, NQ.inSection).findFirst().orElse(none),
                        k -> new ArrayList<>()).add(i));
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Resource, List<Resource>> e) -> !e.getKey().equals(none))
                        .thenComparingInt(e -> e.getKey().equals(none) ? 0 : position(e.getKey())))
                .map(e -> {
                    Resource section = e.getKey();
                    boolean real = !section.equals(none);
                    return new SectionGroup(real ? section.getURI() : null,
                            real ? EntityReader.string(section, NQ.sectionNumber) : null,
                            real ? EntityReader.name(section) : null,
                            e.getValue().stream().filter(i -> i.hasProperty(RDF.type, NQ.Task)).map(EntityReader::ref).toList(),
                            e.getValue().stream().filter(i -> i.hasProperty(RDF.type, NQ.Indicator)).map(EntityReader::ref).toList(),
                            part);
                }).toList();
    }

    private static int position(Resource r) {
        Integer p = EntityReader.integer(r, NQ.position);
        return p == null ? Integer.MAX_VALUE : p;
    }
}
