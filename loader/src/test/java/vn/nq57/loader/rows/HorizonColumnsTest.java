package vn.nq57.loader.rows;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An indicator table's target columns that name their year ("Đến năm 2025" | "Đến năm 2030", "Chỉ tiêu năm 2026"):
 * each gives the indicator a target for that year. An indicator has one target and one horizon year, so a row with
 * two such columns is two indicators, one per year.
 */
class HorizonColumnsTest {
    private static final String HEAD = "TỈNH ỦY QUẢNG NINH\n*\nSố 12-CTr/TU\nQuảng Ninh, ngày 27 tháng 02 năm 2025\n\n"
            + "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n\n"
            + "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\nPHỤ LỤC\nCHỈ TIÊU CỤ THỂ\n\n";

    private static List<String> indicators(String text) throws Exception {
        Loader.Run run = new Loader().parseTexts(List.of(new SourceText("plan.txt", "", List.of(text.split("\n", -1)))));
        Model m = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        List<String> out = new ArrayList<>();
        String q = "PREFIX nq: <https://w3id.org/nq57/ontology#> SELECT ?o ?t ?y WHERE { ?i a nq:Indicator ; nq:ordinal ?o ;"
                + " nq:position ?p ; nq:target/nq:targetText ?t OPTIONAL { ?i nq:horizonYear ?y } } ORDER BY ?p";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getLiteral("o").getString() + " "
                    + s.getLiteral("t").getString() + " " + (s.get("y") == null ? "-" : s.getLiteral("y").getLexicalForm())));
        }
        return out;
    }

    @Test
    void twoHorizonColumnsGiveATargetForEachYear() throws Exception {
        String text = HEAD + "| STT | Chỉ tiêu | Đơn vị tính | Đến năm 2025 | Đến năm 2030 | Cơ quan theo dõi |\n"
                + "|---|---|---|---|---|---|\n"
                + "| 1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 80 | 100 | Sở Khoa học và Công nghệ |\n"
                + "| 2 | Tỷ lệ dân số trưởng thành có chữ ký số | % | ≥ 40 | ≥ 80 | Công an tỉnh |\n"
                + "| 3 | Số doanh nghiệp công nghệ số | Doanh nghiệp |  | 500 | Sở Tài chính |\n";
        assertEquals(List.of("1 80 2025", "1 100 2030", "2 ≥ 40 2025", "2 ≥ 80 2030", "3 500 2030"), indicators(text));
    }

    @Test
    void aTargetColumnNamingItsYearGivesTheHorizon() throws Exception {
        String text = HEAD.replace("năm 2025", "năm 2026") + "STT\tChỉ tiêu\tChỉ tiêu năm 2027\tĐơn vị tính\tCơ quan theo dõi\n"
                + "1\tTỷ lệ hồ sơ được số hóa\t100\t%\tBộ phận Một cửa\n"
                + "2\tTỷ lệ người dân có chữ ký số\t≥ 50\t%\tCông an phường\n";
        assertEquals(List.of("1 100 2027", "2 ≥ 50 2027"), indicators(text));
    }

    /** "Năm 2025" beside "Năm 2026" in a plan of 2026 is the current value the target starts from: no indicator. */
    @Test
    void aYearBeforeThePlansIsTheBaselineNotATarget() throws Exception {
        String text = HEAD.replace("năm 2025", "năm 2026") + "| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Ghi chú |\n"
                + "|---|---|---|---|---|---|\n"
                + "| 1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 82 | ≥ 95% | |\n"
                + "| 2 | Xếp hạng chỉ số đổi mới sáng tạo | Thứ hạng | 15 | Top 10 | |\n";
        assertEquals(List.of("1 ≥ 95% 2026", "2 Top 10 2026"), indicators(text));
    }
}
