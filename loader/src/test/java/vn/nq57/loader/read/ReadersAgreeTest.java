package vn.nq57.loader.read;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.reference.Reference;
import vn.nq57.loader.rows.TaskRow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same plan as text, Word and PDF gives the same tasks, leads, deadlines and references; each reader's lines
 * point back into the original (table row, page and line); a scan is read by OCR and marked so.
 */
class ReadersAgreeTest {
    @TempDir
    static Path dir;
    static ParsedDocument txt;

    @BeforeAll
    static void readText() throws Exception {
        txt = parse(PlanFixtures.write(dir, "ke-hoach-45.txt", PlanFixtures.text().getBytes(StandardCharsets.UTF_8)));
    }

    static ParsedDocument parse(Path file) throws Exception {
        return new Loader().parse(List.of(file)).documents().getFirst();
    }

    /** What users rely on from a task: its number, name, lead, coordinating units and deadline. */
    static List<String> tasks(ParsedDocument d) {
        return d.rows().tasks().stream().map(t -> String.join(" | ", t.ordinal(), t.name(), t.lead(), t.coordinating(),
                t.deadline())).toList();
    }

    static List<String> references(ParsedDocument d) {
        return d.references().stream().map(Reference::key).sorted().toList();
    }

    @Test
    void theTextPlanGivesItsThreeTasksAndTwoReferences() {
        List<String> tasks = tasks(txt);
        assertEquals(3, tasks.size(), String.join("\n", tasks));
        assertTrue(tasks.get(1).contains("Sở Nông nghiệp và Môi trường"), tasks.get(1));
        assertTrue(tasks.get(0).contains("Tháng 6/2025"), tasks.get(0));
        assertEquals("45/KH-UBND", txt.metadata().number().canonical());
        assertEquals(2, references(txt).size(), references(txt).toString());
    }

    @Test
    void wordGivesTheSameTasksAndReferencesWithNumberingAndMergedCellsResolved() throws Exception {
        Path file = PlanFixtures.write(dir, "ke-hoach-45.docx", PlanFixtures.docx());
        ParsedDocument docx = parse(file);
        assertEquals(DocumentFormat.DOCX, docx.source().format());
        assertEquals(tasks(txt), tasks(docx), String.join("\n", docx.source().lines()));
        assertEquals(references(txt), references(docx));
        assertEquals(txt.metadata().number().canonical(), docx.metadata().number().canonical());
        assertEquals(txt.metadata().issuer(), docx.metadata().issuer());
        // The numbering exists only in numbering.xml, yet the text reads "I.", "1.", "a)".
        List<String> lines = docx.source().lines();
        assertTrue(lines.contains("I. MỤC ĐÍCH, YÊU CẦU"), lines.toString());
        assertTrue(lines.contains("1. Mục đích"), lines.toString());
        assertTrue(lines.contains("b) Phân công rõ đơn vị chủ trì, thời hạn hoàn thành."), lines.toString());
        assertTrue(lines.contains("II. NHIỆM VỤ CỤ THỂ"), lines.toString());
        // Provenance: task 2 comes from row 4 of the second table (header, group row, task 1, task 2).
        TaskRow second = docx.rows().tasks().get(1);
        Origin origin = docx.source().origin(second.span().start());
        assertEquals(2, origin.table());
        assertEquals(4, origin.row());
        assertFalse(origin.ocr());
        assertEquals("bảng 2, hàng 4", origin.describe());
        // Task 3's Word footnote is resolved onto the task, and its mark is not part of the name.
        TaskRow third = docx.rows().tasks().get(2);
        assertEquals(List.of(PlanFixtures.FOOTNOTE), third.footnotes(), third.toString());
        assertEquals(PlanFixtures.ROWS.get(3).get(1), third.name());
        // ... and the graph says so beside the line numbers, for an auditor with the Word file in hand.
        assertTrue(docx.graph().contains(null, vn.nq57.ontology.NQ.sourceLocation,
                docx.graph().createLiteral("bảng 2, hàng 4", "vi")), "no nq:sourceLocation for task 2");
        assertFalse(txt.graph().listStatements(null, vn.nq57.ontology.NQ.sourceLocation, (org.apache.jena.rdf.model.RDFNode) null).hasNext(),
                "a text file's line numbers are its location");
    }

