package vn.nq57.loader.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.ontology.NQ;

import java.time.LocalDate;

/** Small helpers for writing typed, language-tagged statements with their provenance. */
final class GraphWriter {
    final Model model;
    final SourceText source;
    final Resource sourceFile;

    GraphWriter(Model model, SourceText source, Resource sourceFile) {
        this.model = model;
        this.source = source;
        this.sourceFile = sourceFile;
    }

    Resource resource(String iri, Resource type) {
        Resource r = model.createResource(iri);
        if (type != null) r.addProperty(RDF.type, type);
        return r;
    }

    Literal vi(String text) {
        return model.createLiteral(text, "vi");
    }

    void text(Resource r, Property p, String text) {
        if (text != null && !text.isBlank()) r.addLiteral(p, vi(text.strip()));
    }

    /**
     * A unit's {@code rdfs:label}: one per unit (the shapes require it), so a spelling that differs from the label it
     * already has only in letter case ("UBND thành phố Hà Nội" in a header, "UBND Thành phố Hà Nội" in a table: one
     * IRI) is kept as a {@code skos:altLabel} instead of refusing the document for two labels.
     */
    void label(Resource unit, String text) {
        if (text == null || text.isBlank()) return;
        String wanted = text.strip();
        java.util.Locale vi = java.util.Locale.of("vi");
        for (var it = unit.listProperties(org.apache.jena.vocabulary.RDFS.label); it.hasNext(); ) {
            String held = it.next().getString();
            if (!held.equals(wanted) && held.toLowerCase(vi).equals(wanted.toLowerCase(vi))) {
                unit.addLiteral(org.apache.jena.vocabulary.SKOS.altLabel, vi(wanted));
                return;
            }
        }
        unit.addLiteral(org.apache.jena.vocabulary.RDFS.label, vi(wanted));
    }

    void date(Resource r, Property p, LocalDate date) {
        if (date != null) r.addLiteral(p, model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
    }

    void integer(Resource r, Property p, int value) {
        r.addLiteral(p, model.createTypedLiteral(value, XSDDatatype.XSDint));
    }

    void year(Resource r, Property p, Integer year) {
        if (year != null) r.addLiteral(p, model.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear));
    }

    void bool(Resource r, Property p, boolean value) {
        r.addLiteral(p, model.createTypedLiteral(value));
    }

    /** Where {@code r} comes from: file, line span and the verbatim lines, so an auditor can read the original. */
    void provenance(Resource r, LineSpan span, String verbatim) {
        r.addProperty(NQ.sourceFile, sourceFile);
        integer(r, NQ.lineStart, span.start());
        integer(r, NQ.lineEnd, span.end());
        r.addLiteral(NQ.verbatim, vi(verbatim != null ? verbatim : source.text(span)));
        // Lines of a PDF, Word file or scan: where they are in the original, which line numbers alone do not say.
        if (source.format() != vn.nq57.loader.read.DocumentFormat.TEXT
                && source.format() != vn.nq57.loader.read.DocumentFormat.MARKDOWN) {
            r.addLiteral(NQ.sourceLocation, vi(source.describe(span)));
            for (int n = span.start(); n <= span.end(); n++) {
                if (source.origin(n).ocr()) { bool(r, NQ.ocr, true); break; }
            }
        }
    }
}
