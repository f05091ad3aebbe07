package vn.nq57.loader.read;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.ontology.Iris;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A generated suite of malformed and hostile files: each is refused with an error naming the file (and the line,
 * where there is one), within seconds, and the store stays exactly as it was (same quads, compared as sorted
 * N-Quads). Also: identity never comes from a lossy slug of the file name, and a replace is explicit.
 */
class MalformedFilesTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static String before;

    @BeforeAll
    static void loadAGoodDocument() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        Path good = Files.createDirectories(dir.resolve("good"));
        PlanFixtures.write(good, "Kế hoạch 2026.txt", PlanFixtures.text().getBytes(StandardCharsets.UTF_8));
        new Loader().load(store, List.of(good));
        before = snapshot();
    }

    @AfterAll
    static void close() { store.close(); }

    static String snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, store.dataset().asDatasetGraph(), Lang.NQUADS);
            List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
            java.util.Collections.sort(lines);
            return String.join("\n", lines);
        });
    }

    static String plan(String extraLine) {
        return PlanFixtures.text().replace("III. TỔ CHỨC THỰC HIỆN\n", "III. TỔ CHỨC THỰC HIỆN\n" + extraLine + "\n");
    }

    /** A malformed file: its name, bytes, and a word the error must contain besides the name. */
    record Case(String name, byte[] bytes, String expected) {}

    static List<Case> cases() throws Exception {
        List<Case> c = new ArrayList<>();
        c.add(new Case("empty.docx", new byte[0], "empty"));
        c.add(new Case("blank.html", "<!DOCTYPE html><html><body> <script>x()</script> </body></html>".getBytes(StandardCharsets.UTF_8), "empty"));
        c.add(new Case("encrypted.docx", encryptedDocx(), "encrypted"));
        c.add(new Case("encrypted.pdf", encryptedPdf(), "encrypted"));
        c.add(new Case("truncated.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII), "PDF"));
        c.add(new Case("archive.docx", zip("notes.txt", "hello"), "not a Word document"));
        c.add(new Case("program.pdf", new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, (byte) 0xFF, (byte) 0xFE}, "named .pdf but its content is not PDF"));
        c.add(new Case("letter.doc", "{\\rtf1\\ansi Kế hoạch}".getBytes(StandardCharsets.UTF_8), "not Word (.doc)"));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        c.add(new Case("noise.txt", noise, "binary content"));
        c.add(new Case("cp1258.txt", plan("Kế hoạch triển khai").getBytes(java.nio.charset.Charset.forName("windows-1258")),
                "convert the file to UTF-8"));
        c.add(new Case("broken.docx", zip("word/document.xml", "<w:document><w:body><w:p>"), "Word"));
        c.add(new Case("ref-decimal.txt", plan("Ghi chú &#99999999999; hết").getBytes(StandardCharsets.UTF_8), "&#99999999999;"));
        c.add(new Case("ref-beyond.txt", plan("Ghi chú &#x110000; hết").getBytes(StandardCharsets.UTF_8), "not a Unicode character"));
        c.add(new Case("ref-40-hex.txt", plan("Ghi chú &#x" + "f".repeat(40) + "; hết").getBytes(StandardCharsets.UTF_8), "not a Unicode character"));
        c.add(new Case("ref-nul.txt", plan("Ghi chú &#0; hết").getBytes(StandardCharsets.UTF_8), "not a Unicode character"));
        c.add(new Case("ref-surrogate.md", plan("Ghi chú &#xD800; hết").getBytes(StandardCharsets.UTF_8), "not a Unicode character"));
        c.add(new Case("tcvn3-run.txt", plan("KÕ ho¹ch triÓn khai NghÞ quyÕt sè 57 cña Bé ChÝnh trÞ").getBytes(StandardCharsets.UTF_8), "TCVN3"));
        c.add(new Case("replacement.txt", plan("Nhi\uFFFDm v\uFFFD c\uFFFDa t\uFFFDnh").getBytes(StandardCharsets.UTF_8), "U+FFFD"));
        c.add(new Case("nul.txt", plan("Ghi chú \u0000 hết").getBytes(StandardCharsets.UTF_8), "NUL"));
        return c;
    }

    @TestFactory
    List<DynamicTest> eachMalformedFileIsRefusedByNameAndTheStoreIsUnchanged() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Path folder = Files.createDirectories(dir.resolve("case-" + c.name()));
                PlanFixtures.write(folder, c.name(), c.bytes());
                assertRefused(folder, c.name(), c.expected());
            }));
        }
        return tests;
    }

    static SourceException assertRefused(Path path, String name, String expected) {
        SourceException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(SourceException.class, () -> new Loader().load(store, List.of(path))));
        assertTrue(e.getMessage().startsWith(name + ":") || e.getMessage().contains(name), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(before, snapshot(), "the store changed after refusing " + name);
        return e;
    }

    @Test
    void theTcvn3RunIsNamedByItsLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("line"));
        String text = plan("KÕ ho¹ch triÓn khai NghÞ quyÕt sè 57 cña Bé ChÝnh trÞ");
        PlanFixtures.write(folder, "line.txt", text.getBytes(StandardCharsets.UTF_8));
        SourceException e = assertRefused(folder, "line.txt", "TCVN3");
        int expectedLine = text.lines().toList().indexOf("KÕ ho¹ch triÓn khai NghÞ quyÕt sè 57 cña Bé ChÝnh trÞ") + 1;
        assertEquals(expectedLine, e.line());
    }

    @Test
    void aHugeStatedCountIsNoCountAndNoCrash() throws Exception {
        String text = PlanFixtures.text().replace("Hoàn thiện thể chế và hạ tầng số", "Hoàn thiện thể chế và hạ tầng số (99999999999999999999 nhiệm vụ)");
        Path file = PlanFixtures.write(Files.createDirectories(dir.resolve("count")), "count.txt", text.getBytes(StandardCharsets.UTF_8));
        var run = new Loader().parse(List.of(file));
        assertEquals(3, run.documents().getFirst().rows().tasks().size());
        assertTrue(run.report().documents().getFirst().countMismatches().isEmpty());
    }

    @Test
    void aFifoIsRefusedByNameWithoutHanging() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fifo"));
        Path fifo = folder.resolve("plan.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        assertRefused(folder, "plan.txt", "not a regular file");
        assertRefused(fifo, "plan.txt", "not a regular file");
    }

    @Test
    void aLinkToADeviceOrOutOfTheFolderIsRefusedByName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("links"));
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Files.createSymbolicLink(folder.resolve("zero.txt"), zero);
        assertRefused(folder, "zero.txt", "not a regular file");
        Files.delete(folder.resolve("zero.txt"));

        Path outside = PlanFixtures.write(Files.createDirectories(dir.resolve("elsewhere")), "secret.txt",
                PlanFixtures.text().getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(folder.resolve("secret.txt"), outside);
        assertRefused(folder, "secret.txt", "points out of");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheLimit() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("large"));
        PlanFixtures.write(folder, "large.txt", PlanFixtures.text().getBytes(StandardCharsets.UTF_8));
        String old = System.getProperty(SourceFiles.MAX_BYTES_PROPERTY);
        System.setProperty(SourceFiles.MAX_BYTES_PROPERTY, "1000");
        try {
            assertRefused(folder, "large.txt", "too large");
        } finally {
            if (old == null) System.clearProperty(SourceFiles.MAX_BYTES_PROPERTY);
            else System.setProperty(SourceFiles.MAX_BYTES_PROPERTY, old);
        }
    }

    @Test
    void namesDifferingOnlyInDiacriticsOrPunctuationAreDifferentGraphs() {
        assertNotEquals(Iris.graph("Kế hoạch 2026.txt"), Iris.graph("ke-hoach_2026.txt"));
        assertNotEquals(Iris.graph("Ke hoach 2026.txt"), Iris.graph("ke-hoach-2026.txt"));
        assertNotEquals(Iris.sourceFile("Kế hoạch 2026.txt"), Iris.sourceFile("ke-hoach_2026.txt"));
        // NFD and NFC spellings of one name are one file name.
        assertEquals(Iris.graph("Kế hoạch.txt"), Iris.graph(java.text.Normalizer.normalize("Kế hoạch.txt", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void theSameDocumentUnderAnotherNameIsRefusedNotSilentlyMerged() throws Exception {
        // "ke-hoach_2026.txt" slugs like "Kế hoạch 2026.txt" (already loaded) and is the same plan: refused by name.
        Path folder = Files.createDirectories(dir.resolve("twin"));
        PlanFixtures.write(folder, "ke-hoach_2026.txt", PlanFixtures.text().getBytes(StandardCharsets.UTF_8));
        SourceException e = assertRefused(folder, "ke-hoach_2026.txt", "same document");
        assertTrue(e.getMessage().contains("Kế hoạch 2026.txt"), e.getMessage());
    }

    @Test
    void twoFilesOfOneNameInOneLoadAreRefused() throws Exception {
        Path a = Files.createDirectories(dir.resolve("twice/a")), b = Files.createDirectories(dir.resolve("twice/b"));
        PlanFixtures.write(a, "plan.txt", PlanFixtures.text().getBytes(StandardCharsets.UTF_8));
        PlanFixtures.write(b, "plan.txt", PlanFixtures.text().replace("45/KH", "46/KH").getBytes(StandardCharsets.UTF_8));
        SourceException e = assertThrows(SourceException.class, () -> new Loader().load(store, List.of(a, b)));
        assertTrue(e.getMessage().startsWith("plan.txt:") && e.getMessage().contains("two files of this name"), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void aReplaceIsExplicit() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("replace"));
        PlanFixtures.write(folder, "Kế hoạch 2026.txt", PlanFixtures.text().replace("Năm 2026", "Năm 2027").getBytes(StandardCharsets.UTF_8));
        SourceException e = assertRefused(folder, "Kế hoạch 2026.txt", "--replace");
        assertTrue(e.getMessage().contains("already loaded"), e.getMessage());
        // Loading the very same bytes again is no replace, and changes nothing.
        new Loader().load(store, List.of(dir.resolve("good")));
        assertEquals(before, snapshot());
    }

    private static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] encryptedDocx() throws Exception {
        byte[] plain = PlanFixtures.docx();
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("mật khẩu");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
