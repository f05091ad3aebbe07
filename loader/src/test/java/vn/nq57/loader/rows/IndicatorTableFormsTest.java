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
 * Indicator tables in forms a reader sees at once: without a number column (each name cell starts with its number),
 * and with a target that is a relative change ("tăng 15% so với năm 2025"), whose unit is percent of change.
 */
class IndicatorTableFormsTest {
    private static final String HEAD = "UBND PHƯỜNG HẠC THÀNH\n\nSố: 19/KH-UBND\nHạc Thành, ngày 08 tháng 01 năm 2026\n\n"
            + "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n\nI. CHỈ TIÊU\n\n";

    /** "ordinal | name | comparator value unit" of each indicator, in order. */
    private static List<String> indicators(String text) throws Exception {
        Loader.Run run = new Loader().parseTexts(List.of(new SourceText("plan.txt", "", List.of(text.split("\n", -1)))));
        Model m = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        List<String> out = new ArrayList<>();
        String q = "PREFIX nq: <https://w3id.org/nq57/ontology#> PREFIX schema: <https://schema.org/>"
                + " SELECT ?o ?n ?c ?v ?u WHERE { ?i a nq:Indicator ; nq:ordinal ?o ; nq:name ?n ; nq:position ?p ;"
                + " nq:target ?t . ?t nq:comparator ?c OPTIONAL { ?t schema:value ?v } OPTIONAL { ?t schema:unitText ?u } }"
                + " ORDER BY ?p";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getLiteral("o").getString() + " | "
                    + s.getLiteral("n").getString() + " | " + s.getLiteral("c").getString() + " "
                    + (s.get("v") == null ? "-" : s.getLiteral("v").getLexicalForm()) + " "
                    + (s.get("u") == null ? "-" : s.getLiteral("u").getString())));
        }
        return out;
    }

    @Test
    void aTableWithoutANumberColumnIsNumberedInItsNames() throws Exception {
        String text = HEAD + "Chỉ tiêu\tĐơn vị tính\tNăm 2026\tGhi chú\n"
                + "1. Tỷ lệ hồ sơ TTHC nộp trực tuyến\t%\t≥ 95%\t\n"
                + "2. Xếp hạng chỉ số chuyển đổi số cấp xã\tThứ hạng\tTop 10\t\n"
                + "3. Số giao dịch không dùng tiền mặt\tGiao dịch\ttăng 15% so với năm 2025\t\n\n"
                + "II. NHIỆM VỤ\n";
        assertEquals(List.of("1 | Tỷ lệ hồ sơ TTHC nộp trực tuyến | ≥ 95 %",
                "2 | Xếp hạng chỉ số chuyển đổi số cấp xã | ≤ 10 Thứ hạng",
                "3 | Số giao dịch không dùng tiền mặt | = 15 % tăng so với năm 2025"), indicators(text));
    }
}
