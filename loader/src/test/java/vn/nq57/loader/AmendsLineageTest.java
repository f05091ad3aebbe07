package vn.nq57.loader;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.ontology.Vocab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * "sửa đổi, bổ sung" on the real documents. None of the six states that 71/NQ-CP amends 03/NQ-CP (the Tân Lợi plan's
 * "92/KH-UBND … về việc sửa đổi, bổ sung cập nhật Kế hoạch của UBND tỉnh …" amends a plan it gives no number for), so
 * they are loaded once as they are and once beside one more plan whose preamble states the hop: then 71/NQ-CP climbs
 * to 57-NQ/TW through eli:amends and the 03/NQ-CP → 57-NQ/TW link the Trung Hội plan states.
 */
class AmendsLineageTest {
    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());
    static final String AMENDING_PLAN = "zz-amending-plan.txt";

    @TempDir
    static Path dir;
    static Loader.Run real, withAmendment;

    @BeforeAll
    static void load() throws Exception {
        real = new Loader().parse(List.of(RealDocuments.sources()));
        Path plan = dir.resolve(AMENDING_PLAN);
        Files.writeString(plan, """
                ỦY BAN NHÂN DÂN
                XÃ AN BÌNH
                Số: 12/KH-UBND
                An Bình, ngày 05 tháng 3 năm 2026

                KẾ HOẠCH
                Chuyển đổi số trên địa bàn xã An Bình năm 2026

                Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ;
                I. MỤC ĐÍCH, YÊU CẦU
                Nội dung chỉ có văn xuôi.
                """);
        withAmendment = new Loader().parse(List.of(RealDocuments.sources(), plan));
    }

    static List<QuerySolution> select(Loader.Run run, String query) {
        Model union = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static boolean ask(Loader.Run run, String query) {
        Model union = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void theRealDocumentsStateNoAmendmentOfANumberedDocument() {
        assertTrue(real.report().conforms(), real.report().toText());
        assertEquals(List.of(), select(real, "SELECT ?a ?b { ?a eli:amends ?b }"));
        // the province plan applies 71/NQ-CP: its "sửa đổi, bổ sung" is about an unnumbered plan, not about 71/NQ-CP
        assertTrue(ask(real, """
                ASK { ?p eli:number "92/KH-UBND" ; eli:applies ?n . ?n eli:number "71/NQ-CP" .
                      FILTER NOT EXISTS { ?p eli:amends ?n } }"""));
    }

    @Test
    void anAmendmentStatedOfTwoCitedDocumentsLinksThemAndConforms() {
        assertTrue(withAmendment.report().conforms(), withAmendment.report().toText());
        var rows = select(withAmendment, """
                SELECT ?citing ?verbatim ?start ?file WHERE {
                  ?a eli:number "71/NQ-CP" ; eli:amends ?b ; nq:derivesFrom ?b . ?b eli:number "03/NQ-CP" .
                  ?c a nq:Citation ; nq:citingDocument ?a ; nq:citedDocument ?b ; nq:relation eli:amends ;
                     nq:verbatim ?verbatim ; nq:lineStart ?start ; nq:sourceFile/nq:fileName ?file .
                  ?plan nq:sourceFile/nq:fileName ?file ; eli:based_on ?a .
                  BIND(?plan AS ?citing)
                }""");
        assertEquals(1, rows.size(), rows.toString());
        QuerySolution row = rows.getFirst();
        assertEquals(AMENDING_PLAN, row.getLiteral("file").getString(), "the citation is stated by the plan that says it");
        assertEquals(9, row.getLiteral("start").getInt());
        assertTrue(row.getLiteral("verbatim").getString().startsWith("Căn cứ Nghị quyết số 71/NQ-CP"));
        assertEquals(1, select(withAmendment, "SELECT DISTINCT ?a { ?a eli:number \"71/NQ-CP\" }").size(),
                "the plan's 71/NQ-CP is the one the real documents cite");
    }

    @Test
    void resolution71ReachesResolution57ThroughTheAmendment() {
        assertFalse(ask(real, """
                ASK { ?a eli:number "71/NQ-CP" ; nq:derivesFrom+ ?top . ?top eli:number "57-NQ/TW" }"""),
                "without a statement 71/NQ-CP is a top document");
        assertTrue(ask(withAmendment, """
                ASK { ?a eli:number "71/NQ-CP" ; eli:amends ?b .
                      ?b (eli:based_on|eli:applies|eli:is_part_of|eli:amends)+ ?top . ?top eli:number "57-NQ/TW" .
                      ?a nq:derivesFrom+ ?top }"""));
        // and so does the Tân Lợi plan along the chain docs/ontology.md draws: 92/KH-UBND → 71/NQ-CP → 03/NQ-CP → 57-NQ/TW
        assertTrue(ask(withAmendment, """
                ASK { ?tanLoi nq:sourceFile/nq:fileName ?f . FILTER(STRSTARTS(?f, "001"))
                      ?tanLoi eli:based_on ?p92 . ?p92 eli:number "92/KH-UBND" ; eli:applies ?n71 .
                      ?n71 eli:number "71/NQ-CP" ; eli:amends ?n03 . ?n03 eli:applies ?n57 . ?n57 eli:number "57-NQ/TW" }"""));
    }
}
