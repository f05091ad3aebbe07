package vn.nq57.loader.reference;

import vn.nq57.loader.read.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/** The real source documents, read as UTF-8 and NFC (tests of the parsers read them without the loader's reader). */
public final class Seeds {
    public static final String APPENDIX_130 = "000_a8ce0484a169b946.txt", TAN_LOI = "001_624e61ed64e861df.txt",
            TRUNG_HOI = "002_cd447db9985c39e4.txt", CAO_MINH = "003_39870d99980587d9.txt",
            QUANG_NGAI = "004_51c62f717e4a286a.txt", QD877 = "qd877-btp_kh-thuc-hien-nq03.txt";

    private Seeds() {}

    /**
     * Reads a document of data/sources, or of {@code ../shared/extra/} for those the project may not carry (the
     * Ministry of Justice's 877/QĐ-BTP); a test that needs an absent one is skipped with the reason.
     */
    public static SourceText read(String fileName) {
        Path root = Path.of(System.getProperty("nq57.root", ".."));
        Path file = root.resolve("data/sources").resolve(fileName);
        if (!Files.exists(file)) file = root.resolve("../shared/extra").resolve(fileName).normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file),
                "assumes " + fileName + " in data/sources or ../shared/extra (CI has ../shared/extra)");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> Normalizer.normalize(l, Normalizer.Form.NFC)).toList();
            return new SourceText(fileName, "", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
