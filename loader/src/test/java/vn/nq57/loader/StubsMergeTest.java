package vn.nq57.loader;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.ontology.Vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The full texts of 57-NQ/TW (Markdown: {@code Số 57\-NQ/TW}, bold lines, "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ") and of
 * 03/NQ-CP ("# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line) load as documents with the same IRI as the
 * stubs the other plans cite: one IRI each, one number, whatever way a citation prints it.
 */
class StubsMergeTest {
    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());
    static Loader.Run run;
    static Model union;

    @BeforeAll
    static void load() throws Exception {
        run = new Loader().parse(List.of(RealDocuments.sources()));
        union = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
    }

    static List<QuerySolution> select(String q) {
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + q).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static ParsedDocument loaded(String prefix) {
        return run.documents().stream().filter(d -> d.source().fileName().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static void oneDocumentLoadedAndCited(String prefix, String number, String issuer) {
        ParsedDocument doc = loaded(prefix);
        assertEquals(number, doc.metadata().number().canonical());
        assertEquals(issuer, doc.metadata().issuer());
        assertEquals("Resolution", doc.metadata().kind());
        var iris = select("SELECT DISTINCT ?d { ?d eli:number ?n FILTER(REPLACE(?n, \"[-/]\", \"\") = \""
                + number.replaceAll("[-/]", "") + "\") }");
        assertEquals(List.of(doc.documentIri()), iris.stream().map(r -> r.getResource("d").getURI()).toList(),
                "the loaded text and every citation of " + number + " are one document");
        var numbers = select("SELECT DISTINCT ?n { <" + doc.documentIri() + "> eli:number ?n }");
        assertEquals(1, numbers.size(), numbers.toString());
        // cited by other files: the stub is this very document, now with a source file and a title
        var citing = select("SELECT DISTINCT ?f { ?c nq:citedDocument <" + doc.documentIri() + "> ; nq:sourceFile/nq:fileName ?f "
                + "FILTER(?f != \"" + doc.source().fileName() + "\") }");
        assertFalse(citing.isEmpty(), "other plans cite " + number);
        assertFalse(select("SELECT ?t { <" + doc.documentIri() + "> dcterms:title ?t ; nq:sourceFile ?s }").isEmpty());
    }

    @Test
    void resolution57IsOneDocumentWithItsFullText() {
        oneDocumentLoadedAndCited("nq57", "57-NQ/TW", "Bộ Chính trị");
        assertEquals("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                loaded("nq57").metadata().title());
        assertTrue(loaded("nq57").documentIri().endsWith("/2024/57-nq-tw"));
    }

    @Test
    void resolution03IsOneDocumentAndStatesItsOwnBasis() {
        oneDocumentLoadedAndCited("nq03", "03/NQ-CP", "Chính phủ");
        String iri = loaded("nq03").documentIri();
        assertFalse(select("SELECT ?x { <" + iri + "> eli:based_on ?x ; nq:derivesFrom ?x . ?x eli:number \"57-NQ/TW\" }").isEmpty());
        assertTrue(select("SELECT ?x { <" + iri + "> nq:derivesFrom ?x . ?x eli:number ?n FILTER(?n != \"57-NQ/TW\") }").isEmpty(),
                "03/NQ-CP derives from 57-NQ/TW only: the decrees its tasks name are cited");
    }
}
