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

    /** The ministry decision is not in data/sources (its archive may not be carried): CI has it in ../shared/extra. */
    public static Path extra(String fileName) {
        Path file = Path.of(System.getProperty("nq57.root", "..")).resolve("../shared/extra").resolve(fileName).normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file),
                fileName + " is not in ../shared/extra (" + file + "): the tests that read it are skipped");
        return file;
    }

    public static SourceText read(String fileName) {
        Path root = Path.of(System.getProperty("nq57.root", ".."));
        Path file = fileName.equals(QD877) ? extra(fileName) : root.resolve("data/sources").resolve(fileName);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> Normalizer.normalize(l, Normalizer.Form.NFC)).toList();
            return new SourceText(fileName, "", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
