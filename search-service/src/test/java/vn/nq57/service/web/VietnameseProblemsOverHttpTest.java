package vn.nq57.service.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.documents.WritableServiceTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request in Vietnamese is refused in Vietnamese, whichever API refuses it and whoever made the problem (the service,
 * Spring MVC, Spring Security, the loader reading an upload): on the real service, each bad request below is sent with
 * {@code Accept-Language: vi}, and its detail must be Vietnamese with no English sentence in it (neither the
 * thrower's English nor the generic sentence followed by it), naming what was at fault; the same request in English
 * gets an English detail naming it too.
 */
class VietnameseProblemsOverHttpTest extends WritableServiceTest {
    private final JsonMapper json = JsonMapper.builder().build();

    /** English function words and the English detail's usual opening: none belongs in a Vietnamese sentence. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|are|not|was|were|which|must|cannot|can|use|give|one|of|and|or|to|this|that|with|for|has"
                    + "|have|from|by|it|its|no|only|takes|refused|sent|missing|required|unknown|Parameter|Method"
                    + "|Nothing|Send)\\b");
    /** Letters only Vietnamese has among the scripts the service writes: a Vietnamese sentence holds some. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
            + "áàãéèíìóòõúùýĂÂĐÊÔƠƯ]");

    /** A bad request, what it must be answered with, and what its detail must name. */
    private record Bad(String what, int status, String names, UnaryOperator<HttpRequest.Builder> request) {}

    @Test
    void everyKindOfBadRequestIsRefusedInVietnameseNamingWhatIsWrong() {
        String admin = basic("admin", PASSWORD);
        String document = json.readTree(get("/api/documents").body()).get(0).get("document").asString();
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("a search parameter that is no number", 400, "'size'", r -> r.uri(uri("/api/search?q=so&size=abc"))),
                new Bad("a filter value naming nothing", 400, "'province'",
                        r -> r.uri(uri("/api/search?q=so&province=Atlantis"))),
                new Bad("a misspelt filter", 400, "'typ'", r -> r.uri(uri("/api/search?q=so&typ=Task"))),
                new Bad("a deadline that is no day", 400, "'deadlineFrom'",
                        r -> r.uri(uri("/api/search?q=so&deadlineFrom=2026-13-45"))),
                new Bad("an unknown type", 400, "'type'", r -> r.uri(uri("/api/search?q=so&type=Plan"))),
                new Bad("an unknown download format", 400, "'format'", r -> r.uri(uri("/api/search?q=so&format=pdf"))),
                new Bad("a download nobody writes", 406, "image/png",
                        r -> r.uri(uri("/api/search?q=so")).header("Accept", "image/png")),
                new Bad("Spring's 406", 406, "application/json",
                        r -> r.uri(uri("/api/stats")).header("Accept", "image/png")),
                new Bad("a SPARQL syntax error", 400, "'query'",
                        r -> r.uri(uri("/sparql?query=" + enc("SELECT * WHERE { ?s ?p }")))),
                new Bad("a SPARQL function given a bad argument", 400, "nq:search", r -> r.uri(uri("/sparql?query="
                        + enc("PREFIX nq: <https://w3id.org/nq57/ontology#> SELECT ?t { ?t nq:search (\"so\" 0) }")))),
                new Bad("a SPARQL result format that cannot hold the result", 400, "'format'",
                        r -> r.uri(uri("/sparql?format=ttl&query=" + enc("SELECT * { ?s ?p ?o }")))),
                new Bad("a graph IRI that is no IRI", 400, "'default-graph-uri'",
                        r -> r.uri(uri("/sparql?default-graph-uri=ke-hoach-a&query=" + enc("ASK {}")))),
                new Bad("a SPARQL update in a form", 405, "'update'", r -> r.uri(uri("/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("CLEAR ALL")))),
                new Bad("a SPARQL body of another type", 415, "text/plain", r -> r.uri(uri("/sparql"))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("ASK {}"))),
                new Bad("lineage of an IRI nothing has", 404, "'id'",
                        r -> r.uri(uri("/api/lineage/up?id=" + enc("https://w3id.org/nq57/id/doc/khong-co-ke-hoach")))),
                new Bad("lineage of an id that is no IRI", 400, "'id'", r -> r.uri(uri("/api/lineage/up?id=ke-hoach-a"))),
                new Bad("lineage down of an unknown type", 400, "'type'",
                        r -> r.uri(uri("/api/lineage/down?type=Plan&id=" + enc(document)))),
                new Bad("an entity without its id", 400, "'id'", r -> r.uri(uri("/api/entities"))),
                new Bad("a whole document as JSON", 400, "'format'",
                        r -> r.uri(uri("/api/entities/export?format=json&id=" + enc(document)))),
                new Bad("a method the address does not take", 405, "DELETE",
                        r -> r.uri(uri("/api/search?q=so")).DELETE()),
                new Bad("an address with nothing", 404, "/api/khong-co-gi", r -> r.uri(uri("/api/khong-co-gi"))),
                new Bad("an address the firewall refuses", 400, "«;»", r -> r.uri(uri("/api/search;x=1?q=so"))),
                new Bad("a preflight of another origin for a change", 403, "DELETE", r -> r.uri(uri("/api/documents/any"))
                        .header("Origin", "https://bao-cao.example.vn").header("Access-Control-Request-Method", "DELETE")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())),
                new Bad("an unknown job", 404, "'khong-co-tac-vu'", r -> r.uri(uri("/api/jobs/khong-co-tac-vu"))),
                new Bad("an upload without credentials", 401, "'admin'", r -> r.uri(uri("/api/documents"))
                        .header("Content-Type", "multipart/form-data; boundary=b57")
                        .POST(HttpRequest.BodyPublishers.ofString("--b57--\r\n"))),
                new Bad("an upload that is no form", 415, "'file'", r -> r.uri(uri("/api/documents"))
                        .header("Authorization", admin).POST(HttpRequest.BodyPublishers.ofString("KẾ HOẠCH"))),
                new Bad("an upload of an unreadable form", 400, "'file'", r -> r.uri(uri("/api/documents"))
                        .header("Authorization", admin).header("Content-Type", "multipart/form-data")
                        .POST(HttpRequest.BodyPublishers.ofString("KẾ HOẠCH"))),
                new Bad("an upload of a program", 415, "'tool.exe'", upload(admin,
                        new Part("tool.exe", "application/x-msdownload", new byte[] {77, 90, 0, 1}))),
                new Bad("an upload of binary bytes", 422, "scan.txt", upload(admin,
                        new Part("scan.txt", "text/plain", binary()))),
                new Bad("an upload in a legacy encoding", 422, "cp1258.txt", upload(admin,
                        new Part("cp1258.txt", "text/plain", new byte[] {'K', (byte) 0xE1, ' ', 'h', 'o', (byte) 0xE1, 'c', 'h'}))),
                new Bad("an upload that is no plan", 422, "'ghi-chu.txt'", upload(admin,
                        Part.text("ghi-chu.txt", "Ghi chú họp giao ban, không có bảng nhiệm vụ.\n"))),
                new Bad("removing an unknown document", 404, "'khong-co-tep.txt'", r -> r.uri(uri("/api/documents/khong-co-tep.txt"))
                        .header("Authorization", admin).DELETE())));

        List<String> failures = new ArrayList<>();
        for (Bad b : bad) {
            HttpResponse<String> vi = send(b, "vi");
            HttpResponse<String> en = send(b, "en");
            String why = b.what() + " (" + vi.request().method() + " " + vi.request().uri() + ")";
            if (vi.statusCode() != b.status()) {
                failures.add(why + ": status " + vi.statusCode() + " " + vi.body());
                continue;
            }
            JsonNode problem = json.readTree(vi.body());
            String detail = problem.path("detail").asString("");
            String english = json.readTree(en.body()).path("detail").asString("");
            Matcher word = ENGLISH.matcher(detail);
            if (word.find()) failures.add(why + ": English '" + word.group() + "' in: " + detail);
            if (!VIETNAMESE.matcher(detail).find()) failures.add(why + ": not Vietnamese: " + detail);
            if (!Normalizer.isNormalized(detail, Normalizer.Form.NFC)) failures.add(why + ": not NFC: " + detail);
            if (!detail.contains(b.names())) failures.add(why + ": does not name " + b.names() + ": " + detail);
            if (detail.equals(english) || !english.contains(b.names().replaceAll("^['«]|['»]$", ""))) {
                failures.add(why + ": English detail: " + english);
            }
            if (!"vi".equals(vi.headers().firstValue("Content-Language").orElse(""))) {
                failures.add(why + ": Content-Language " + vi.headers().allValues("Content-Language"));
            }
            if (problem.has(Problems.VI_DETAIL)) failures.add(why + ": sends its private property: " + vi.body());
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + bad.size() + " refused not in Vietnamese:\n"
                + String.join("\n", failures));
    }

    /** A refused upload's job, read in Vietnamese, tells the refusal in Vietnamese (it keeps it in both languages). */
    @Test
    void theJobOfARefusedUploadTellsItsRefusalInTheLanguageAsked() {
        HttpResponse<String> refused = send("POST", "/api/documents", basic("admin", PASSWORD),
                List.of(new Part("hong.txt", "text/plain", binary())), "vi");
        assertEquals(422, refused.statusCode(), refused.body());
        String job = json.readTree(refused.body()).get("job").asString();
        JsonNode vi = json.readTree(send("GET", job, null, null, "vi").body()).get("problem");
        JsonNode en = json.readTree(send("GET", job, null, null, "en").body()).get("problem");
        assertTrue(vi.get("detail").asString().startsWith("hong.txt: nội dung nhị phân"), vi.toString());
        assertTrue(en.get("detail").asString().startsWith("hong.txt: binary content"), en.toString());
        assertNull(vi.get(Problems.VI_DETAIL), vi.toString());
        assertNotEquals(vi.get("title"), en.get("title"));
    }

    /** A POST of one file to {@code /api/documents}, as the admin. */
    private UnaryOperator<HttpRequest.Builder> upload(String authorization, Part part) {
        String boundary = "nq57-" + UUID.randomUUID();
        byte[] body = multipartBody(boundary, part);
        return r -> r.uri(uri("/api/documents")).header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> send(Bad bad, String language) {
        HttpRequest request = bad.request().apply(HttpRequest.newBuilder()).header("Accept-Language", language).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipartBody(String boundary, Part part) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + part.fileName()
                + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(part.bytes());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        new java.util.Random(57).nextBytes(bytes);
        return bytes;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
