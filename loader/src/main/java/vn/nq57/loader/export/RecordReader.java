package vn.nq57.loader.export;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a loaded graph for export: the documents read from files as {@link DocumentRecord}s, tasks and indicators as
 * {@link ExportRecord}s in document then row order.
 */
public final class RecordReader {
    private RecordReader() {}

    /** Every task and indicator in {@code model} (the union of the document graphs). */
    public static List<ExportRecord> read(Model model) {
        List<ExportRecord> out = new ArrayList<>();
        Stream.concat(subjects(model, NQ.Task), subjects(model, NQ.Indicator))
                .sorted(Comparator.comparing((Resource r) -> documentOf(r))
                        .thenComparingInt(r -> intValue(r, NQ.position)))
                .forEach(r -> out.add(record(r)));
        return out;
    }

    /** One record per document read from a source file (cited-only documents have none), in file-name order. */
    public static List<DocumentRecord> documents(Model model) {
        List<DocumentRecord> out = new ArrayList<>();
        subjects(model, NQ.PolicyDocument).filter(d -> d.hasProperty(NQ.sourceFile))
                .sorted(Comparator.comparing((Resource d) -> string(d.getPropertyResourceValue(NQ.sourceFile), NQ.fileName))
                        .thenComparing(Resource::getURI))
                .forEach(d -> out.add(document(model, d)));
        return out;
    }

    private static DocumentRecord document(Model model, Resource d) {
        Resource source = d.getPropertyResourceValue(NQ.sourceFile);
        String date = dateOf(d);
        Resource area = d.getPropertyResourceValue(NQ.area);
        DocumentRecord.Area a = null;
        if (area != null) {
            Resource level = area.getPropertyResourceValue(NQ.level);
            Resource parent = area.getPropertyResourceValue(NQ.parentArea);
            String lvl = level == null ? null : level.getLocalName();
            String province = "province".equals(lvl) ? string(area, RDFS.label) : parent == null ? null : string(parent, RDFS.label);
            a = new DocumentRecord.Area(string(area, RDFS.label), lvl, province);
        }
        List<DocumentRecord.Ref> refs = new ArrayList<>();
        model.listSubjectsWithProperty(NQ.sourceFile, source).toList().stream()
                .filter(c -> c.hasProperty(RDF.type, NQ.Citation))
                .sorted(Comparator.comparingInt((Resource c) -> intValue(c, NQ.lineStart)).thenComparing(Resource::getURI))
                .forEach(c -> {
                    Resource cited = c.getPropertyResourceValue(NQ.citedDocument);
                    Resource citing = c.getPropertyResourceValue(NQ.citingDocument);
                    Resource relation = c.getPropertyResourceValue(NQ.relation);
                    refs.add(new DocumentRecord.Ref(string(cited, Vocab.eliNumber), string(cited, NQ.kindCode),
                            first(cited, NQ.issuerName), string(cited, Vocab.eliDateDocument),
                            relation == null ? null : relation.getLocalName(), cited.getURI(), string(c, NQ.verbatim),
                            intValue(c, NQ.lineStart), citing == null || citing.equals(d) ? null : citing.getURI()));
                });
        return new DocumentRecord("Document", d.getURI(), string(source, NQ.fileName), string(d, Vocab.eliNumber),
                string(d, NQ.kindCode), date, string(d, NQ.issuerName), a, string(d, Vocab.dctermsTitle),
                d.hasLiteral(NQ.draft, true), refs);
    }

    /** The smallest of several values (a cited document may be named differently by several files), for a stable export. */
    private static String first(Resource r, Property p) {
        return strings(r, p).stream().sorted().findFirst().orElse(null);
    }

    private static Stream<Resource> subjects(Model model, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream();
    }

    private static String documentOf(Resource r) {
        Resource doc = r.getPropertyResourceValue(NQ.inDocument);
        return doc == null ? "" : doc.getURI();
    }

