package vn.nq57.service.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.search.analysis.VietnameseFolding;
import vn.nq57.service.RealDataServiceTest;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What users paste and type into the search, over HTTP on the real documents: list markers and emoji are not words,
 * filters take any Unicode form, case or the id the API publishes, over-long input is a 400 naming the parameter
 * and the limit, look-alike letters are folded, forgiving matches are counted and labelled apart and never rank above
 * exact ones, and a document number finds its document first.
 */
class SearchInputTest extends RealDataServiceTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    // --- what is not a word

    @ParameterizedTest
    @ValueSource(strings = {"a) chuyển đổi số", "1. chuyển đổi số", "- chuyển đổi số", "II. chuyển đổi số",
            "• chuyển đổi số", "(3) chuyển đổi số", "b. chuyển đổi số"})
    void aPastedListMarkerIsNotARequiredWord(String pasted) throws Exception {
        JsonNode plain = search("chuyển đổi số", "");
        JsonNode marked = search(pasted, "");
        assertTrue(plain.get("total").asLong() > 0);
        assertEquals(plain.get("total").asLong(), marked.get("total").asLong(), pasted);
        assertEquals(ids(plain), ids(marked), pasted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"🙂 ATTT", "™ ATTT", "ATTT 👍🏽", "★ATTT", "ATTT ©"})
    void symbolsAndEmojiAreNotRequiredWords(String typed) throws Exception {
        JsonNode plain = search("ATTT", "");
        assertTrue(plain.get("total").asLong() > 0);
        assertEquals(ids(plain), ids(search(typed, "")), typed);
    }

    @Test
    void lookAlikeLettersAreTheVietnameseOnes() throws Exception {
        JsonNode plain = search("Đồng Nai", "");
        assertTrue(plain.get("total").asLong() > 0);
        assertEquals(ids(plain), ids(search("\u0189ồng Nai", "")), "Ɖ (U+0189, African D) is Đ");
        assertEquals(ids(plain), ids(search("\u0256ồng Nai", "")), "ɖ (U+0256) is đ");
        // Cyrillic о (U+043E) with the combining circumflex and grave: "ồ" on another keyboard layout.
        assertEquals(ids(plain), ids(search("Đ\u043E\u0302\u0300ng Nai", "")), "Cyrillic о is o");
    }

    // --- filters

    @Test
    void aProvinceFilterMatchesInAnyFormCaseOrById() throws Exception {
        JsonNode all = search("chuyển đổi số", "");
        JsonNode facet = all.get("facets").get("province").get(0);
        String province = facet.get("value").asString();
        long count = facet.get("count").asLong();
        assertTrue(province.startsWith("tỉnh ") || province.startsWith("thành phố "), province);
        String bare = province.replaceFirst("^(tỉnh|thành phố) ", "");   // as officers write it: "Đồng Nai"
        for (String form : List.of(province, province.toLowerCase(Locale.ROOT), province.toUpperCase(Locale.ROOT),
                Normalizer.normalize(province, Normalizer.Form.NFD), "  " + province + " ", bare)) {
            assertEquals(count, search("chuyển đổi số", "&province=" + enc(form)).get("total").asLong(), form);
        }
        // The area id /api/stats publishes for the province.
        JsonNode stats = getJson("/api/stats");
        String id = null;
        for (JsonNode p : stats.get("byProvince")) if (p.get("province").asString().equals(province)) id = p.get("id").asString();
        assertNotNull(id, "stats lists " + province);
        assertEquals(count, search("chuyển đổi số", "&province=" + enc(id)).get("total").asLong(), id);
    }

    @Test
    void documentAndUnitFiltersTakeIdsNumbersAndNames() throws Exception {
        JsonNode all = search("chuyển đổi số", "");
        JsonNode doc = all.get("facets").get("document").get(0);
        long count = doc.get("count").asLong();
        String iri = doc.get("value").asString();
        JsonNode document = getJson("/api/search?type=Document&document=" + enc(iri)).get("results").get(0);
        JsonNode numbered = document.get("document").get("number");
        assertEquals(count, search("chuyển đổi số", "&document=" + enc(iri)).get("total").asLong());
        if (!numbered.isNull()) {   // a draft has no number to name it by
            String number = numbered.asString();
            long byNumber = search("chuyển đổi số", "&document=" + enc(number)).get("total").asLong();
            assertTrue(byNumber >= count, number + " names this document (and any other of that number)");
        }
        JsonNode unit = all.get("facets").get("unit").get(0);
        assertEquals(unit.get("count").asLong(),
                search("chuyển đổi số", "&unit=" + enc(unit.get("value").asString())).get("total").asLong());
        JsonNode issuer = all.get("facets").get("issuer").get(0);
        assertEquals(issuer.get("count").asLong(), search("chuyển đổi số", "&issuer="
                + enc(issuer.get("value").asString().toLowerCase(Locale.ROOT))).get("total").asLong());
        assertEquals(search("chuyển đổi số", "&level=commune").get("total").asLong(),
                search("chuyển đổi số", "&level=" + enc("Xã")).get("total").asLong(), "a level by its Vietnamese name");
    }

    @Test
    void aFilterValueNamingNothingIsA400NamingTheParameter() throws Exception {
        assertProblem("/api/search?q=ATTT&province=" + enc("tỉnh Không Có"), "province");
        assertProblem("/api/search?q=ATTT&document=" + enc("https://w3id.org/nq57/id/doc/nowhere"), "document");
        assertProblem("/api/search?q=ATTT&issuer=" + enc("Không ai"), "issuer");
    }

    @Test
    void repeatedFilterValuesAreAlternativesAndAValueKeepsItsCommas() throws Exception {
        JsonNode all = search("chuyển đổi số", "");
        JsonNode issuers = all.get("facets").get("issuer");
        assertTrue(issuers.size() >= 2, issuers.toString());
        String a = issuers.get(0).get("value").asString();
        String b = issuers.get(1).get("value").asString();
        JsonNode either = search("chuyển đổi số", "&issuer=" + enc(a) + "&issuer=" + enc(b));
        assertEquals(issuers.get(0).get("count").asLong() + issuers.get(1).get("count").asLong(),
                either.get("total").asLong(), "an entity has one issuer: the two counts add up");
        assertEquals(issuers, either.get("facets").get("issuer"), "the issuer facet still offers every issuer");
        assertEquals(either.get("total").asLong(), search("chuyển đổi số", "&issuer=" + enc(a) + "&issuer="
                + enc(b) + "&issuer=").get("total").asLong(), "a blank value is no value");

        // One value with a comma is one name: not split into "UBND xã Mỹ An" and "huyện Tháp Mười".
        JsonNode problem = assertProblem("/api/search?q=ATTT&issuer=" + enc("UBND xã Không Có, huyện Không Có"),
                "issuer");
        assertTrue(problem.get("detail").asString().contains("UBND xã Không Có, huyện Không Có"), problem.toString());
    }

    // --- over-long input

    @Test
    void overLongInputIsA400NamingTheParameterAndTheLimit() throws Exception {
        String long3000 = "chuyen doi so ".repeat(215).substring(0, 3000); // ASCII: the URL stays within Tomcat's header limit
        for (String path : List.of("/api/suggest?q=", "/api/search?q=", "/api/indicators/compare?q=",
                "/api/search?q=ATTT&province=", "/api/search?q=ATTT&unit=")) {
            JsonNode problem = assertProblem(path + enc(long3000), path.substring(path.lastIndexOf('&') + 1, path.length() - 1)
                    .replaceAll(".*\\?", ""));
            assertTrue(problem.get("detail").asString().contains("1000"), problem.toString());
        }
        // Under the character limit but more words than a query takes.
        String manyWords = "an ".repeat(300);
        for (String path : List.of("/api/suggest?q=", "/api/search?q=")) {
            JsonNode problem = assertProblem(path + enc(manyWords), "q");
            assertTrue(problem.get("detail").asString().contains("64"), problem.toString());
        }
        // The longest accepted query still answers.
        String sixtyFour = String.join(" ", java.util.Collections.nCopies(64, "số"));
        assertEquals(200, get("/api/search?q=" + enc(sixtyFour)).statusCode());
        assertEquals(200, get("/api/suggest?q=" + enc(sixtyFour)).statusCode());
    }

    // --- forgiving matches

    @Test
    void approximateMatchesAreCountedApartLabelledAndRankedAfterExactOnes() throws Exception {
        JsonNode r = search("dùng tiền mặt", "&size=100");
        JsonNode counts = r.get("counts");
        long exact = counts.get("exact").asLong();
        assertTrue(exact >= 1, r.toString());
        assertEquals(r.get("total").asLong(),
                exact + counts.get("approximate").asLong() + counts.get("partial").asLong());
        List<String> order = List.of("exact", "approximate", "partial");
        int previous = 0, exactSeen = 0;
        for (JsonNode result : r.get("results")) {
            int tier = order.indexOf(result.get("match").asString());
            assertTrue(tier >= previous, "exact first, then approximate: " + result);
            previous = tier;
            if (tier == 0) {
                exactSeen++;
                String text = Normalizer.normalize(result.get("name").asString() + " "
                        + result.get("snippet").asString().replaceAll("</?mark>", ""), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                for (String word : List.of("dùng", "tiền", "mặt")) assertTrue(text.contains(word), word + " in " + text);
            }
        }
        assertEquals(exact, exactSeen);
    }

    @Test
    void anAbsentPhraseDoesNotReturnTextsHoldingOneOfItsWords() throws Exception {
        JsonNode r = search("hội nhập", "&size=100");
        for (JsonNode result : r.get("results")) {
            String folded = VietnameseFolding.removeMarks(result.get("snippet").asString().toLowerCase(Locale.ROOT));
            assertTrue(folded.contains("nhap"), "a result for 'hội nhập' holds 'nhập' (in any diacritics): " + result);
        }
    }

    @Test
    void aTypoStillFindsWhatWasMeantMarkedApproximate() throws Exception {
        JsonNode r = search("an ninh mnag", "");
        assertTrue(r.get("approximate").asBoolean());
        assertTrue(r.get("counts").get("approximate").asLong() > 0, r.get("counts").toString());
        assertEquals("approximate", r.get("results").get(0).get("match").asString());
    }

    // --- document numbers

    @ParameterizedTest
    @ValueSource(strings = {"92/KH-UBND", "130/KH-UBND", "57-NQ/TW"})
    void aDocumentNumberRanksItsDocumentFirst(String number) throws Exception {
        JsonNode first = search(number, "").get("results").get(0);
        assertEquals("Document", first.get("type").asString(), first.toString());
        assertEquals(number, first.get("document").get("number").asString());
    }

    @Test
    void nq57FindsResolution57InTheTopThree() throws Exception {
        for (String typed : List.of("nq 57", "NQ 57", "nq57", "nghị quyết 57", "nghi quyet 57", "nghi quyet so 57",
                "57 NQ TW", "57 nq tw")) {
            List<String> top = new ArrayList<>();
            for (JsonNode result : search(typed, "&size=3").get("results"))
                if (result.get("type").asString().equals("Document")) top.add(result.get("document").get("number").asString());
            assertTrue(top.contains("57-NQ/TW"), typed + ": " + top);
        }
    }

    // --- helpers

    private JsonNode search(String q, String more) throws Exception {
        return getJson("/api/search?q=" + enc(q) + more);
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("results").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), () -> pathAndQuery + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return json.readTree(response.body());
    }

    private JsonNode assertProblem(String pathAndQuery, String parameter) throws Exception {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertEquals(400, response.statusCode(), () -> pathAndQuery.substring(0, Math.min(80, pathAndQuery.length()))
                + ": " + new String(response.body(), StandardCharsets.UTF_8));
        JsonNode problem = json.readTree(response.body());
        assertEquals(parameter, problem.get("parameter").asString(), problem.toString());
        assertTrue(problem.get("detail").asString().contains(parameter), problem.toString());
        return problem;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
