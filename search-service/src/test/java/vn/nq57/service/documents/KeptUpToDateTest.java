package vn.nq57.service.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.search.index.StoreFingerprint;
import vn.nq57.service.store.DatasetHolder;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the service keeps between changes instead of reading the whole store on each one: the store fingerprint the
 * index records (kept graph by graph), the one the store records of itself (read at the next start instead of a count)
 * and the documents' list (kept document by document). After each add, replace, delete and refused upload over HTTP,
 * all must be what a full recount and a full walk of the store give.
 */
class KeptUpToDateTest extends WritableServiceTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DatasetHolder store;

    @Autowired
    SearchIndex index;

    @Autowired
    DocumentCatalog catalog;

    @Test
    void fingerprintAndDocumentListFollowEveryChange() {
        // Listed before the changes, so the list is kept (not read afresh) while they happen.
        assertEquals(catalog.walk(), catalog.list());
        List<String> fingerprints = new ArrayList<>();
        assertKept(fingerprints);

        String plan = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "91/KH-UBND");
        HttpResponse<String> added = upload("ke-hoach-91-kept.txt", plan);
        assertEquals(201, added.statusCode(), added.body());
        String id = json.readTree(added.body()).at("/result/documents/0/id").asString();
        assertKept(fingerprints);
        JsonNode listed = listed(id);
        assertEquals(5, listed.get("tasks").asInt());
        assertEquals(5, listed.at("/report/tasks").asInt(), "the added document is listed with its load report");

        String revised = plan.replace("Lắp đặt điểm phát sóng wifi miễn phí", "Lắp đặt trạm sạc xe điện công cộng")
                + "\n";
        HttpResponse<String> replaced = send("PUT", "/api/documents/" + id, basic("admin", PASSWORD),
                List.of(Part.text("ke-hoach-91-kept-v2.txt", revised)));
        assertEquals(200, replaced.statusCode(), replaced.body());
        String newId = json.readTree(replaced.body()).at("/result/documents/0/id").asString();
        assertKept(fingerprints);
        assertEquals("ke-hoach-91-kept-v2.txt", listed(newId).get("file").asString());

        HttpResponse<String> refused = upload("ke-hoach-91-kept-notes.txt", "Ghi chú, không có bảng nhiệm vụ.\n");
        assertEquals(422, refused.statusCode(), refused.body());
        String unchanged = index.fingerprint();
        assertEquals(StoreFingerprint.of(store.dataset()), unchanged, "a refused change changes nothing");
        assertEquals(unchanged, recorded(), "nor what the store records");

        HttpResponse<String> removed = send("DELETE", "/api/documents/" + newId, basic("admin", PASSWORD), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertKept(fingerprints);
        assertTrue(catalog.list().stream().noneMatch(d -> d.id().equals(newId) || d.id().equals(id)));
        assertEquals(fingerprints.getFirst(), fingerprints.getLast(), "the store is again what it was at the start");
    }

    /**
     * The index's fingerprint is a full recount's and differs from the one before the change; the kept list is a full
     * walk's, and GET serves it.
     */
    private void assertKept(List<String> seen) {
        String kept = index.fingerprint();
        assertEquals(StoreFingerprint.of(store.dataset()), kept, "the fingerprint kept = the store counted in full");
        assertEquals(kept, recorded(), "the fingerprint the store records = the store counted in full");
        assertTrue(seen.isEmpty() || !seen.getLast().equals(kept), "each change changes the fingerprint");
        seen.add(kept);
        List<DocumentSummary> walked = catalog.walk();
        assertEquals(walked, catalog.list(), "the list kept = the store walked in full");
        JsonNode served = json.readTree(get("/api/documents").body());
        assertEquals(walked.size(), served.size());
        assertFalse(walked.isEmpty());
    }

    /** The fingerprint of what the store records of itself, as the next start reads it. */
    private String recorded() {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> StoreFingerprint.recordedIn(store.dataset().asDatasetGraph()))
                .orElseThrow(() -> new AssertionError("the store records nothing"));
    }

    private JsonNode listed(String id) {
        for (JsonNode d : json.readTree(get("/api/documents").body())) {
            if (id.equals(d.get("id").asString())) return d;
        }
        throw new AssertionError(id + " is not in GET /api/documents");
    }
}
