package vn.nq57.loader.read;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.RealDocuments;
import vn.nq57.loader.reference.Reference;
import vn.nq57.loader.rows.TaskRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Ministry of Justice's real files, as published, read from {@code ../shared/extra/formats/} (never committed):
 * the same tasks come out of the Word appendix as out of the text rendering, the decision's references out of its
 * PDF, the scanned plan's number and "Căn cứ" references through OCR. Skipped, saying so, where the files are absent.
 */
class RealFormatsTest {
    static final Path FORMATS = RealDocuments.root().resolve("../shared/extra/formats").normalize();
    static final Path TEXT = RealDocuments.root().resolve("../shared/extra/qd877-btp_kh-thuc-hien-nq03.txt").normalize();
    static ParsedDocument text;

    @BeforeAll
    static void readTheTextRendering() throws Exception {
        assumeTrue(Files.isDirectory(FORMATS) && Files.exists(TEXT),
                "the real files are absent: " + FORMATS + " and " + TEXT + " (CI has them; they are never committed)");
        text = parse(TEXT);
    }

    static ParsedDocument parse(Path file) throws Exception {
        return new Loader().parse(List.of(file)).documents().getFirst();
    }

    static List<String> tasks(ParsedDocument d) {
        return d.rows().tasks().stream().map(t -> String.join(" | ", t.ordinal(), t.name(), t.lead(), t.coordinating(),
                t.deadline())).toList();
    }

    @Test
    void theWordAppendixGivesTheSameTasksAsTheTextRendering() throws Exception {
        ParsedDocument appendix = parse(FORMATS.resolve("phuluckhnghiquyetso03202theochidaobt.docx"));
        List<String> fromWord = tasks(appendix), fromText = tasks(text);
        assertEquals(fromText.size(), fromWord.size(), String.join("\n", fromWord));
        assertEquals(fromText, fromWord);
        // 31 tasks in groups I–VII, and group VII is itself a task row with its lead (the "+1").
        assertTrue(fromWord.size() >= 31, "tasks: " + fromWord.size());
        long groups = appendix.rows().tasks().stream().map(TaskRow::section).filter(java.util.Objects::nonNull).distinct().count();
        assertTrue(groups >= 6, "groups: " + groups);
        for (TaskRow t : appendix.rows().tasks()) {
            Origin o = appendix.source().origin(t.span().start());
            assertTrue(o.table() > 0 && o.row() > 1, t.ordinal() + " " + t.name() + " comes from " + o);
        }
    }

    @Test
    void theDecisionsPdfGivesItsNumberAndReferences() throws Exception {
        ParsedDocument pdf = parse(FORMATS.resolve("q877.pdf"));
        ParsedDocument word = parse(FORMATS.resolve("qdkhnghiquyetso03202theochidaobt.docx"));
        assertEquals("877/QĐ-BTP", pdf.metadata().number().canonical());
        assertEquals(word.metadata().number().canonical(), pdf.metadata().number().canonical());
        assertEquals(word.metadata().issuer(), pdf.metadata().issuer());
        List<String> fromPdf = pdf.references().stream().map(Reference::key).sorted().distinct().toList();
        List<String> fromWord = word.references().stream().map(Reference::key).sorted().distinct().toList();
        assertEquals(fromWord, fromPdf);
        // "Căn cứ Nghị định số 39/2025/NĐ-CP …", "Căn cứ Nghị quyết số 03/NQ-CP …"
        assertTrue(fromPdf.stream().anyMatch(k -> k.startsWith("39|NĐ|CP")), fromPdf.toString());
        assertTrue(fromPdf.stream().anyMatch(k -> k.startsWith("3|NQ|CP")), fromPdf.toString());
        assertFalse(pdf.source().hasOcr(), "a PDF with a text layer is not OCR'd");
        assertEquals(1, pdf.source().origin(1).page());
    }

