package vn.nq57.loader.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.loader.store.StoreQueries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number a plan cites without its issuer ("theo Kế hoạch số 45/KH-UBND") is the document the same plan cites with
 * its issuer and date ("Căn cứ Kế hoạch số 45/KH-UBND ngày 02/4/2025 của UBND tỉnh Gia Lai … (gọi tắt là Kế hoạch số
 * 45/KH-UBND)"): one document, not a second, undated one of the nation. A People's Committee's number the text never
 * places stays with the citing plan's area and claims no level; a central number stays national. A province's body
 * cited by a plan that names no province ("của Ban Thường vụ Tỉnh ủy" in a commune appendix) is a province's, never
 * the commune's.
 */
class CitedScopesTest {
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String NQ = "https://w3id.org/nq57/ontology#";

    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void load() throws Exception {
        Path plan = dir.resolve("ke-hoach-xa-phu-hoa.txt");
        Files.writeString(plan, String.join("\n",
                "ỦY BAN NHÂN DÂN XÃ PHÚ HÒA",
                "Số: 15/KH-UBND",
                "Phú Hòa, ngày 10 tháng 3 năm 2026",
                "",
                "KẾ HOẠCH",
                "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn xã Phú Hòa, tỉnh Gia Lai",
                "",
                "Căn cứ Kế hoạch số 45/KH-UBND ngày 02/4/2025 của UBND tỉnh Gia Lai về thực hiện Nghị quyết số 57-NQ/TW ngày "
                        + "22/12/2024 của Bộ Chính trị (gọi tắt là Kế hoạch số 45/KH-UBND);",
                "Căn cứ Quyết định số 1234/QĐ-BKHCN ngày 05/5/2025 của Bộ Khoa học và Công nghệ về chuyển đổi số;",
                "Căn cứ Công văn số 4321/BTC-QLCS ngày 06/6/2025 hướng dẫn lập dự toán;",
                "",
                "UBND xã Phú Hòa ban hành Kế hoạch như sau:",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "- Cụ thể hóa các nhiệm vụ năm 2026 theo Kế hoạch số 45/KH-UBND, Kế hoạch số 130/KH-UBND và Nghị quyết số "
                        + "57-NQ/TW của Bộ Chính trị.",
                "",
                "II. NHIỆM VỤ",
                "1. Số hóa hồ sơ thủ tục hành chính tại Bộ phận một cửa xã.",
                "2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã.",
                ""));
        Path appendix = dir.resolve("phu-luc-xa.txt");
        Files.writeString(appendix, String.join("\n",
                "Phụ lục",
                "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI KẾ HOẠCH SỐ 131/KH-UBND NGÀY 28/4/2026 CỦA ỦY BAN NHÂN DÂN XÃ",
                "(Kèm theo Kế hoạch số 131/KH-UBND ngày 28/4/2026 của Ủy ban nhân dân xã)",
                "",
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
                "| 1 | Triển khai Kế hoạch số 231-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số | "
                        + "Văn phòng HĐND và UBND xã | Năm 2026 |",
                ""));
        Path ministry = dir.resolve("ke-hoach-bo.txt");
        Files.writeString(ministry, String.join("\n",
                "BỘ NỘI VỤ",
                "Số: 321/KH-BNV",
                "Hà Nội, ngày 12 tháng 5 năm 2025",
                "",
                "KẾ HOẠCH",
                "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
                "",
                "I. NHIỆM VỤ",
                "1. Xây dựng cơ sở dữ liệu cán bộ, công chức.",
                ""));
        store = GraphStore.open(dir.resolve("tdb2"));
        new Loader().load(store, List.of(plan, appendix, ministry));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aNumberCitedBareIsTheDocumentTheSameTextCitesWithItsIssuer() {
        List<String> documents = select("SELECT DISTINCT ?d { GRAPH ?g { ?d <" + ELI + "number> \"45/KH-UBND\" } }");
        assertEquals(1, documents.size(), "one plan 45/KH-UBND, not a dated one and an undated one: " + documents);
        assertTrue(documents.getFirst().contains("/gia-lai/2025/"), documents.getFirst());
        assertEquals(List.of(NQ + "province"), select("SELECT ?l { GRAPH ?g { <" + documents.getFirst() + "> <"
                + NQ + "level> ?l } }"));
    }

    @Test
    void aPeoplesCommitteeNumberNeverPlacedIsNotTheNationsAndClaimsNoLevel() {
        List<String> documents = select("SELECT DISTINCT ?d { GRAPH ?g { ?d <" + ELI + "number> \"130/KH-UBND\" } }");
        assertEquals(1, documents.size(), documents.toString());
        assertTrue(!documents.getFirst().contains("/viet-nam/"), "not a national document: " + documents.getFirst());
        assertEquals(List.of(), select("SELECT ?l { GRAPH ?g { <" + documents.getFirst() + "> <" + NQ + "level> ?l } }"),
                "the text does not say which level issued it");
    }

    @Test
    void aProvincesBodyCitedWhereNoProvinceIsNamedIsAProvincesNotTheCommunes() {
        List<String> documents = select("SELECT DISTINCT ?d { GRAPH ?g { ?d <" + ELI + "number> \"231-KH/TU\" } }");
        assertEquals(1, documents.size(), documents.toString());
        assertEquals(List.of(NQ + "province"), select("SELECT ?l { GRAPH ?g { <" + documents.getFirst() + "> <"
                + NQ + "level> ?l } }"), documents.getFirst());
    }

    @Test
    void aCentralNumberCitedBareStaysNational() {
        List<String> documents = select("SELECT DISTINCT ?d { GRAPH ?g { ?d <" + ELI + "number> \"57-NQ/TW\" } }");
        assertEquals(List.of("https://w3id.org/nq57/id/doc/viet-nam/2024/57-nq-tw"), documents);
    }

    /**
     * A ministry's documents, its own and those it is cited for (by name, or by its code in the number alone), are of
     * the ministry level, over the nation's area.
     */
    @Test
    void aMinistrysDocumentsAreOfTheMinistryLevel() {
        for (String number : List.of("321/KH-BNV", "1234/QĐ-BKHCN", "4321/BTC-QLCS")) {
            List<String> documents = select("SELECT DISTINCT ?d { GRAPH ?g { ?d <" + ELI + "number> \"" + number + "\" } }");
            assertEquals(1, documents.size(), documents.toString());
            assertEquals(List.of(NQ + "ministry"), select("SELECT DISTINCT ?l { GRAPH ?g { <" + documents.getFirst()
                    + "> <" + NQ + "level> ?l } }"), number);
            assertEquals(List.of(NQ + "central"), select("SELECT DISTINCT ?l { GRAPH ?g { <" + documents.getFirst()
                    + "> <" + NQ + "area>/<" + NQ + "level> ?l } }"), number + ": the nation's area is central");
        }
    }

    /** An appendix has no number of its own: the appendix of a numbered plan is no draft; a plan with a number neither. */
    @Test
    void anAppendixOfANumberedPlanIsNoDraft() {
        assertEquals(List.of("false"), select("SELECT DISTINCT (STR(?draft) AS ?x) { GRAPH ?g { ?d a <" + NQ
                + "Appendix> ; <" + NQ + "draft> ?draft } }"));
        assertEquals(List.of("false"), select("SELECT DISTINCT (STR(?draft) AS ?x) { GRAPH ?g { ?d <" + ELI
                + "number> \"15/KH-UBND\" ; <" + NQ + "draft> ?draft } }"));
    }

    private static List<String> select(String query) {
        return StoreQueries.firstColumn(store, query);
    }
}
