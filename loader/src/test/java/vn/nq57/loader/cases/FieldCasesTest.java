package vn.nq57.loader.cases;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.ontology.Vocab;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The field cases of {@code shared/cases/README.md} (small inputs cut from real public documents, copied into
 * {@code src/test/resources/cases}), each loaded alone as a user would, checked against the README's correct extraction.
 */
class FieldCasesTest {
    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    /** A case file parsed alone: its document and the graph of the run. */
    record Case(ParsedDocument doc, Model graph, Loader.Run run) {
        DocumentMetadata meta() { return doc.metadata(); }

        /** "relation number" of every direct link from the document, sorted: "based_on 57-NQ/TW". */
        List<String> links() {
            return select("""
                    SELECT ?rel ?n { ?d ?p ?o . ?o eli:number ?n .
                      VALUES (?p ?rel) { (eli:based_on "based_on") (eli:applies "applies") (eli:cites "cites")
                                         (eli:amends "amends") (dcterms:replaces "replaces") } }""".replace("?d", "<" + doc.documentIri() + ">"))
                    .stream().map(s -> s.getLiteral("rel").getString() + " " + s.getLiteral("n").getString()).sorted().toList();
        }

        List<QuerySolution> select(String query) {
            try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        }

        boolean ask(String query) {
            try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
                return qe.execAsk();
            }
        }
    }

    static Case load(String name) throws Exception {
        Loader.Run run = new Loader().parse(List.of(fixture(name)));
        assertTrue(run.report().conforms(), run.report().toText());
        return new Case(run.documents().getFirst(), ModelFactory.createModelForGraph(run.dataset().getUnionGraph()), run);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(FieldCasesTest.class.getResource("/cases/" + name + ".txt").toURI());
    }

    @Test
    void headerFlattenedIntoPipeCellsBehindTheWebsitesRows() throws Exception {
        Case c = load("header_pipe_flattened");
        assertEquals("31/KH-UBND", c.meta().number().canonical());
        assertEquals("31/KH-UBND", c.meta().numberRaw(), "no trailing cell pipe");
        assertEquals("KH", c.meta().kindCode());
        assertEquals(LocalDate.of(2026, 1, 27), c.meta().date());
        assertEquals("UBND Thành phố Hồ Chí Minh", c.meta().issuer());
        assertEquals("province", c.meta().issuerLevel());
        assertEquals("Hồ Chí Minh", c.meta().area().province());
        assertEquals(List.of("based_on 57-NQ/TW"), c.links());
        assertTrue(c.doc().documentIri().contains("/2026/31-kh-ubnd"), c.doc().documentIri());
        assertFalse(c.meta().title().contains("|"));
    }

    @Test
    void letterNumberedWithoutAColonUnderBoldIssuerLines() throws Exception {
        Case c = load("header_number_without_colon");
        assertEquals("402-CV/VPĐU", c.meta().number().canonical());
        assertEquals("CV", c.meta().kindCode());
        assertEquals("OfficialLetter", c.meta().kind());
        assertEquals(LocalDate.of(2025, 5, 25), c.meta().date());
        assertEquals("Văn phòng Đảng ủy Chính phủ", c.meta().issuer());
        assertEquals(List.of("cites 15000-CV/VPTW", "cites 57-NQ/TW"), c.links());
        assertFalse(c.ask("ASK { ?c a nq:Citation ; nq:citedDocument/eli:number \"402-CV/VPĐU\" }"), "no self-citation");
        assertTrue(c.ask("ASK { ?d eli:number \"57-NQ/TW\" FILTER(?d = <https://w3id.org/nq57/id/doc/viet-nam/undated/57-nq-tw>"
                        + " || STRENDS(STR(?d), \"/2024/57-nq-tw\") || STRENDS(STR(?d), \"/undated/57-nq-tw\")) }"));
        assertFalse(c.ask("ASK { ?a nq:derivesFrom ?b }"), "a letter asking for comments derives from nothing");
        // the auditor's evidence is the subject line that names the resolution, not the header lines above it
        var quote = c.select("SELECT ?q ?from ?to { ?c nq:citedDocument/eli:number \"57-NQ/TW\" ; nq:verbatim ?q ;"
                + " nq:lineStart ?from ; nq:lineEnd ?to }");
        assertEquals(1, quote.size(), quote.toString());
        assertEquals(4, quote.getFirst().getLiteral("from").getInt(), quote.toString());
        assertEquals(4, quote.getFirst().getLiteral("to").getInt(), quote.toString());
        assertTrue(quote.getFirst().getLiteral("q").getString().startsWith("V/v xin ý kiến"), quote.toString());
    }

    @Test
    void documentsNamedInRowsResultsAndFootnotesAreCitedNotUpstream() throws Exception {
        Case c = load("body_mention_as_upstream");
        List<String> links = c.links();
        assertEquals(List.of("based_on 57-NQ/TW"), links.stream().filter(l -> !l.startsWith("cites")).toList(), links.toString());
        assertEquals(1, c.select("SELECT ?up { <" + c.doc().documentIri() + "> nq:derivesFrom ?up }").size());
        // numbers inside rows are the tasks' citations
        assertTrue(c.ask("ASK { ?t a nq:Task ; nq:citesDocument/eli:number \"929/QĐ-TTg\" }"));
        assertTrue(c.ask("ASK { ?t a nq:Task ; nq:citesDocument/eli:number \"45-NQ/TW\" }"));
        assertTrue(c.ask("ASK { ?t a nq:Task ; nq:citesDocument/eli:number \"1709/BKHCN-CĐSQG\" }"), "an output is cited");
        // the footnote states a replacement between two other documents, with its quote
        var rows = c.select("""
                SELECT ?q { ?a eli:number "929/QĐ-TTg" ; dcterms:replaces ?b . ?b eli:number "598/QĐ-TTg" .
                            ?c nq:citingDocument ?a ; nq:citedDocument ?b ; nq:relation dcterms:replaces ; nq:verbatim ?q }""");
        assertEquals(1, rows.size());
        assertTrue(rows.getFirst().getLiteral("q").getString().contains("thay thế"));
        assertFalse(c.ask("ASK { ?a eli:number \"929/QĐ-TTg\" ; nq:derivesFrom ?b }"), "replacement is not lineage");
    }

    @Test
    void aPartyProgrammeNamedTwiceWithTheProvinceImplicitIsOneDocument() throws Exception {
        Case c = load("party_issuer_scope_split");
        var docs = c.select("SELECT DISTINCT ?d { ?d eli:number ?n FILTER(UCASE(?n) = \"10-CTR/TU\") }");
        assertEquals(1, docs.size(), docs.toString());
        String iri = docs.getFirst().getResource("d").getURI();
        assertTrue(iri.contains("/dong-thap/2025/"), iri);
        assertFalse(iri.contains("/uy-"), iri);
        assertTrue(c.ask("ASK { ?d nq:issuerName \"Ban Thường vụ Tỉnh ủy Đồng Tháp\"@vi FILTER(?d = <" + iri + ">) }"));
        var quotes = c.select("SELECT ?rel ?q { ?c nq:citedDocument <" + iri + "> ; nq:relation ?rel ; nq:verbatim ?q }");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(c.ask("ASK { <" + c.doc().documentIri() + "> eli:applies <" + iri + "> ; eli:based_on <" + iri + "> }"));
        assertEquals(1, c.select("SELECT DISTINCT ?d { ?d eli:number \"57-NQ/TW\" }").size());
    }

    @Test
    void aBasisListUnderACanCuHeadingIsBasis() throws Exception {
        Case c = load("basis_list_without_can_cu");
        assertEquals(List.of("based_on 05-NQ/TU", "based_on 146/QĐ-TTg", "based_on 749/QĐ-TTg"), c.links());
        assertTrue(c.ask("ASK { ?d eli:number \"749/QĐ-TTg\" ; eli:date_document \"2020-06-03\"^^xsd:date }"));
        assertTrue(c.ask("ASK { ?d eli:number \"05-NQ/TU\" ; nq:area/rdfs:label ?l FILTER(CONTAINS(?l, \"Hà Tĩnh\")) }"));
        assertTrue(c.ask("ASK { ?d eli:number \"146/QĐ-TTg\" ; eli:date_document \"2022-01-28\"^^xsd:date }"));
    }

    @Test
    void replacementIsItsOwnRelationAndTheTitleStopsBeforeIt() throws Exception {
        Case c = load("replaces_wording");
        assertEquals("thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", c.meta().title());
        List<String> links = c.links();
        assertTrue(links.contains("replaces 36/KH-UBND"), links.toString());
        assertTrue(links.contains("based_on 57-NQ/TW"), links.toString());
        assertFalse(links.stream().anyMatch(l -> l.matches("(based_on|applies) (36/KH-UBND|929/QĐ-TTg|598/QĐ-TTg)")), links.toString());
        assertTrue(c.ask("ASK { ?a eli:number \"929/QĐ-TTg\" ; dcterms:replaces ?b . ?b eli:number \"598/QĐ-TTg\" }"));
        assertFalse(c.ask("ASK { <" + c.doc().documentIri() + "> nq:derivesFrom ?x . ?x eli:number \"36/KH-UBND\" }"));
        assertTrue(c.ask("ASK { ?d eli:number \"36/KH-UBND\" ; nq:issuerName \"UBND tỉnh Quảng Ngãi\"@vi }"));
    }

    @Test
    void theReportAsksAPersonToCheckWhatTheHeaderLeavesUnclear(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path unclear = dir.resolve("unclear.txt");
        java.nio.file.Files.writeString(unclear, """
                ỦY BAN NHÂN DÂN
                XÃ YÊN BÌNH
                Yên Bình, ngày 31 tháng 02 năm 2025
                Tổng hợp các nhiệm vụ chuyển đổi số của xã.
                """);
        var report = new Loader().parse(List.of(unclear)).report();
        var checks = report.documents().getFirst().checks();
        assertTrue(checks.stream().anyMatch(c -> c.startsWith("kind not stated")), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.startsWith("number not found")), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.contains("not a calendar date")), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.contains("no upstream")), checks.toString());
        assertTrue(report.toText().contains("CHECK       kind not stated"), report.toText());
        // a clear header asks for nothing
        assertEquals(List.of(), load("basis_list_without_can_cu").run().report().documents().getFirst().checks());
    }
}
