package vn.nq57.service.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.search.index.EntityType;
import vn.nq57.search.index.IndexedEntity;
import vn.nq57.search.index.SearchHit;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.search.index.SearchRequest;
import vn.nq57.service.entity.EntityId;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.web.BadParameterException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole document as one workbook an officer can hand on: a sheet "Văn bản" with the document and its appendices,
 * one sheet per section of tasks (an appendix's sections prefixed "PL"), a sheet of indicators and one of the
 * documents it cites, each row with every field of {@link EntityRows}. The rows come from the search index (the
 * same fields a search shows), the appendices and citations from the store.
 */
public final class DocumentExport {

    /** The most tasks or indicators read from one document (or appendix). */
    static final int MAX_ROWS = 10_000;
    static final String DOCUMENT_SHEET = "Văn bản";
    static final String INDICATOR_SHEET = "Chỉ tiêu";
    static final String REFERENCE_SHEET = "Văn bản dẫn chiếu";
    static final String NO_SECTION = "Nhiệm vụ";

    private final Dataset dataset;
    private final SearchIndex index;

    public DocumentExport(Dataset dataset, SearchIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    /**
     * The book of one document.
     *
     * @param iri  a document's IRI
     * @param root the service's root URL, for the links back
     * @return empty when the index holds nothing of that IRI
     * @throws BadParameterException naming {@code id}: the IRI is a task, an indicator or a unit, not a document
     */
    public Optional<ExportBook> book(String iri, String root, Map<String, String> about) {
        Optional<IndexedEntity> found = index.entity(iri);
        if (found.isEmpty()) return Optional.empty();
        if (found.get().type() != EntityType.DOCUMENT)
            throw new BadParameterException(EntityId.PARAMETER, "Parameter 'id' names '" + iri + "', a "
                    + found.get().type().label() + ", not a document; export its document instead", "Tham số 'id' là '"
                    + iri + "', một " + EntityReader.typeVi(found.get().type().label()) + ", không phải văn bản;"
                    + " hãy tải về văn bản chứa nó.");
        IndexedEntity document = found.get();
        List<String> appendices = appendices(iri);

        Map<String, ResultTable> sheets = new LinkedHashMap<>();
        EntityRows documents = new EntityRows(root);
        documents.add(document);
        index.entities(appendices).values().forEach(documents::add);
        sheets.put(DOCUMENT_SHEET, documents.build());

        Map<String, EntityRows> bySection = new LinkedHashMap<>();
        EntityRows indicators = new EntityRows(root);
        int tasks = 0, indicatorCount = 0;
        List<String> parts = new ArrayList<>();
        parts.add(iri);
        parts.addAll(appendices);
        for (int p = 0; p < parts.size(); p++) {
            String prefix = p == 0 ? "" : "PL" + (parts.size() > 2 ? p : "") + " ";
            for (IndexedEntity task : partsOf(parts.get(p), EntityType.TASK)) {
                String section = task.section() == null ? NO_SECTION : task.section();
                bySection.computeIfAbsent(prefix + section, s -> new EntityRows(root)).add(task);
                tasks++;
            }
            for (IndexedEntity indicator : partsOf(parts.get(p), EntityType.INDICATOR)) {
                indicators.add(indicator);
                indicatorCount++;
            }
        }
        bySection.forEach((section, rows) -> sheets.put(section, rows.build()));
        sheets.put(INDICATOR_SHEET, indicators.build());
        sheets.put(REFERENCE_SHEET, references(parts, root));

        Map<String, String> described = new LinkedHashMap<>(about);
        described.put("văn bản", document.document() == null ? document.name() : document.document().citation());
        ExportAbout.put(described, "trích yếu", document.name());
        ExportAbout.put(described, "cơ quan ban hành", document.issuer());
        described.put("phụ lục", Integer.toString(appendices.size()));
        described.put("nhiệm vụ", Integer.toString(tasks));
        described.put("chỉ tiêu", Integer.toString(indicatorCount));
        described.put("mục (trang tính)", Integer.toString(bySection.size()));
        return Optional.of(new ExportBook(sheets, described));
    }

    /** The tasks or indicators of one document, in table order. */
    private List<IndexedEntity> partsOf(String documentIri, EntityType type) {
        SearchRequest request = SearchRequest.of(null).withDocument(documentIri).withType(type)
                .withSize(MAX_ROWS).withFacets(false);
        return index.search(request).hits().stream().map(SearchHit::entity).toList();
    }

    /** The appendices of a document (eli:is_part_of, at any depth), by IRI. */
    private List<String> appendices(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Model model = dataset.getUnionModel();
            List<String> out = new ArrayList<>();
            List<Resource> frontier = List.of(model.createResource(iri));
            for (int depth = 0; depth < 6 && !frontier.isEmpty(); depth++) {
                List<Resource> next = new ArrayList<>();
                for (Resource r : frontier)
                    model.listSubjectsWithProperty(Vocab.eliIsPartOf, r).forEach(a -> {
                        if (a.isURIResource() && !out.contains(a.getURI())) {
                            out.add(a.getURI());
                            next.add(a);
                        }
                    });
                frontier = next;
            }
            out.sort(Comparator.naturalOrder());
            return out;
        });
    }

    /**
     * The documents the document (or an appendix) cites, one row per quoted citation: the cited document's fields,
     * then the relation (based_on, applies, cites), the quote and where it stands.
     */
    private ResultTable references(List<String> citing, String root) {
        record Citation(String cited, String citing, String relation, String quote, String file, String line) {}
        List<Citation> citations = Txn.calculateRead(dataset, () -> {
            Model model = dataset.getUnionModel();
            List<Citation> out = new ArrayList<>();
            for (String c : citing) {
                for (Resource citation : model.listSubjectsWithProperty(NQ.citingDocument, model.createResource(c)).toList()) {
                    Resource cited = resource(citation, NQ.citedDocument);
                    if (cited == null) continue;
                    Resource relation = resource(citation, NQ.relation);
                    Resource file = resource(citation, NQ.sourceFile);
                    out.add(new Citation(cited.getURI(), c, relation == null ? null : relation.getLocalName(),
                            literal(citation, NQ.verbatim), file == null ? null : literal(file, NQ.fileName),
                            literal(citation, NQ.lineStart)));
                }
            }
            out.sort(Comparator.comparing((Citation x) -> x.line() == null ? Integer.MAX_VALUE : Integer.parseInt(x.line()))
                    .thenComparing(Citation::cited));
            return out;
        });
        Map<String, IndexedEntity> cited = index.entities(citations.stream().map(Citation::cited).toList());
        EntityRows rows = new EntityRows(root, "relation", "quote", "citedIn", "citedInFile", "lineStart")
                .type(ResultTable.CellType.NUMBER, "lineStart");
        for (Citation c : citations) {
            IndexedEntity e = cited.get(c.cited());
            if (e != null) rows.add(e, c.relation(), c.quote(), c.citing(), c.file(), c.line());
        }
        return rows.build();
    }

    private static Resource resource(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isURIResource() ? null : s.getResource();
    }

    private static String literal(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        RDFNode o = s == null ? null : s.getObject();
        return o == null || !o.isLiteral() ? null : o.asLiteral().getLexicalForm();
    }
}
