package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A cited number whose ordinal a scan printed in two groups of digits ("Quyết định số 313 1/QĐĐ-BTP" for 3131/QĐ-BTP)
 * is read as one number, with a check; digits that are not one number's stay apart.
 */
class SplitOrdinalsTest {
    private static final String HEADER = """
            BỘ TƯ PHÁP
            CỤC CÔNG NGHỆ THÔNG TIN
            Số: 05/KH-CNTT
            Hà Nội, ngày 10 tháng 5 năm 2024
            KẾ HOẠCH
            Diễn tập an toàn thông tin
            """;

    private static List<Reference> extract(String preamble) {
        SourceText src = new SourceText("t.txt", "", (HEADER + preamble + "\n").lines().toList());
        return ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
    }

    private static Reference only(List<Reference> refs, String canonical) {
        return refs.stream().filter(r -> r.number().canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError(canonical + " not in " + refs.stream().map(r -> r.number().canonical()).toList()));
    }

    @Test
    void anOrdinalPrintedInTwoGroupsAfterSoIsOneNumber() {
        List<Reference> refs = extract("Căn cứ Quyết định số 313 1/QĐĐ-BTP ngày 29/12/2023 của Bộ trưởng Bộ Tư pháp;");
        Reference decision = only(refs, "3131/QĐ-BTP");
        assertEquals("313 1/QĐĐ-BTP", decision.joinedFrom());
        assertEquals(Relation.BASED_ON, decision.relation());
        assertTrue(decision.quote().contains("313 1/QĐĐ-BTP"), "the quote keeps what the scan printed");
        assertTrue(refs.stream().noneMatch(r -> r.number().canonical().equals("1/QĐ-BTP")), refs.toString());
    }

    @Test
    void digitsThatAreNotOneNumbersStayApart() {
        // a list of ordinals sharing one code, a number typed whole, and more digits than any ordinal has
        List<Reference> refs = extract("""
                Căn cứ các Kế hoạch số 12, 13/KH-UBND của UBND tỉnh;
                Căn cứ Quyết định số 3131/QĐ-BTP ngày 29/12/2023 của Bộ trưởng Bộ Tư pháp;
                Căn cứ Quyết định số 1234 56/QĐ-UBND ngày 02/01/2024 của UBND tỉnh;""");
        assertNull(only(refs, "13/KH-UBND").joinedFrom());
        assertNull(only(refs, "3131/QĐ-BTP").joinedFrom());
        assertNull(only(refs, "56/QĐ-UBND").joinedFrom());
    }

    @Test
    void theLoadReportSaysWhichNumberWasJoined(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-05.txt");
        Files.writeString(file, HEADER + "Căn cứ Quyết định số 313 1/QĐĐ-BTP ngày 29/12/2023 của Bộ trưởng Bộ Tư pháp;\n");
        List<String> checks = new Loader().parse(List.of(file)).report().documents().getFirst().checks();
        assertTrue(checks.contains("the number 3131/QĐ-BTP (line 7) is read from \"313 1/QĐĐ-BTP\", its digits printed "
                + "apart taken as one number; check it against the original"), checks.toString());
    }
}
