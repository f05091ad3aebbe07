package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the speed work must not change: a total said to be exact is the number of matches, one said to be a lower bound
 * is one; cached answers are the answers computed afresh; facet counts are exact; and a new index generation (a
 * rebuild, an update) is never answered from what an older one answered.
 */
class SearchCachesAndTotalsTest {

  @TempDir
  static Path dir;

  static Dataset store;
  static SearchIndex index;

  /** Words of every kind: exact, folded, abbreviation, phrase, number, forgiving tiers, nothing; with filters. */
  private static final List<SearchRequest> REQUESTS = List.of(
      SearchRequest.of("chuyển đổi số"),
      SearchRequest.of("chuyen doi so").withPage(2),
      SearchRequest.of("chuyen doi so").withFacets(false),
      SearchRequest.of("ATTT"),
      SearchRequest.of("\"thủ tục hành chính\""),
      SearchRequest.of("57-NQ/TW"),
      SearchRequest.of("lờm sóng"),
      SearchRequest.of("an ninh mnag"),
      SearchRequest.of("dùng tiền mặt"),
      SearchRequest.of("hội nhập"),
      SearchRequest.of("").withType(EntityType.TASK).withSize(50),
      SearchRequest.of("dịch vụ công").withType(EntityType.TASK).withLevel("commune"),
      SearchRequest.of("").withFacets(false));

