package vn.nq57.loader.graph;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** One unit however a document spells it, even where the spellings' canonical names differ by a letter a scan misread. */
class UnitSpellingsTest {

    @Test
    void twoSpellingsTheUnitsIriFoldsAlikeAreOneUnitAndTheDocumentLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-14-phong-cntt.txt");
        Files.writeString(file, String.join("\n",
                "SỞ NỘI VỤ", "PHÒNG CÔNG NGHỆ THÔNG TIN", "Số: 14/KH-CNTT", "Lào Cai, ngày 04 tháng 6 năm 2025",
                "KẾ HOẠCH", "Diễn tập an toàn thông tin năm 2025",
                "Thực hiện Kế hoạch số 40/KH-SNV ngày 02/01/2025 của Sở Nội vụ.",
                "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
                // "dơn" is the scan's "đơn": the IRI of both is the same, and so must the unit be
                "1\tXây dựng kịch bản diễn tập\tPhòng Công nghệ thông tin\tCác đơn vị thuộc Sở\tQuý III/2025",
                "2\tTổ chức diễn tập\tPhòng Công nghệ thông tin\tCác dơn vị thuộc Sở\tQuý IV/2025", ""));
        Loader.Run run = new Loader().parse(List.of(file));
        assertTrue(run.report().conforms(), run.report().errors().toString());
        var graph = run.documents().getFirst().graph();
        ResultSet rs = QueryExecutionFactory.create("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX nq: <https://w3id.org/nq57/ontology#>
                SELECT ?u ?alt WHERE { ?u a nq:CollectiveUnit ; skos:altLabel ?alt }""", graph).execSelect();
        List<String> units = new ArrayList<>(), spellings = new ArrayList<>();
        rs.forEachRemaining(s -> { units.add(s.getResource("u").getURI()); spellings.add(s.getLiteral("alt").getString()); });
        assertEquals(1, units.stream().distinct().count(), units.toString());
        assertTrue(spellings.containsAll(List.of("Các đơn vị thuộc Sở", "Các dơn vị thuộc Sở")), spellings.toString());
    }

    /** The issuer in a header and the same body as a cited plan's issuer, spelt in other letter case ("UBND thành phố
     * Hà Nội", "UBND Thành phố"): one unit with one label, and the document loads (it was refused for two labels). */
    @Test
    void anIssuerAndALeadUnitDifferingOnlyInCaseAreOneUnitWithOneLabel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-88-ha-noi.txt");
        Files.writeString(file, String.join("\n",
                "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 88/KH-UBND", "Hà Nội, ngày 17 tháng 3 năm 2026",
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "Thực hiện Kế hoạch số 61/KH-UBND ngày 20/3/2025 của UBND Thành phố.",
                "STT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành",
                "1\tBan hành quy chế dữ liệu dùng chung\tUBND Thành phố Hà Nội\tQuý III/2026", ""));
        Loader.Run run = new Loader().parse(List.of(file));
        assertTrue(run.report().conforms(), run.report().errors().toString());
        var graph = run.documents().getFirst().graph();
        ResultSet rs = QueryExecutionFactory.create("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT DISTINCT ?u ?label WHERE { ?d eli:passed_by ?u . ?u rdfs:label ?label }""", graph).execSelect();
        List<String> labels = new ArrayList<>();
        rs.forEachRemaining(s -> labels.add(s.getLiteral("label").getString()));
        assertEquals(1, labels.size(), labels.toString());
    }
}
