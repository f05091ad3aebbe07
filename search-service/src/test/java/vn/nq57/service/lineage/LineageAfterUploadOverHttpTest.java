package vn.nq57.service.lineage;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.documents.WritableServiceTest;
import vn.nq57.service.store.DatasetHolder;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lineage down over HTTP while documents are added and removed: what derives from a plan is there in the first
 * answer after the upload that adds it, and gone in the first after its removal, whatever was asked before (the
 * service keeps the lineage in memory between requests; this is what must not go stale).
 */
class LineageAfterUploadOverHttpTest extends WritableServiceTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DatasetHolder store;

    @Test
    void aDerivedPlanIsInLineageDownAtOnceAfterItsUploadAndGoneAfterItsRemoval() {
        // A provincial plan of its own number, so no other test's upload is the same document.
        String provinceText = fixture("ke-hoach-15-lam-dong.txt").replace("15/KH-UBND", "25/KH-UBND");
        HttpResponse<String> province = upload("ke-hoach-25-tinh-lineage.txt", provinceText);
        assertEquals(201, province.statusCode(), province.body());
        String plan = json.readTree(province.body()).at("/result/documents/0/document").asString();
        String nq57 = select("SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#number> \"57-NQ/TW\" } LIMIT 1");

        String communeTasks = "/api/lineage/down?type=Task&level=commune&size=500&id=" + enc(plan);
        assertEquals(0, down(communeTasks).get("total").asInt(), "nothing derives from the plan yet");
        int under57 = down("/api/lineage/down?type=Document&level=commune&id=" + enc(nq57)).get("total").asInt();

        String communeText = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "83/KH-UBND")
                .replace("15/KH-UBND", "25/KH-UBND");
        HttpResponse<String> commune = upload("ke-hoach-83-xa-lineage.txt", communeText);
        assertEquals(201, commune.statusCode(), commune.body());
        JsonNode added = json.readTree(commune.body()).at("/result/documents/0");
        String communePlan = added.get("document").asString();

        // At once: the plan's commune tasks are the new plan's five, as the graph has them.
        JsonNode tasks = down(communeTasks);
        assertEquals(5, tasks.get("total").asInt(), tasks.toString());
        Set<String> listed = new HashSet<>();
        tasks.get("results").forEach(r -> listed.add(r.get("id").asString()));
        assertEquals(graphTasksUnder(plan), listed);
        assertEquals(communePlan, tasks.at("/countsByDocument/0/id").asString());
        assertEquals(5, tasks.at("/countsByDocument/0/count").asInt());
        JsonNode documents = down("/api/lineage/down?type=Document&id=" + enc(plan));
        assertEquals(communePlan, documents.at("/results/0/id").asString(), documents.toString());
        // and under 57-NQ/TW, asked before the upload too
        assertEquals(under57 + 1, down("/api/lineage/down?type=Document&level=commune&id=" + enc(nq57)).get("total").asInt());

        HttpResponse<String> removed = send("DELETE", "/api/documents/" + added.get("id").asString(), basic("admin", PASSWORD), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(0, down(communeTasks).get("total").asInt(), "gone with the removed plan");
        assertEquals(under57, down("/api/lineage/down?type=Document&level=commune&id=" + enc(nq57)).get("total").asInt());
    }

    /**
     * A programme attached to a resolution has no number of its own: its node in a path says what it is attached to
     * and carries no number, so the step "is part of" does not read "03/NQ-CP is part of 03/NQ-CP".
     */
    @Test
    void anAttachedProgrammeIsNotNamedByTheNumberOfTheResolutionItIsPartOf() {
        String text = """
                CHƯƠNG TRÌNH HÀNH ĐỘNG
                (Kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)

                II. NHIỆM VỤ CỤ THỂ
                1. Nâng cao nhận thức về kinh tế số ở các vùng biên giới
                a) Xây dựng chương trình tuyên truyền về kinh tế số cho đồng bào vùng biên giới.
                b) Ban hành quy định trách nhiệm người đứng đầu về kinh tế số vùng biên giới.
                """;
        HttpResponse<String> added = upload("chuong-trinh-kem-theo-lineage.txt", text);
        assertEquals(201, added.statusCode(), added.body());
        JsonNode result = json.readTree(added.body()).at("/result/documents/0");
        String programme = result.get("document").asString();
        try {
            String task = select("SELECT ?d WHERE { ?d <https://w3id.org/nq57/ontology#inDocument> <" + programme + "> } LIMIT 1");
            JsonNode up = down("/api/lineage/up?id=" + enc(task));
            JsonNode partStep = null;
            for (JsonNode path : up.get("paths"))
                for (JsonNode edge : path)
                    if (edge.get("relation").asString().equals("is_part_of")) partStep = edge;
            assertTrue(partStep != null, up.toString());
            assertEquals(programme, partStep.at("/from/id").asString());
            assertTrue(partStep.at("/from/number").isNull(), partStep.toString());
            assertEquals("03/NQ-CP", partStep.at("/from/partOf").asString(), partStep.toString());
            assertEquals("03/NQ-CP", partStep.at("/to/number").asString(), partStep.toString());
            assertTrue(partStep.at("/to/partOf").isNull(), partStep.toString());
        } finally {
            HttpResponse<String> removed = send("DELETE", "/api/documents/" + result.get("id").asString(), basic("admin", PASSWORD), null);
            assertEquals(200, removed.statusCode(), removed.body());
        }
    }

    private JsonNode down(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    /** The commune tasks under {@code plan}, by the tests' own SPARQL over the store. */
    private Set<String> graphTasksUnder(String plan) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new HashSet<>();
            String query = "PREFIX nq: <https://w3id.org/nq57/ontology#> SELECT DISTINCT ?t WHERE { ?t a nq:Task ; "
                    + "nq:inDocument ?d . ?d nq:derivesFrom+ <" + plan + "> ; nq:level nq:commune }";
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.getResource("t").getURI()));
            }
            return out;
        });
    }

    private String select(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                return qe.execSelect().next().getResource("d").getURI();
            }
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