    @Test
    void aWebCopyGivesTheSameTasksWithItsSourceLines() throws Exception {
        String html = PlanFixtures.html();
        ParsedDocument page = parse(PlanFixtures.write(dir, "ke-hoach-45.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentFormat.HTML, page.source().format());
        assertEquals(tasks(txt), tasks(page));
        assertEquals(references(txt), references(page));
        assertFalse(String.join("\n", page.source().lines()).contains("không phải văn bản"), "scripts are not text");
        assertFalse(page.source().lines().contains("Trang chủ | Văn bản"), "navigation is not text");
        // Task 3's line comes from the HTML line holding its <tr>.
        TaskRow third = page.rows().tasks().get(2);
        int line = page.source().origin(third.span().start()).line();
        assertTrue(html.lines().toList().get(line - 1).contains(PlanFixtures.ROWS.get(3).get(1)), "line " + line);
    }

    @Test
    void aPdfWithATextLayerGivesTheSameTasksAndReferences() throws Exception {
        assumeTrue(Files.exists(PlanFixtures.FONT), "needs the DejaVu Sans font (Debian fonts-dejavu-core) at " + PlanFixtures.FONT);
        Path file = PlanFixtures.write(dir, "ke-hoach-45.pdf", PlanFixtures.textPdf());
        ParsedDocument pdf = parse(file);
        assertEquals(DocumentFormat.PDF, pdf.source().format());
        assertEquals(tasks(txt), tasks(pdf), String.join("\n", pdf.source().lines()));
        assertEquals(references(txt), references(pdf));
        assertEquals("45/KH-UBND", pdf.metadata().number().canonical());
        assertEquals(txt.metadata().issuer(), pdf.metadata().issuer());
        assertFalse(pdf.source().lines().contains("1"), "the page number is not text: " + pdf.source().lines());
        Origin origin = pdf.source().origin(pdf.rows().tasks().getFirst().span().start());
        assertEquals(1, origin.page());
        assertTrue(origin.line() > 10, origin.toString());
        assertFalse(origin.ocr());
    }

    @Test
    void aScannedPdfWhoseOnlyTextIsAStampIsReadByOcrAndMarkedSo() throws Exception {
        assumeTrue(Files.exists(PlanFixtures.FONT), "needs the DejaVu Sans font (Debian fonts-dejavu-core) at " + PlanFixtures.FONT);
        assumeTrue(vn.nq57.loader.read.ocr.Tesseract.available(),
                "needs Tesseract with its Vietnamese model (Debian tesseract-ocr, tesseract-ocr-vie)");
        Path file = PlanFixtures.write(dir, "ke-hoach-45-scan.pdf", PlanFixtures.scannedPdf());
        ParsedDocument scan = parse(file);
        assertTrue(scan.source().hasOcr(), "the stamp's text layer hid the scan: " + scan.source().lines());
        assertTrue(scan.source().origins().stream().allMatch(Origin::ocr));
        assertEquals("45/KH-UBND", scan.metadata().number().canonical(), String.join("\n", scan.source().lines()));
        assertEquals(references(txt), references(scan), String.join("\n", scan.source().lines()));
        assertTrue(scan.source().origin(1).describe().endsWith("(OCR)"));
        assertTrue(scan.graph().contains(null, vn.nq57.ontology.NQ.ocr, scan.graph().createTypedLiteral(true)),
                "the graph marks what was read by OCR");
    }

    /**
     * A scanned plan whose task table is ruled (the group row one cell across, a lead written once for two tasks, names
     * wrapped in their cells, the "TT" column's lone digits): its rows come out whole and give the tasks the text does.
     */
    @Test
    void aScannedPlansRuledTableGivesTheSameTasksAsTheText() throws Exception {
        assumeTrue(Files.exists(PlanFixtures.FONT), "needs the DejaVu Sans font (Debian fonts-dejavu-core) at " + PlanFixtures.FONT);
        assumeTrue(vn.nq57.loader.read.ocr.Tesseract.available(),
                "needs Tesseract with its Vietnamese model (Debian tesseract-ocr, tesseract-ocr-vie)");
        Path file = PlanFixtures.write(dir, "ke-hoach-45-scan-bang.pdf", PlanFixtures.scannedPlanWithRuledTablePdf());
        ParsedDocument scan = parse(file);
        String lines = String.join("\n", scan.source().lines());
        assertTrue(scan.source().hasOcr(), lines);
        assertEquals(tasks(txt), tasks(scan), lines);
        assertEquals(txt.rows().taskSections().stream().map(s -> s.number() + " " + s.title()).toList(),
                scan.rows().taskSections().stream().map(s -> s.number() + " " + s.title()).toList(), lines);
    }
}
