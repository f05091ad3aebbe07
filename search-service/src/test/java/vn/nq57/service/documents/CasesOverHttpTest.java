package vn.nq57.service.documents;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The upload accepts what the loader's command line accepts: cuts of real documents without their header are added,
 * with what is missing said in the load report, not refused. Over HTTP on the real service: every field case of
 * {@code ../shared/cases} (each uploaded alone, checked against the results its README states), then self-built
 * documents of the same kinds that run anywhere.
 */
class CasesOverHttpTest extends WritableServiceTest {
    private static final Path CASES = ROOT.resolve("../shared/cases").normalize();

    /** What {@code shared/cases/README.md} states of a case: its number, or its number of tasks (null: not stated). */
    private record Expected(String number, Integer tasks) {}

    private static final Map<String, Expected> STATED = Map.of(
            "header_pipe_flattened.txt", new Expected("31/KH-UBND", null),
            "header_number_without_colon.txt", new Expected("402-CV/VPĐU", null),
            "prose_lettered_tasks.txt", new Expected(null, 5),
            "column_variants_lead_status.txt", new Expected(null, 3));

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyFieldCaseIsAcceptedByUploadWithTheResultsItsReadmeStates() throws IOException {
        assumeTrue(Files.isDirectory(CASES), "the field cases are not at " + CASES + " (../shared/cases from the "
                + "repository root): this test needs them and is skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(CASES)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no field case (.txt) in " + CASES);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (Files.exists(SOURCES.resolve(name))) {
                // data/sources holds the case already (a user uploaded it there): removed first, then uploaded again
                HttpResponse<String> removed = send("DELETE", "/api/documents/" + name, basic("admin", PASSWORD), null);
                assertEquals(200, removed.statusCode(), name + ": " + removed.body());
            }
            HttpResponse<String> added = upload("case-" + name, Files.readString(file, StandardCharsets.UTF_8));
            assertEquals(201, added.statusCode(), name + ": " + added.body());
            JsonNode result = json.readTree(added.body()).path("result");
            JsonNode doc = result.at("/documents/0");
            assertNoPlaceholderIri(name, added.body());
            for (JsonNode v : result.at("/report/violations"))
                assertFalse("Violation".equals(v.path("severity").asString()), name + ": " + v);
            Expected expected = STATED.get(name);
            if (expected != null && expected.number() != null)
                assertEquals(expected.number(), doc.path("number").asString(), name + ": " + doc);
            if (expected != null && expected.tasks() != null)
                assertEquals(expected.tasks().intValue(), doc.path("tasks").asInt(), name + ": " + doc);
            // listed, with its report, as every loaded document is
            String listed = get("/api/documents/" + doc.path("id").asString()).body();
            assertTrue(listed.contains("case-" + name), listed);
        }
    }

    /** A table cut with neither header nor caption: added, its report says the issuer is missing; searchable. */
    @Test
    void aHeaderlessTableCutIsAddedWithWhatIsMissingInItsReport() {
        HttpResponse<String> added = upload("bang-nhiem-vu-cat.txt", """
                | STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
                |---|---|---|---|
                | 1 | Lắp đặt trạm quan trắc mực nước sông tự động | Sở Nông nghiệp và Môi trường | Quý III/2026 |
                | 2 | Số hóa bản đồ vùng ngập lụt | Sở Khoa học và Công nghệ | Tháng 11/2026 |
                """);
        assertEquals(201, added.statusCode(), added.body());
        JsonNode result = json.readTree(added.body()).path("result");
        assertEquals(2, result.at("/documents/0/tasks").asInt(), added.body());
        JsonNode checks = result.at("/report/documents/0/checks");
        assertTrue(checks.toString().contains("issuer not found"), checks.toString());
        assertTrue(result.at("/report/violations").toString().contains("Warning"), "the missing issuer is a warning");
        assertNoPlaceholderIri("the cut", added.body());
        String document = result.at("/documents/0/document").asString();
        JsonNode hits = json.readTree(get("/api/search?q="
                + URLEncoder.encode("tram quan trac muc nuoc", StandardCharsets.UTF_8)).body());
        assertTrue(hits.toString().contains(document + "/task/"), hits.toString());
    }

    /** A programme under "(Kèm theo Nghị quyết số …)": added; part of that resolution, whose lineage it follows. */
    @Test
    void aProgrammeAttachedToAResolutionIsAddedAsPartOfItAndTracesTo57() {
        HttpResponse<String> added = upload("chuong-trinh-kem-theo.txt", """
                # CHƯƠNG TRÌNH HÀNH ĐỘNG
                *(Kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)*

                ## I. NHIỆM VỤ

                1. Xây dựng hệ thống giám sát đo mưa tự động toàn quốc.

                2. Hoàn thiện quy chuẩn kỹ thuật trạm đo mưa.
                """);
        assertEquals(201, added.statusCode(), added.body());
        String document = json.readTree(added.body()).at("/result/documents/0/document").asString();
        String entity = get("/api/entities?id=" + URLEncoder.encode(document, StandardCharsets.UTF_8)).body();
        assertTrue(entity.contains("is_part_of"), entity);
        String up = get("/api/lineage/up?id=" + URLEncoder.encode(document, StandardCharsets.UTF_8)).body();
        assertTrue(up.contains("/viet-nam/2025/03-nq-cp"), up);
        assertTrue(up.contains("/57-nq-tw"), "the resolution it is part of implements 57-NQ/TW: " + up);
    }

    private static void assertNoPlaceholderIri(String what, String body) {
        assertFalse(body.matches("(?s).*https://w3id\\.org/nq57/id/[^\"\\s]*/_(?:[/\"].*|$)"), what + ": " + body);
    }
}