  @BeforeAll
  static void build() {
    store = RealStore.get().dataset();
    index = SearchIndex.build(store, dir.resolve("lucene"));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void aCachedAnswerIsTheAnswerComputedAfresh() {
    index.useCaches(CacheSettings.OFF);
    List<SearchResults> fresh = REQUESTS.stream().map(index::search).toList();
    index.useCaches(CacheSettings.DEFAULT);
    List<SearchResults> first = REQUESTS.stream().map(index::search).toList();
    int[] cached = index.cachedEntries();
    assertEquals(REQUESTS.size(), cached[0], "every answer is cached");
    List<SearchResults> again = REQUESTS.stream().map(index::search).toList();
    assertArrayEquals(cached, index.cachedEntries(), "the repeats were answered from the cache");
    for (int i = 0; i < REQUESTS.size(); i++) {
      assertEquals(fresh.get(i), first.get(i), "first answer with caching on, " + REQUESTS.get(i));
      assertEquals(fresh.get(i), again.get(i), "cached answer, " + REQUESTS.get(i));
    }
    // The same words typed with other spaces or in another Unicode form are the same search.
    String decomposed = java.text.Normalizer.normalize("chuyển  đổi số ", java.text.Normalizer.Form.NFD);
    assertEquals(fresh.get(0), index.search(SearchRequest.of(decomposed)));
  }

  @Test
  void thePagesOfASearchShareItsFacetCountsAndTheyAreExact() {
    index.useCaches(CacheSettings.DEFAULT);
    SearchResults page1 = index.search(SearchRequest.of("chuyển đổi số"));
    SearchResults page2 = index.search(SearchRequest.of("chuyển đổi số").withPage(2));
    assertEquals(page1.facets(), page2.facets());
    assertEquals(page1.total(), page2.total());
    assertTrue(page1.totalExact());
    for (FacetCount type : page1.facets().get(IndexFields.TYPE)) {
      SearchResults filtered = index.search(SearchRequest.of("chuyển đổi số")
          .withType(EntityType.valueOf(type.value().toUpperCase(java.util.Locale.ROOT))).withFacets(false));
      assertEquals(type.count(), filtered.total(), "facet " + type.value() + " counts what clicking it lists");
      assertTrue(filtered.totalExact());
    }
    for (FacetCount province : page1.facets().get(IndexFields.PROVINCE)) {
      assertEquals(province.count(),
          index.search(SearchRequest.of("chuyển đổi số").withProvince(province.value()).withSize(0)).total());
    }
  }

  @Test
  void aRankedListWithoutFacetsStopsCountingPastTheThresholdAndSaysSo(@TempDir Path other) {
    try (SearchIndex small = SearchIndex.build(store, other.resolve("lucene"))) {
      // Lucene counts at least as far as the first pass's window (it needs that many hits), so the window is narrowed
      // below the real corpus's matches as well.
      small.firstPassWindow(20);
      SearchResults exact = small.search(SearchRequest.of("chuyển đổi số"));
      assertTrue(exact.total() > 40, "the real documents have many matches: " + exact.total());
      small.totalHitsThreshold(20);
      SearchResults counted = small.search(SearchRequest.of("chuyển đổi số"));
      assertEquals(SearchResults.TotalRelation.EQ, counted.totalRelation(), "with facets the total is always exact");
      assertEquals(exact.total(), counted.total());

      SearchResults lean = small.search(SearchRequest.of("chuyển đổi số").withFacets(false));
      assertEquals(SearchResults.TotalRelation.GTE, lean.totalRelation());
      assertEquals(20, lean.total(), "more than the threshold, said as the threshold");
      assertTrue(exact.total() > lean.total(), "a lower bound of the true total");
      assertEquals(ids(exact), ids(lean), "the page itself is the same");
      assertEquals(exact.hits(), lean.hits());

      // Fewer matches than the threshold: counted exactly.
      SearchResults few = small.search(SearchRequest.of("lõm sóng").withFacets(false));
      assertEquals(SearchResults.TotalRelation.EQ, few.totalRelation());
      assertEquals(small.search(SearchRequest.of("lõm sóng")).total(), few.total());

      // Counting every entity costs nothing: exact whatever the threshold.
      SearchResults all = small.search(SearchRequest.of("").withFacets(false));
      assertEquals(SearchResults.TotalRelation.EQ, all.totalRelation());
      assertEquals(small.size(), all.total());
    }
  }

  @Test
  void aNewGenerationIsNeverAnsweredFromAnOlderOnesCache(@TempDir Path other) throws Exception {
    var growing = RealStore.load(RealStore.SOURCES.resolve(firstSource()));
    try (SearchIndex live = SearchIndex.build(growing.dataset(), other.resolve("lucene"))) {
      live.useCaches(CacheSettings.DEFAULT);
      SearchRequest request = SearchRequest.of("chuyển đổi số");
      SearchResults before = live.search(request);
      assertEquals(before, live.search(request), "cached");

      // A rebuild after the store changed.
      new vn.nq57.loader.Loader(m -> {}).load(growing, List.of(RealStore.SOURCES));
      live.rebuild(growing.dataset());
      SearchResults after = live.search(request);
      assertNotEquals(before.total(), after.total(), "the whole corpus has more matches than one document");
      assertEquals(index.search(request).total(), after.total(), "what an index of the same store answers");

      // An update of some entities (the upload path): one document's entities leave the store and the index.
      String documentIri = before.hits().getFirst().entity().document().id();
      List<String> gone = new ArrayList<>();
      for (IndexedEntity e : live.entities()) {
        if (e.document() != null && documentIri.equals(e.document().id())) {
          gone.add(e.id());
        }
      }
      assertFalse(gone.isEmpty());
      SearchResults cachedBeforeUpdate = live.search(request);
      String graph = growing.documents().stream().filter(d -> documentIri.equals(d.documentIri())).findFirst()
          .orElseThrow().graph();
      org.apache.jena.system.Txn.executeWrite(growing.dataset(), () -> {
        growing.dataset().removeNamedModel(graph);
        var update = live.prepareUpdate(growing.dataset(), gone, List.of(graph));
        live.swapIn(update);
      });
      SearchResults updated = live.search(request);
      assertTrue(updated.total() < cachedBeforeUpdate.total(),
          "answered by the new generation: " + updated.total() + " < " + cachedBeforeUpdate.total());
      assertTrue(updated.hits().stream().noneMatch(h -> gone.contains(h.id())), "no removed entity is listed");
      Map<String, List<FacetCount>> facets = updated.facets();
      assertTrue(facets.get(IndexFields.DOCUMENT).stream().noneMatch(f -> f.value().equals(documentIri)),
          "the facets are the new generation's too");
    } finally {
      growing.close();
    }
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static String firstSource() throws Exception {
    try (var files = java.nio.file.Files.list(RealStore.SOURCES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst()
          .orElseThrow();
    }
  }
}
