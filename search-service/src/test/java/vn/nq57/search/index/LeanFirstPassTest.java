package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean first pass (one term per syllable, no fuzzy terms) with the full query ranking its window, on the
 * real store: what a user relies on that the split could break. The real corpus has fewer matches per query than the
 * window, so the tests that need the window to cut narrow it.
 */
class LeanFirstPassTest {

  @TempDir
  static Path dir;

  static SearchIndex index;

  @BeforeAll
  static void build() {
    index = SearchIndex.build(RealStore.get().dataset(), dir.resolve("lucene"));
    index.useCaches(CacheSettings.OFF);
  }

  @AfterEach
  void defaults() {
    index.firstPassWindow(SearchIndex.FIRST_PASS_WINDOW);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static SearchRequest ranked(String q, int size) {
    return SearchRequest.of(q).withFacets(false).withSize(size);
  }

  @Test
  void theWindowIsRankedAsTheFullQueryRanksEveryMatch() {
    // Toned, toneless, ASCII, mixed, an expansion, a document number, a unit: the ranking of the top 20 is the one the
    // full query gives when it scores every match, as long as the window holds the full query's top.
    List<String> queries = List.of("an toàn thông tin", "chuyen doi so", "dịch vụ cong truc tuyen", "hạ tầng số",
        "Công an xã", "trí tuệ nhân tạo", "57-NQ/TW", "thanh toán không dùng tiền mặt", "dữ liệu");
    for (String q : queries) {
      index.firstPassWindow(0);
      SearchResults full = index.search(ranked(q, 20));
      index.firstPassWindow(SearchIndex.FIRST_PASS_WINDOW);
      SearchResults lean = index.search(ranked(q, 20));
      assertEquals(ids(full), ids(lean), q);
      assertEquals(full.total(), lean.total(), q + ": no fuzzy-only match here, so the same hits");
    }
  }

  @Test
  void aSyllableTypedWithATonePassesOnlyItsExactTierAndTextsWithoutDiacritics() {
    // "số" folds to "so", which also spells sở, sổ, sơ, …: the lean pass searches the exact tier, not the folded one.
    SearchResults r = index.search(ranked("số", 200));
    assertTrue(r.total() > 20, "many texts say số: " + r.total());
    for (SearchHit h : r.hits()) {
      String text = Normalizer.normalize(h.entity().text(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      assertTrue(text.matches("(?s).*(^|[^\\p{L}])(số|so)([^\\p{L}]|$).*"), "hit without 'số': " + h.entity().text());
    }
    SearchResults folded = index.search(ranked("so", 1));
    assertTrue(folded.total() > r.total(), "typed without diacritics it finds every spelling: " + folded.total());
  }

  @Test
  void theFullQueryOrdersTheWindowWhateverTheFirstPassScored() {
    // A window of 10: the first pass only chooses which ten; they are listed in the order the full query (every tier,
    // the name, proximity) gives them, so an exact-toned match in the name still leads.
    for (String q : List.of("an toàn thông tin", "chuyen đổi số nông nghiệp", "Phòng van hoa xã hội")) {
      index.firstPassWindow(10);
      List<String> lean = ids(index.search(ranked(q, 10)));
      index.firstPassWindow(0);
      List<String> full = ids(index.search(ranked(q, 1000)));
      assertEquals(full.stream().filter(lean::contains).toList(), lean, q);
    }
  }

  @Test
  void pagesAcrossTheWindowsEdgeNeitherOverlapNorSkip() {
    index.firstPassWindow(15);
    String q = "chuyển đổi số";
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      paged.addAll(ids(index.search(SearchRequest.of(q).withFacets(false).withSize(10).withPage(page))));
    }
    Set<String> distinct = new HashSet<>(paged);
    assertEquals(paged.size(), distinct.size(), "no entity on two pages");
    assertEquals(ids(index.search(ranked(q, 40))), paged, "the pages are the one list cut in tens");
  }

  @Test
  void anAbbreviationStillFindsTheExpandedTextAndADocumentNumberItsDocument() {
    index.firstPassWindow(5);
    SearchResults attt = index.search(ranked("ATTT", 50));
    assertTrue(attt.hits().stream().anyMatch(h -> h.entity().text().toLowerCase().contains("an toàn thông tin")
        && !h.entity().text().contains("ATTT")), "the expansion, not only the short form");
    SearchResults expanded = index.search(ranked("an toàn thông tin", 200));
    assertTrue(expanded.hits().stream().anyMatch(h -> h.entity().text().contains("ATTT")
        && !h.entity().text().toLowerCase().contains("an toàn thông tin")), "the short form from the typed expansion");
    SearchResults number = index.search(ranked("57-NQ/TW", 10));
    assertEquals(EntityType.DOCUMENT, number.hits().getFirst().entity().type());
    assertEquals("57-NQ/TW", number.hits().getFirst().entity().document().number());
  }

  @Test
  void aWordFoundOnlyByOneEditIsAnApproximateMatch() {
    // "blokchain" (Q45) is in no text; its one-edit neighbour "blockchain" is. The lean pass has no fuzzy terms, so the
    // as-typed check finds nothing and the forgiving pass lists the neighbours as approximate.
    SearchResults r = index.search(ranked("blokchain", 10));
    assertTrue(r.approximate());
    assertFalse(r.hits().isEmpty());
    assertTrue(r.hits().stream().allMatch(h -> h.match() == SearchHit.Match.APPROXIMATE), "no hit as typed");
    assertTrue(r.hits().getFirst().entity().text().toLowerCase().contains("blockchain"));
  }

  @Test
  void aTextHoldingEveryWordOfALongQueryComesBeforeShortTextsLackingOne() {
    // Four parts, so a match may lack one: the provincial offices' short texts ("Công an tỉnh ¶ tỉnh Quảng Ngãi")
    // have three of them and outscored the committee's own plan (16th), whose long text ends with its issuer "UBND tỉnh
    // Quảng Ngãi"; a text holding every part counts double.
    List<SearchHit> hits = index.search(ranked("UBND tỉnh Quảng Ngãi", 20)).hits();
    List<String> names = hits.stream().map(h -> h.entity().name()).toList();
    int plan = -1;
    for (int i = 0; i < hits.size() && plan < 0; i++) {
      IndexedEntity e = hits.get(i).entity();
      if (e.type() == EntityType.DOCUMENT && e.text().contains("UBND tỉnh Quảng Ngãi")) {
        plan = i;
      }
    }
    assertTrue(plan >= 0 && plan < 5, "the committee's plan among the first five: " + names);
    for (SearchHit h : hits.subList(0, plan)) {
      assertFalse(h.entity().text().length() < 40 && !h.entity().text().contains("UBND"),
          "a short text lacking 'UBND' above the plan that holds every word: " + names);
    }
  }

  @Test
  void theRankedListAndTheFacetedSearchCountTheSameHits() {
    for (String q : List.of("chuyen doi so", "an toàn thông tin", "Công an xã")) {
      SearchResults ranked = index.search(ranked(q, 10));
      SearchResults faceted = index.search(SearchRequest.of(q).withSize(10));
      assertEquals(faceted.total(), ranked.total(), q);
      assertEquals(ids(faceted), ids(ranked), q + ": facets do not change the ranking");
    }
  }
}
