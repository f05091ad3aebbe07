package vn.nq57.service.entity;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.Refs.SourceText;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the summaries every API shows of an entity (type, name, document, source lines) from resources of the
 * store's union model. Call it inside a read transaction. Where a property has several values the smallest is
 * taken, so answers do not change from one run to the next.
 */
public final class EntityReader {
    private EntityReader() {}

    /** API type for any kind of {@code nq:PolicyDocument}. */
    public static final String DOCUMENT = "Document";
    /** The classes whose local name is an entity's API type, most specific first (a CollectiveUnit is a Unit). */
    private static final List<Resource> TYPED = List.of(NQ.Task, NQ.Indicator, NQ.Section, NQ.Unit, NQ.CollectiveUnit,
            NQ.Post, NQ.AdministrativeArea, NQ.Citation, NQ.Deadline, NQ.IndicatorTarget, NQ.SourceFile, NQ.Level);

    public static boolean isDocument(Resource r) {
        return r.hasProperty(RDF.type, NQ.PolicyDocument);
    }

    /** {@code Document} for any policy document, else the entity's class among Task, Indicator, Section, Unit ... */
    public static String type(Resource r) {
        if (isDocument(r)) return DOCUMENT;
        if (r.hasProperty(RDF.type, NQ.CollectiveUnit)) return NQ.Unit.getLocalName();
        for (Resource type : TYPED) if (r.hasProperty(RDF.type, type)) return type.getLocalName();
        return types(r).stream().findFirst().orElse("Resource");
    }

    /**
     * A name {@link #type} gives, in Vietnamese, for messages: the ontology's label of that class ("nhiệm vụ",
     * "cơ quan, đơn vị"), "văn bản" for a document, the name itself for a class the ontology does not label.
     */
    public static String typeVi(String type) {
        if (DOCUMENT.equals(type)) return "văn bản";
        return TermLabels.of(NQ.NS + type).map(TermLabels.Label::vi).filter(Objects::nonNull).orElse(type);
    }

    /** Local names of every rdf:type, sorted. */
    public static List<String> types(Resource r) {
        return r.listProperties(RDF.type).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(t -> t.asResource().getLocalName()).distinct().sorted().toList();
    }

    /** The entity's display name: its name, label or title; a document without a title shows its number or issuer. */
    public static String name(Resource r) {
        return Stream.of(NQ.name, NQ.title, Vocab.dctermsTitle, RDFS.label, Vocab.eliNumber, NQ.issuerName)
                .map(p -> string(r, p)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public static EntityRef ref(Resource r) {
        return new EntityRef(r.getURI(), type(r), name(r));
    }

    /** The document a section, task or indicator is in. */
    public static Optional<Resource> containingDocument(Resource r) {
        return resources(r, NQ.inDocument).findFirst();
    }

    public static DocumentRef document(Resource doc) {
        Resource whole = whole(doc);
        return new DocumentRef(doc.getURI(),
                orElse(string(doc, Vocab.eliNumber), string(whole, Vocab.eliNumber)),
                orElse(string(doc, Vocab.dctermsTitle), string(whole, Vocab.dctermsTitle)),
                orElse(fileName(doc), fileName(whole)),
                orElse(string(doc, NQ.issuerName), string(whole, NQ.issuerName)),
                orElse(level(doc), level(whole)), Describer.kind(doc));
    }

    /** The plan an appendix is part of (followed to the top), or the document itself. */
    public static Resource whole(Resource doc) {
        Resource current = doc;
        for (int hops = 0; hops < 8; hops++) { // appendices nest one deep; the bound only guards against a cycle
            Optional<Resource> up = resources(current, Vocab.eliIsPartOf).findFirst();
            if (up.isEmpty()) return current;
            current = up.get();
        }
        return current;
    }

    /** The API name of a document's level ({@code commune} ...). */
    public static String level(Resource doc) {
        return resources(doc, NQ.level).findFirst().map(Levels::name).orElse(null);
    }

    public static String fileName(Resource r) {
        return resources(r, NQ.sourceFile).map(f -> string(f, NQ.fileName)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The entity's own lines in its source file, or null for an entity read from no file (a cited document, a unit). */
    public static SourceText source(Resource r) {
        String file = fileName(r);
        String text = string(r, NQ.verbatim);
        if (file == null && text == null) return null;
        return new SourceText(file, integer(r, NQ.lineStart), integer(r, NQ.lineEnd), text);
    }

    /** The smallest lexical form among the property's literal values, or null. */
    public static String string(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(o -> o.asLiteral().getLexicalForm()).min(Comparator.naturalOrder()).orElse(null);
    }

    public static Integer integer(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .map(EntityReader::intValue).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The property's IRI values, sorted by IRI. */
    public static Stream<Resource> resources(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI));
    }

    private static Integer intValue(Literal literal) {
        try {
            return literal.getInt();
        } catch (RuntimeException notAnInteger) {
            return null;
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