    @Test
    void theScannedPlanIsReadByOcrWithItsNumberAndCanCuReferences() throws Exception {
        assumeTrue(vn.nq57.loader.read.ocr.Tesseract.available(),
                "needs Tesseract with its Vietnamese model (Debian tesseract-ocr, tesseract-ocr-vie)");
        ParsedDocument scan = parse(FORMATS.resolve("tochuctrienkhai.pdf"));
        assertTrue(scan.source().origins().stream().allMatch(Origin::ocr), "every page is a scan");
        assertNotNull(scan.metadata().number(), String.join("\n", scan.source().lines().subList(0, 12)));
        assertTrue(scan.metadata().number().canonical().startsWith("05/KH"), scan.metadata().number().canonical());
        List<String> refs = scan.references().stream().map(Reference::key).toList();
        // "Căn cứ Quyết định số 05/QĐ-TTg …", "… 1622/QĐ-TTg …", "Chỉ thị số 60/CT-BTTTT …"
        assertTrue(refs.size() >= 3, refs.toString());
        assertTrue(refs.stream().anyMatch(k -> k.contains("1622")), refs.toString());
        assertTrue(refs.stream().anyMatch(k -> k.startsWith("60|CT|")), refs.toString());
        // "Quyết định số 3131/QĐ-BTP", which the scan prints "313 1/QĐĐ-BTP": one number, not 1/QĐ-BTP
        assertTrue(refs.stream().anyMatch(k -> k.startsWith("3131|")), refs.toString());
        assertFalse(refs.stream().anyMatch(k -> k.startsWith("1|QĐ|")), refs.toString());
        // its kind heading as OCR reads it ("KÉẺ HOẠCH") is the heading, not the title's first words
        assertEquals("Plan", scan.metadata().kind());
        assertFalse(scan.metadata().title().toUpperCase().contains("HOẠCH"), scan.metadata().title());
        // the scan holds only the last page of its task table, without the header row: its rows are still tasks,
        // led by the Cục, due in the fourth quarter
        assertTrue(scan.rows().tasks().size() >= 3, scan.rows().tasks().toString());
        assertTrue(scan.rows().tasks().stream().allMatch(t -> t.lead() != null && t.lead().contains("Công nghệ thông tin")),
                scan.rows().tasks().toString());
        // … and the rows before that page are not in the file: the report says which are missing
        List<String> gaps = vn.nq57.loader.rows.NumberingGaps.of(scan.rows(), scan.source());
        assertTrue(gaps.stream().anyMatch(g -> g.startsWith("rows 1–4 of a table are missing: its numbering starts at 5")),
                gaps.toString());
        // the words Tesseract was unsure of are on OCR lines that hold them, and the report lists them to check
        assertFalse(scan.source().doubts().isEmpty(), "a real scan has words recognised with low confidence");
        for (SourceText.Doubt d : scan.source().doubts()) {
            assertTrue(scan.source().origin(d.line()).ocr() && scan.source().line(d.line()).contains(d.word()), d.toString());
            assertTrue(d.confidence() < vn.nq57.loader.read.ocr.RecognisedPage.DOUBTFUL, d.toString());
        }
        assertTrue(Loader.ocrDoubts(scan.source()).orElseThrow().startsWith(
                "OCR recognised " + scan.source().doubts().size() + " words with low confidence"));
    }

    @Test
    void aScanWhoseOnlyTextIsTheSignatureStampIsOcrd() throws Exception {
        assumeTrue(vn.nq57.loader.read.ocr.Tesseract.available(),
                "needs Tesseract with its Vietnamese model (Debian tesseract-ocr, tesseract-ocr-vie)");
        ParsedDocument dispatch = parse(FORMATS.resolve("29_CD-TTg_03042025-signed.pdf"));
        assertTrue(dispatch.source().hasOcr());
        String all = String.join("\n", dispatch.source().lines());
        assertTrue(all.contains("lừa đảo") || all.contains("lừa"), all.substring(0, Math.min(600, all.length())));
    }
}
