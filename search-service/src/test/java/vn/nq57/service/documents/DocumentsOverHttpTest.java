package vn.nq57.service.documents;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.search.index.EntityReader;
import vn.nq57.search.index.IndexedEntity;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.service.store.DatasetHolder;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding, replacing and removing documents over HTTP on the real service (real store, real index, real documents
 * plus small plans of our own): who may write, what becomes searchable and traceable, and that a refused change
 * leaves store and index exactly as they were. Each test uses its own file names, so their order does not matter.
 */
class DocumentsOverHttpTest extends WritableServiceTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DatasetHolder store;

    @Autowired
    SearchIndex index;

    @Autowired
    vn.nq57.service.alignment.AlignmentService alignment;

    @Test
    void anonymousOrWrongCredentialsCannotWrite() {
        State before = state("Arabica");
        HttpResponse<String> anonymous = send("POST", "/api/documents", null,
                List.of(Part.text("anon-plan.txt", fixture("ke-hoach-08-da-sar.txt"))));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, send("POST", "/api/documents", basic("admin", "not-the-password"),
                List.of(Part.text("anon-plan.txt", fixture("ke-hoach-08-da-sar.txt")))).statusCode());
        assertEquals(401, send("DELETE", "/api/documents/000-a8ce0484a169b946-txt", null, null).statusCode());
        assertEquals(401, send("PUT", "/api/documents/000-a8ce0484a169b946-txt", null,
                List.of(Part.text("x.txt", "x"))).statusCode());
        assertEquals(before, state("Arabica"));
        // With credentials but no form: a 415 that says what to send
        HttpResponse<String> noForm = send("POST", "/api/documents", basic("admin", PASSWORD), null);
        assertEquals(415, noForm.statusCode(), noForm.body());
        assertTrue(noForm.body().contains("no Content-Type") && noForm.body().contains("multipart/form-data")
                && noForm.body().contains("'file'"), noForm.body());
        assertEquals(before, state("Arabica"));
        // Reading stays open; it lists the loaded documents only, each with its file (not the inferred alignment graph).
        HttpResponse<String> listed = get("/api/documents");
        assertEquals(200, listed.statusCode());
        JsonNode documents = json.readTree(listed.body());
        assertTrue(documents.size() > 0, listed.body());
        for (JsonNode d : documents) assertTrue(d.hasNonNull("file"), "a listed document has its file: " + d);
    }

    @Test
    void anUploadedPlanIsSearchableTracesTo57AndMergesWithItsStubWhenTheCitedPlanArrivesLater() {
        String commune = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "81/KH-UBND");
        HttpResponse<String> added = upload("ke-hoach-81-xa.txt", commune);
        assertEquals(201, added.statusCode(), added.body());
        JsonNode doc = json.readTree(added.body()).at("/result/documents/0");
        String documentIri = doc.get("document").asString();
        assertEquals(5, doc.get("tasks").asInt(), "the five rows of the plan's table");
        assertEquals("/api/documents/" + doc.get("id").asString(), added.headers().firstValue("Location").orElseThrow());

        // Searchable at once, by a task's own words typed without diacritics.
        JsonNode hits = json.readTree(get("/api/search?q=" + enc("diem phat song wifi mien phi nha van hoa")).body());
        assertTrue(ids(hits).stream().anyMatch(id -> id.startsWith(documentIri + "/task/")), hits.toString());

        // Its lineage goes up to 57-NQ/TW, the resolution the store holds under that number.
        String nq57 = select("SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#number> \"57-NQ/TW\" } LIMIT 1");
        String up = get("/api/lineage/up?id=" + enc(documentIri)).body();
        assertTrue(up.contains("\"" + nq57 + "\""), up);
        assertFalse(up.contains("ke-hoach-15-tinh.txt"), "the cited provincial plan is only a stub so far");

        // The provincial plan it cites arrives: it merges with the stub, and the commune's path now goes through the
        // provincial plan's own basis, quoted from the provincial plan's file.
        HttpResponse<String> province = upload("ke-hoach-15-tinh.txt", fixture("ke-hoach-15-lam-dong.txt"));
        assertEquals(201, province.statusCode(), province.body());
        String after = get("/api/lineage/up?id=" + enc(documentIri)).body();
        assertTrue(after.contains("ke-hoach-15-tinh.txt"), after);
        assertTrue(after.contains("\"" + nq57 + "\""), after);

        // The upload realigned the commune's tasks in the background (the 201 did not wait for it): once the run the
        // upload scheduled has settled, the coffee-growing-area task carries out the province's task on the same crop
        // and area (inferred, ranked first), which did not exist before the provincial plan arrived.
        vn.nq57.service.alignment.AlignmentStatus settled = waitFor(alignment.whenSettled());
        assertEquals("current", settled.state(), settled.toString());
        assertTrue(settled.documents() != null && settled.documents() >= 2,
                "the provincial plan and the commune plan below it were realigned: " + settled);
        // and the status over HTTP reports that run's counts
        JsonNode status = json.readTree(get("/api/alignment/status").body());
        assertEquals("current", status.get("state").asString(), status.toString());
        assertEquals(settled.documents().intValue(), status.get("documents").asInt(), status.toString());
        assertEquals(settled.items().intValue(), status.get("items").asInt(), status.toString());
        assertEquals(settled.alignments().intValue(), status.get("alignments").asInt(), status.toString());
        String provinceDoc = json.readTree(province.body()).at("/result/documents/0/document").asString();
        String coffeeTask = select("SELECT ?t WHERE { ?t <" + vn.nq57.ontology.NQ.inDocument.getURI() + "> <"
                + documentIri + "> ; <" + vn.nq57.ontology.NQ.name.getURI() + "> ?n FILTER(CONTAINS(?n, \"Arabica\")) }");
        JsonNode aligned = json.readTree(get("/api/alignment?id=" + enc(coffeeTask)).body());
        assertEquals(provinceDoc, aligned.at("/upstream/0/document/id").asString(), aligned.toString());

        assertIndexIsWhatARebuildWouldGive();
    }

    /**
     * A removed plan's tasks are gone at once, their inferred alignments too: the entity API answers 404 and the
     * alignment graph says nothing of them as soon as the DELETE has answered, not once the realignment it scheduled
     * has run (a page opened in between showed a nameless "Resource" carrying out an upstream task).
     */
    @Test
    void aRemovedPlansTasksLeaveWithTheirAlignmentsAtOnce() {
        HttpResponse<String> added = upload("ke-hoach-96-xa.txt", fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "96/KH-UBND"));
        assertEquals(201, added.statusCode(), added.body());
        JsonNode result = json.readTree(added.body()).at("/result/documents/0");
        String documentIri = result.get("document").asString();
        waitFor(alignment.whenSettled());
        String inferred = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + vn.nq57.ontology.NQ.ALIGNMENT_GRAPH + "> { ?s ?p ?o } "
                + "GRAPH ?g { ?t <" + vn.nq57.ontology.NQ.inDocument.getURI() + "> <" + documentIri + "> } FILTER(?s = ?t || ?o = ?t) }";
        String task = select("SELECT ?t WHERE { GRAPH <" + vn.nq57.ontology.NQ.ALIGNMENT_GRAPH + "> { ?t <"
                + vn.nq57.alignment.AlignmentVocabulary.carriesOut.getURI() + "> ?up } ?t <" + vn.nq57.ontology.NQ.inDocument.getURI()
                + "> <" + documentIri + "> } LIMIT 1");
        assertNotEquals("0", select(inferred), "the plan's tasks were aligned");

        HttpResponse<String> removed = send("DELETE", "/api/documents/" + result.get("id").asString(), basic("admin", PASSWORD), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(404, get("/api/entities?id=" + enc(task)).statusCode(), "the removed task, right after the DELETE");
        assertEquals("0", select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { { <" + task + "> ?p ?o } UNION { ?s ?p <" + task + "> } } }"),
                "nothing left of it in any graph, the alignment graph included");
        waitFor(alignment.whenSettled());
    }

    @Test
    void aPlanCitedUndatedBecomesTheDatedPlanUploadedLaterAndTheLineageGoesThroughIt() {
        // a commune plan naming its province's plan with no date ("Căn cứ Kế hoạch số 16/KH-UBND của UBND tỉnh …")
        String commune = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "82/KH-UBND")
                .replace("15/KH-UBND ngày 10/01/2026", "16/KH-UBND");
        HttpResponse<String> added = upload("ke-hoach-82-xa.txt", commune);
        assertEquals(201, added.statusCode(), added.body());
        String documentIri = json.readTree(added.body()).at("/result/documents/0/document").asString();
        String citedBefore = select("SELECT ?d WHERE { ?c <" + vn.nq57.ontology.NQ.citingDocument.getURI() + "> <"
                + documentIri + "> ; <" + vn.nq57.ontology.NQ.citedDocument.getURI() + "> ?d . "
                + "?d <http://data.europa.eu/eli/ontology#number> \"16/KH-UBND\" }");
        assertTrue(citedBefore.contains("/undated/"), "alone, the commune plan can only name it undated: " + citedBefore);
        assertEquals(200, get("/api/entities?id=" + enc(citedBefore)).statusCode(), "the cited plan is a searchable stub");

        // the provincial plan arrives, dated: the stub is it, and the commune's lineage goes through its basis
        HttpResponse<String> province = upload("ke-hoach-16-tinh.txt",
                fixture("ke-hoach-15-lam-dong.txt").replace("15/KH-UBND", "16/KH-UBND"));
        assertEquals(201, province.statusCode(), province.body());
        String provinceDoc = json.readTree(province.body()).at("/result/documents/0/document").asString();
        assertFalse(provinceDoc.contains("/undated/"), provinceDoc);
        String up = get("/api/lineage/up?id=" + enc(documentIri)).body();
        assertTrue(up.contains("\"" + provinceDoc + "\"") && up.contains("ke-hoach-16-tinh.txt"), up);
        assertFalse(up.contains("/undated/"), up);
        assertEquals(404, get("/api/entities?id=" + enc(citedBefore)).statusCode(), "no second identity left to find");
        assertEquals("0", select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p <" + citedBefore + "> } }"));

        waitFor(alignment.whenSettled());
        assertIndexIsWhatARebuildWouldGive();
    }

    private static <T> T waitFor(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("the alignment did not settle", e);
        }
    }

    @Test
    void aRefusedUploadLeavesStoreAndIndexAsTheyWere() {
        State before = state("ca phe Arabica");
        byte[] binary = new byte[4096];
        new java.util.Random(57).nextBytes(binary);
        HttpResponse<String> broken = send("POST", "/api/documents", basic("admin", PASSWORD),
                List.of(new Part("scan.txt", "text/plain", binary)));
        assertEquals(422, broken.statusCode(), broken.body());
        JsonNode problem = json.readTree(broken.body());
        assertTrue(problem.get("type").asString().endsWith("/unprocessable-document"), broken.body());
        assertTrue(problem.get("detail").asString().contains("binary content"), broken.body());
        assertTrue(problem.get("detail").asString().contains("scan.txt"), "names the file: " + problem);
        assertFalse(problem.get("changed").asBoolean());
        String jobMessage = json.readTree(get(problem.get("job").asString()).body()).get("message").asString();
        assertEquals("reading scan.txt", jobMessage, "the job names the file, not the server's temporary folder");

        HttpResponse<String> words = upload("notes.txt", "Ghi chú họp giao ban, không có bảng nhiệm vụ.\n");
        assertEquals(422, words.statusCode(), words.body());
        assertNotNull(json.readTree(words.body()).get("report"), "the load report comes with the refusal");

        // Several files are one change: a good plan with a broken file beside it is not added either.
        HttpResponse<String> mixed = send("POST", "/api/documents", basic("admin", PASSWORD), List.of(
                Part.text("good-plan.txt", fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "82/KH-UBND")),
                new Part("bad.txt", "text/plain", binary)));
        assertEquals(422, mixed.statusCode(), mixed.body());

        HttpResponse<String> notADocument = send("POST", "/api/documents", basic("admin", PASSWORD),
                List.of(new Part("tool.exe", "application/x-msdownload", binary)));
        assertEquals(415, notADocument.statusCode(), notADocument.body());

        HttpResponse<String> tooLarge = send("POST", "/api/documents", basic("admin", PASSWORD),
                List.of(Part.text("huge.txt", "a".repeat(1_200_000))));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(1024 * 1024, json.readTree(tooLarge.body()).get("maxBytes").asLong(), "the 413 says the limit");

        assertEquals(before, state("ca phe Arabica"));
        assertFalse(Files.exists(SOURCES.resolve("good-plan.txt")), "nothing kept of a refused change");
        assertIndexIsWhatARebuildWouldGive();
    }

    /**
     * A text whose line is longer than any document's is no document, and is refused before anything changes, naming
     * the file and why, in the language asked: a megabyte of one line, a real plan whose line breaks were lost, a
     * basis sentence repeated on one line (the last two were added as empty drafts, the second citing 57-NQ/TW).
     */
    @Test
    void aTextWithoutLineBreaksIsNoDocumentAndChangesNothing() throws Exception {
        State before = state("ca phe Arabica");
        String plan = Files.readString(ROOT.resolve("data/sources/000_a8ce0484a169b946.txt"));
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("mot-megabyte.txt", "a".repeat(1_000_000));
        texts.put("ke-hoach-mat-xuong-dong.txt", plan.replaceAll("\\R", " "));
        texts.put("can-cu-mot-dong.txt", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá "
                + "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. ".repeat(2_000));
        for (var text : texts.entrySet()) {
            String file = text.getKey();
            for (String language : new String[] {"en", "vi"}) {
                HttpResponse<String> refused = send("POST", "/api/documents", basic("admin", PASSWORD),
                        List.of(Part.text(file, text.getValue())), language);
                assertEquals(422, refused.statusCode(), file + ": " + refused.body());
                JsonNode problem = json.readTree(refused.body());
                assertTrue(problem.get("type").asString().endsWith("/unprocessable-document"), refused.body());
                assertFalse(problem.get("changed").asBoolean());
                String detail = problem.get("detail").asString();
                assertTrue(detail.startsWith(file + (language.equals("en") ? ":1: a line of " : ", dòng 1: một dòng dài ")),
                        detail);
                assertTrue(detail.contains(language.equals("en") ? "over the 20000" : "vượt quá 20000 ký tự"), detail);
            }
            assertFalse(Files.exists(SOURCES.resolve(file)), "nothing kept of " + file);
        }
        assertEquals(before, state("ca phe Arabica"));
        assertIndexIsWhatARebuildWouldGive();
    }

    @Test
    void aFileAlreadyLoadedIsRefusedAndReplacedOnlyExplicitlyThenRemoved() {
        String plan = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "83/KH-UBND");
        HttpResponse<String> added = upload("ke-hoach-83.txt", plan);
        assertEquals(201, added.statusCode(), added.body());
        String id = json.readTree(added.body()).at("/result/documents/0/id").asString();
        String documentIri = json.readTree(added.body()).at("/result/documents/0/document").asString();
        assertTrue(Files.exists(SOURCES.resolve("ke-hoach-83.txt")), "kept for a rebuild");

        HttpResponse<String> again = upload("ke-hoach-83.txt", plan);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("PUT /api/documents/" + id), again.body());
        assertTrue(again.body().contains("The file 'ke-hoach-83.txt' is already loaded;"), again.body());
        assertTrue(json.readTree(again.body()).get("type").asString().endsWith("/conflict"), again.body());
        HttpResponse<String> againInVietnamese = send("POST", "/api/documents", basic("admin", PASSWORD),
                List.of(Part.text("ke-hoach-83.txt", plan)), "vi");
        assertEquals(409, againInVietnamese.statusCode(), againInVietnamese.body());
        assertEquals("Xung đột với dữ liệu đã có", json.readTree(againInVietnamese.body()).get("title").asString());
        assertEquals("vi", againInVietnamese.headers().firstValue("Content-Language").orElse(""));

        // Replace: the task renamed in the new version is found by its new words, no longer by its old ones.
        String revised = plan.replace("Lắp đặt điểm phát sóng wifi miễn phí", "Lắp đặt trạm sạc xe điện công cộng");
        HttpResponse<String> replaced = send("PUT", "/api/documents/" + id, basic("admin", PASSWORD),
                List.of(Part.text("ke-hoach-83.txt", revised)));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(taskHits("tram sac xe dien cong cong", documentIri) > 0);
        assertEquals(0, taskHits("diem phat song wifi mien phi", documentIri));
        assertEquals(5, json.readTree(get("/api/documents/" + id).body()).get("tasks").asInt());

        HttpResponse<String> removed = send("DELETE", "/api/documents/" + id, basic("admin", PASSWORD), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(404, get("/api/documents/" + id).statusCode());
        assertEquals(0, taskHits("tram sac xe dien cong cong", documentIri));
        assertEquals("0", select("SELECT (COUNT(*) AS ?n) WHERE { ?t <https://w3id.org/nq57/ontology#inDocument> <"
                + documentIri + "> }"));
        assertFalse(Files.exists(SOURCES.resolve("ke-hoach-83.txt")));
        assertEquals(404, send("DELETE", "/api/documents/" + id, basic("admin", PASSWORD), null).statusCode());
        assertIndexIsWhatARebuildWouldGive();
    }

    /**
     * The same document sent under another file name is a 409 that names the loaded document (id, file, IRI), so a
     * client can replace that one: its name alone is no document, and a PUT to it would be a 404.
     */
    @Test
    void theSameDocumentUnderAnotherNameIsRefusedNamingTheDocumentToReplace() {
        String plan = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "89/KH-UBND");
        HttpResponse<String> added = upload("ke-hoach-89.txt", plan);
        assertEquals(201, added.statusCode(), added.body());
        String documentIri = json.readTree(added.body()).at("/result/documents/0/document").asString();

        HttpResponse<String> again = upload("ke-hoach-89-ban-sua.txt", plan);
        assertEquals(409, again.statusCode(), again.body());
        JsonNode problem = json.readTree(again.body());
        assertEquals("ke-hoach-89.txt", problem.path("loadedAs").asString(), again.body());
        assertEquals("ke-hoach-89.txt", problem.path("loadedFile").asString(), again.body());
        assertEquals(documentIri, problem.path("loadedDocument").asString(), again.body());
        assertTrue(problem.path("detail").asString().contains("already loaded from the file 'ke-hoach-89.txt'"), again.body());
        assertEquals(404, send("PUT", "/api/documents/ke-hoach-89-ban-sua.txt", basic("admin", PASSWORD),
                List.of(Part.text("ke-hoach-89-ban-sua.txt", plan))).statusCode(), "not a document's id");

        HttpResponse<String> replaced = send("PUT", "/api/documents/" + problem.path("loadedAs").asString(),
                basic("admin", PASSWORD), List.of(Part.text("ke-hoach-89-ban-sua.txt", plan)));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(404, get("/api/documents/ke-hoach-89.txt").statusCode());
        assertEquals(documentIri, json.readTree(get("/api/documents/ke-hoach-89-ban-sua.txt").body()).path("document").asString());
    }

    @Test
    void theJobOfAChangeTellsItsPhaseAndResult() {
        HttpResponse<String> added = upload("ke-hoach-84.txt",
                fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "84/KH-UBND"));
        assertEquals(201, added.statusCode(), added.body());
        String job = json.readTree(added.body()).get("id").asString();
        JsonNode status = json.readTree(get("/api/jobs/" + job).body());
        assertEquals("DONE", status.get("phase").asString());
        // DONE is the end of the change (stored, searchable); the realignment it scheduled is no phase of the job, and
        // the alignment status tells it from then on: updating, or already current from a run begun after the job
        java.time.Instant created = java.time.Instant.parse(status.get("created").asString());
        JsonNode alignmentStatus = json.readTree(get("/api/alignment/status").body());
        assertTrue("updating".equals(alignmentStatus.get("state").asString())
                || "current".equals(alignmentStatus.get("state").asString())
                && java.time.Instant.parse(alignmentStatus.get("startedAt").asString()).isAfter(created),
                "after the job, the alignment status is the upload's run: " + alignmentStatus);
        // and the phases the API description promises are those a job goes through
        JsonNode phases = json.readTree(get("/v3/api-docs").body()).at("/components/schemas/Status/properties/phase/enum");
        List<String> published = new java.util.ArrayList<>();
        phases.forEach(p -> published.add(p.asString()));
        assertEquals(List.of("QUEUED", "READING", "PARSING", "VALIDATING", "STORING", "INDEXING", "DONE", "FAILED"),
                published);
        assertEquals(5, status.at("/result/report/documents/0/tasks").asInt());
        HttpResponse<String> noJob = get("/api/jobs/no-such-job");
        assertEquals(404, noJob.statusCode());
        JsonNode problem = json.readTree(noJob.body());
        assertTrue(problem.get("type").asString().endsWith("/not-found"), noJob.body());
        assertTrue(problem.get("detail").asString().contains("Location of the 202"), noJob.body());
        JsonNode list = json.readTree(get("/api/documents").body());
        boolean listed = false;
        for (JsonNode d : list) {
            if ("ke-hoach-84.txt".equals(d.get("file").asString())) {
                listed = true;
                assertEquals(5, d.at("/report/tasks").asInt(), "each document with its load report");
            }
        }
        assertTrue(listed, list.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** What a refused change must not alter: the store's quads, the index's entities, the documents, a search. */
    private record State(String quads, int indexed, int documents, long hits) {}

    /**
     * Store and index as a user sees them, once every alignment run scheduled so far has settled: an upload by an
     * earlier test realigns in the background and rewrites the alignment graph meanwhile, which is not this test's
     * change.
     */
    private State state(String query) {
        waitFor(alignment.whenSettled());
        return new State(select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), index.size(),
                json.readTree(get("/api/documents").body()).size(),
                json.readTree(get("/api/search?q=" + enc(query)).body()).get("total").asLong());
    }

    /** The incremental index holds exactly what a rebuild from the store would, and records the store's fingerprint. */
    private void assertIndexIsWhatARebuildWouldGive() {
        Set<IndexedEntity> rebuilt = new HashSet<>(EntityReader.read(store.dataset()));
        Set<IndexedEntity> indexed = new HashSet<>(index.entities());
        Set<IndexedEntity> missing = new HashSet<>(rebuilt);
        missing.removeAll(indexed);
        Set<IndexedEntity> extra = new HashSet<>(indexed);
        extra.removeAll(rebuilt);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing + "\nextra " + extra);
        assertTrue(index.matches(store.dataset()), "a restart will not rebuild");
    }

    private long taskHits(String query, String documentIri) {
        return ids(json.readTree(get("/api/search?q=" + enc(query)).body())).stream()
                .filter(id -> id.startsWith(documentIri + "/task/")).count();
    }

    private static List<String> ids(JsonNode results) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode hit : results.get("results")) out.add(hit.get("id").asString());
        return out;
    }

    private String select(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                var rs = qe.execSelect();
                var row = rs.next();
                var node = row.get(rs.getResultVars().getFirst());
                return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
            }
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
