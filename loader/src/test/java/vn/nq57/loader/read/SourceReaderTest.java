package vn.nq57.loader.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SourceReaderTest {
    private static final Path SOURCES = Path.of(System.getProperty("nq57.root", "..")).resolve("data/sources");

    @TempDir
    Path dir;

    @Test
    void readsSeedAsNfcLines() throws Exception {
        SourceText text = SourceReader.read(SOURCES.resolve("000_a8ce0484a169b946.txt"));
        assertEquals("000_a8ce0484a169b946.txt", text.fileName());
        assertEquals(213, text.lineCount());              // 212 line ends, last line unterminated
        assertEquals("Phụ lục II", text.line(3));
        assertEquals(64, text.sha256().length());
    }

    @Test
    void stripsBomSplitsAllLineEndsAndComposesNfd() throws Exception {
        String nfd = Normalizer.normalize("Kế hoạch", Normalizer.Form.NFD);
        Path file = write("bom.txt", ("\uFEFF" + nfd + "\r\nhai\rba\nbốn").getBytes(StandardCharsets.UTF_8));
        SourceText text = SourceReader.read(file);
        assertEquals(4, text.lineCount());
        assertEquals("Kế hoạch", text.line(1));
        assertTrue(Normalizer.isNormalized(text.line(1), Normalizer.Form.NFC));
        assertEquals("ba", text.line(3));
    }

    @Test
    void refusesEmptyAndBlankFiles() throws Exception {
        assertRefused(write("empty.txt", new byte[0]), "empty");
        assertRefused(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)), "empty");
    }

    @Test
    void refusesBinary() throws Exception {
        assertRefused(write("image.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0}), "binary");
    }

    @Test
    void refusesWindows1258WithLine() throws Exception {
        // "Kế hoạch" in Windows-1258: base letter + 0xEA (ê) + 0xEC (combining acute): not UTF-8
        byte[] bytes = {'D', 'o', 'n', 'g', '\n', 'K', (byte) 0xEA, (byte) 0xEC, ' ', 'h', 'o', 'a', (byte) 0xF2, 'c', 'h'};
        SourceException e = assertRefused(write("cp1258.txt", bytes), "not UTF-8");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("cp1258.txt:2:"), e.getMessage());
    }

    @Test
    void refusesVniMojibake() throws Exception {
        String vni = "Keá hoaïch trieån khai Nghò quyeát soá 57 cuûa Boä Chính trò taïi Vieät Nam\n";
        assertRefused(write("vni.txt", vni.getBytes(StandardCharsets.UTF_8)), "VNI");
    }

    @Test
    void refusesTcvn3Mojibake() throws Exception {
        String tcvn3 = "KÕ ho¹ch triÓn khai NghÞ quyÕt sè 57 cña Bé ChÝnh trÞ t¹i ViÖt Nam\n";
        assertRefused(write("tcvn3.txt", tcvn3.getBytes(StandardCharsets.UTF_8)), "TCVN3");
    }

    /**
     * A text with a line longer than any document's is no document: a plan whose line breaks were lost, a megabyte of
     * one line. Refused naming the file and the line, in both languages; a line of exactly the bound is still read.
     */
    @Test
    void refusesALineLongerThanADocumentHas() throws Exception {
        String flattened = Files.readString(SOURCES.resolve("000_a8ce0484a169b946.txt")).replaceAll("\\R", " ");
        SourceException flat = assertRefused(write("mot-dong.txt", flattened.getBytes(StandardCharsets.UTF_8)),
                "a line of " + flattened.length() + " characters, over the " + TextChecks.MAX_LINE_CHARS);
        assertEquals(1, flat.line());
        assertTrue(flat.vietnamese().startsWith("mot-dong.txt, dòng 1: một dòng dài " + flattened.length() + " ký tự"),
                flat.vietnamese());
        String megabyte = "KẾ HOẠCH\nTriển khai Nghị quyết số 57-NQ/TW\n" + "a".repeat(1_000_000) + "\n";
        assertEquals(3, assertRefused(write("megabyte.txt", megabyte.getBytes(StandardCharsets.UTF_8)), "a line of").line());
        String atTheBound = "KẾ HOẠCH\n" + "x".repeat(TextChecks.MAX_LINE_CHARS) + "\n";
        assertEquals(TextChecks.MAX_LINE_CHARS,
                SourceReader.read(write("dai.txt", atTheBound.getBytes(StandardCharsets.UTF_8))).line(2).length());
    }

    /**
     * The bound is far above any real document's line: every document of data/sources, ../shared/seeds and
     * ../shared/extra (text and Word; the PDFs' lines are shorter still) is read, its longest line under a tenth of it.
     */
    @Test
    void everyRealDocumentsLongestLineIsUnderATenthOfTheBound() throws Exception {
        Path shared = SOURCES.toAbsolutePath().normalize().getParent().getParent().resolveSibling("shared");
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(SOURCES, shared.resolve("seeds"), shared.resolve("extra"), shared.resolve("extra/formats"))) {
            if (!Files.isDirectory(folder)) continue; // ../shared is beside the repository in CI, not everywhere
            try (var list = Files.list(folder)) {
                list.filter(f -> f.toString().matches(".*\\.(txt|docx)")).forEach(files::add);
            }
        }
        assertTrue(files.size() >= 7, files.toString());
        for (Path file : files) {
            int longest = SourceReader.read(file).lines().stream().mapToInt(String::length).max().orElse(0);
            assertTrue(longest * 10 < TextChecks.MAX_LINE_CHARS, file + ": a line of " + longest + " characters");
        }
    }

    @Test
    void acceptsAllSeeds() throws Exception {
        try (var files = Files.list(SOURCES)) {
            for (Path file : files.toList()) assertFalse(SourceReader.read(file).lines().isEmpty(), file.toString());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static SourceException assertRefused(Path file, String reason) {
        SourceException e = assertThrows(SourceException.class, () -> SourceReader.read(file));
        String name = file.getFileName().toString();
        assertEquals(name, e.file());
        assertTrue(e.getMessage().startsWith(name), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        return e;
    }
}