    private static ExportRecord record(Resource r) {
        boolean task = r.hasProperty(RDF.type, NQ.Task);
        Resource doc = r.getPropertyResourceValue(NQ.inDocument);
        Resource section = r.getPropertyResourceValue(NQ.inSection);
        Resource source = r.getPropertyResourceValue(NQ.sourceFile);
        String file = source == null ? null : string(source, NQ.fileName);

        ExportRecord.DeadlineValue deadline = null;
        Resource d = r.getPropertyResourceValue(NQ.deadline);
        if (d != null) {
            Resource kind = d.getPropertyResourceValue(NQ.deadlineKind);
            deadline = new ExportRecord.DeadlineValue(string(d, NQ.deadlineText),
                    kind == null ? null : kind.getLocalName(), string(d, NQ.start), string(d, NQ.end));
        }
        ExportRecord.TargetValue target = null;
        Resource t = r.getPropertyResourceValue(NQ.target);
        if (t != null) {
            String value = string(t, Vocab.schemaValue);
            if (value == null) value = string(t, Vocab.schemaMinValue);
            target = new ExportRecord.TargetValue(string(t, NQ.targetText), string(t, NQ.comparator), value,
                    string(t, Vocab.schemaMaxValue));
        }
        Resource head = r.getPropertyResourceValue(NQ.responsibleHead);
        return new ExportRecord(
                task ? "Task" : "Indicator",
                r.getURI(),
                doc == null ? null : documentRef(doc),
                section == null ? null : sectionLabel(section),
                string(r, NQ.ordinal),
                string(r, NQ.name),
                head == null ? null : string(head, RDFS.label),
                labels(r, task ? NQ.leadUnit : NQ.ownerUnit),
                labels(r, NQ.coordinatingUnit),
                strings(r, NQ.expectedResult),
                deadline,
                task ? Boolean.valueOf(r.hasLiteral(NQ.completed, true)) : null,
                string(r, NQ.statusText),
                string(r, NQ.reportedProgress),
                numbers(r, NQ.citesDocument),
                string(r, NQ.unitOfMeasure),
                target,
                string(r, NQ.horizonYear),
                new ExportRecord.Source(file, intValue(r, NQ.lineStart), intValue(r, NQ.lineEnd)));
    }

    private static ExportRecord.DocumentRef documentRef(Resource doc) {
        Resource source = doc.getPropertyResourceValue(NQ.sourceFile);
        return new ExportRecord.DocumentRef(doc.getURI(), source == null ? null : string(source, NQ.fileName),
                string(doc, Vocab.eliNumber), string(doc, NQ.issuerName), dateOf(doc));
    }

    /** A document's date as precise as it is printed: the day, else the month ("2025-05"), else the year. */
    private static String dateOf(Resource doc) {
        String date = string(doc, Vocab.eliDateDocument);
        if (date == null) date = string(doc, NQ.yearMonth);
        if (date == null) date = string(doc, NQ.year);
        return date;
    }

    private static String sectionLabel(Resource section) {
        String no = string(section, NQ.sectionNumber);
        String title = string(section, NQ.title);
        if (no == null || no.isBlank()) return title;
        return title == null ? no : no + ". " + title;
    }

    static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) return null;
        RDFNode o = s.getObject();
        return o.isLiteral() ? ((Literal) o).getLexicalForm() : o.asResource().getURI();
    }

    private static int intValue(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? 0 : s.getInt();
    }

    private static List<String> strings(Resource r, Property p) {
        return r.listProperties(p).mapWith(s -> s.getObject().isLiteral()
                ? s.getLiteral().getLexicalForm() : s.getResource().getURI()).toList();
    }

    private static List<String> labels(Resource r, Property p) {
        return r.listProperties(p).mapWith(s -> {
            Resource unit = s.getResource();
            String label = string(unit, RDFS.label);
            return label == null ? unit.getURI() : label;
        }).toList().stream().sorted().toList();
    }

    private static List<String> numbers(Resource r, Property p) {
        return r.listProperties(p).mapWith(s -> {
            Resource doc = s.getResource();
            String number = string(doc, Vocab.eliNumber);
            return number == null ? doc.getURI() : number;
        }).toList().stream().sorted().toList();
    }
}
