package vn.nq57.loader.cases;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.report.DocumentReport;
import vn.nq57.loader.validate.ShapeViolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Cuts of real documents that lack their header, and documents attached to another ("(Kèm theo Nghị quyết số …)"):
 * the loader accepts them with what is missing said in the report (SHACL warnings, never violations, so the upload
 * accepts them too), mints no IRI with a placeholder segment ("area/_/_"), and reads "Kèm theo" as part-of, not basis.
 * Runs on the two field cases of {@code shared/cases} (copied under {@code src/test/resources/cases}) and on fixtures
 * built here in other wordings.
 */
class CutsAndAttachmentsTest {

    @Test
    void aProgrammeAttachedToAResolutionIsPartOfItNotBasedOnIt() throws Exception {
        FieldCasesTest.Case c = FieldCasesTest.load("prose_lettered_tasks");
        assertEquals(5, c.run().report().tasks());
        String doc = "<" + c.doc().documentIri() + ">";
        assertTrue(c.ask("ASK { " + doc + " eli:is_part_of ?p . ?p eli:number \"03/NQ-CP\" }"), c.links().toString());
        assertFalse(c.ask("ASK { " + doc + " eli:based_on|eli:applies|eli:cites ?p . ?p eli:number \"03/NQ-CP\" }"),
                c.links().toString());
        assertTrue(c.ask("ASK { " + doc + " nq:derivesFrom ?p . ?p eli:number \"03/NQ-CP\" }"), "lineage goes through it");
        assertEquals("Chính phủ", c.meta().issuer(), "an attached programme is issued by the issuer of what it is attached to");
        assertNoPlaceholderIri(c.graph());
        assertNoViolation(c.run());
    }

    @Test
    void anAppendixCutWithItsCaptionOnlyConformsWithItsLeads() throws Exception {
        FieldCasesTest.Case c = FieldCasesTest.load("column_variants_lead_status");
        assertEquals(3, c.run().report().tasks());
        assertEquals(3, c.select("SELECT DISTINCT ?u { ?t a nq:Task ; nq:leadUnit ?u }").size());
        assertNoPlaceholderIri(c.graph());
        assertNoViolation(c.run());
    }

    /** A bare table cut from a plan: no header, no caption. Loaded, with the missing issuer said, no area invented. */
    @Test
    void aTableCutWithoutHeaderIsLoadedWithWarningsAndNoInventedArea(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("bang-nhiem-vu.txt");
        Files.writeString(cut, """
                | STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
                |---|---|---|---|
                | 1 | Rà soát hạ tầng mạng của các cơ quan | Sở Khoa học và Công nghệ | Quý II/2026 |
                | 2 | Số hóa hồ sơ thủ tục hành chính | Văn phòng Ủy ban | Tháng 9/2026 |
                """);
        Loader.Run run = new Loader().parse(List.of(cut));
        assertEquals(2, run.report().tasks(), run.report().toText());
        assertNoViolation(run);
        assertFalse(run.report().violations().isEmpty(), "the missing issuer is reported as a warning");
        DocumentReport report = run.report().documents().getFirst();
        assertTrue(report.checks().stream().anyMatch(s -> s.startsWith("issuer not found")), report.checks().toString());
        Model graph = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        assertNoPlaceholderIri(graph);
        assertFalse(graph.contains(graph.createResource(run.documents().getFirst().documentIri()),
                vn.nq57.ontology.NQ.area), "no area is invented");
        assertTrue(run.report().toText().contains("SHACL: conforms ("), run.report().toText());
    }

    /** A commune whose province the text does not name: an area of its own name, with its level, never "_/…". */
    @Test
    void aCommuneWithoutItsProvinceGetsAWellFormedArea(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("ke-hoach-xa.txt");
        Files.writeString(plan, """
                ỦY BAN NHÂN DÂN
                XÃ HÒA BÌNH
                Số: 12/KH-UBND
                Hòa Bình, ngày 05 tháng 3 năm 2026

                KẾ HOẠCH
                Chuyển đổi số năm 2026

                Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;

                | STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
                |---|---|---|---|
                | 1 | Số hóa hồ sơ thủ tục hành chính | Văn phòng HĐND và UBND xã | Tháng 9/2026 |
                """);
        Loader.Run run = new Loader().parse(List.of(plan));
        assertTrue(run.report().conforms(), run.report().toText());
        Model graph = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        assertNoPlaceholderIri(graph);
        FieldCasesTest.Case c = new FieldCasesTest.Case(run.documents().getFirst(), graph, run);
        assertTrue(c.ask("ASK { <" + c.doc().documentIri() + "> nq:area ?a . ?a nq:level nq:commune ; rdfs:label ?l }"));
    }

    /** "(Kèm theo Quyết định số …)" under a plan's title in another wording: part of the decision; its Căn cứ stays. */
    @Test
    void aPlanAttachedToADecisionIsPartOfItAndKeepsItsBasis(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("ke-hoach-kem-quyet-dinh.txt");
        Files.writeString(plan, """
                ỦY BAN NHÂN DÂN
                TỈNH LÂM ĐỒNG

                KẾ HOẠCH
                Triển khai chuyển đổi số trong cơ quan nhà nước năm 2026
                (Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 03/02/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)

                I. CĂN CỨ
                - Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.

                II. NHIỆM VỤ
                | STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
                |---|---|---|---|
                | 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Tháng 12/2026 |
                """);
        Loader.Run run = new Loader().parse(List.of(plan));
        assertNoViolation(run);
        Model graph = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        FieldCasesTest.Case c = new FieldCasesTest.Case(run.documents().getFirst(), graph, run);
        String doc = "<" + c.doc().documentIri() + ">";
        assertTrue(c.ask("ASK { " + doc + " eli:is_part_of ?p . ?p eli:number \"45/QĐ-UBND\" }"), c.links().toString());
        assertFalse(c.ask("ASK { " + doc + " eli:based_on ?p . ?p eli:number \"45/QĐ-UBND\" }"), c.links().toString());
        assertTrue(c.links().contains("based_on 57-NQ/TW"), c.links().toString());
        assertTrue(c.ask("ASK { " + doc + " nq:derivesFrom ?p . ?p eli:number \"57-NQ/TW\" }"));
        assertNoPlaceholderIri(graph);
    }

    private static void assertNoViolation(Loader.Run run) {
        List<ShapeViolation> errors = run.report().errors();
        assertTrue(errors.isEmpty(), run.report().toText());
        assertTrue(run.report().conforms(), run.report().toText());
    }

    /** No IRI of the graph has a placeholder path segment "_" ({@code area/_/_}, {@code unit/_/…}). */
    static void assertNoPlaceholderIri(Model graph) {
        Set<String> bad = new TreeSet<>();
        graph.getGraph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject()))
                if (n.isURI() && n.getURI().matches(".*/_(?:/.*)?$")) bad.add(n.getURI());
        });
        assertEquals(Set.of(), bad);
    }
}
