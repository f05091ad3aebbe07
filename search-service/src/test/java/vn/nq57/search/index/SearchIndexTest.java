package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index built from the real store: what it holds, how it ranks, filters, facets, snippets and suggestions. */
class SearchIndexTest {

  private static final String NQ = "PREFIX nq: <https://w3id.org/nq57/ontology#>\n";

  @TempDir
  static Path dir;

  static Dataset store;
  static SearchIndex index;

  @BeforeAll
  static void build() {
    store = RealStore.get().dataset();
    index = SearchIndex.build(store, dir.resolve("lucene"));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static long count(String where) {
    return Txn.calculateRead(store, () -> {
      try (QueryExecution qe = QueryExecution.dataset(store)
          .query(NQ + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { " + where + " }").build()) {
        return qe.execSelect().next().getLiteral("n").getLong();
      }
    });
  }

  @Test
  void holdsOneDocumentPerTaskIndicatorDocumentAndUnitOfTheStore() {
    Map<EntityType, Long> byType = index.entities().stream()
        .collect(Collectors.groupingBy(IndexedEntity::type, Collectors.counting()));
    assertEquals(count("?e a nq:Task"), byType.get(EntityType.TASK));
    assertEquals(count("?e a nq:Indicator"), byType.get(EntityType.INDICATOR));
    assertEquals(count("?e a nq:PolicyDocument"), byType.get(EntityType.DOCUMENT));
    assertEquals(count("VALUES ?c { nq:Unit nq:CollectiveUnit } ?e a ?c"), byType.get(EntityType.UNIT));
    assertEquals(index.entities().size(), index.size());
  }

  @Test
  void keepsTheStoresOrderWhateverThreadsWroteIt() {
    List<String> stored = EntityReader.read(store).stream().map(IndexedEntity::id).toList();
    assertEquals(stored, index.entities().stream().map(IndexedEntity::id).toList());
    List<String> browsed = index.search(SearchRequest.of("").withType(EntityType.TASK).withSize(100)).hits().stream()
        .map(SearchHit::id).toList();
    assertEquals(stored.stream().filter(browsed::contains).toList(), browsed, "browsing lists tasks in table order");
  }

  @Test
  void readsDocumentsThenEachDocumentsTasksAndIndicatorsInTableOrderThenUnits() {
    List<IndexedEntity> all = EntityReader.read(store);
    List<EntityType> blocks = all.stream().map(e -> switch (e.type()) {
      case DOCUMENT -> EntityType.DOCUMENT;
      case TASK, INDICATOR -> EntityType.TASK;
      case UNIT -> EntityType.UNIT;
    }).distinct().toList();
    assertEquals(List.of(EntityType.DOCUMENT, EntityType.TASK, EntityType.UNIT), blocks, "three blocks, in this order");
    List<String> documents = all.stream().filter(e -> e.type() == EntityType.DOCUMENT).map(IndexedEntity::id).toList();
    assertEquals(documents.stream().sorted().toList(), documents, "documents by IRI");
    Map<String, Integer> positions = Txn.calculateRead(store, () -> {
      Map<String, Integer> out = new java.util.HashMap<>();
      try (QueryExecution qe = QueryExecution.dataset(store).query(NQ
          + "SELECT ?e ?p WHERE { GRAPH ?g { ?e nq:position ?p } }").build()) {
        qe.execSelect().forEachRemaining(row -> out.merge(row.getResource("e").getURI(),
            row.getLiteral("p").getInt(), Math::min));
      }
      return out;
    });
    List<IndexedEntity> parts = all.stream()
        .filter(e -> e.type() == EntityType.TASK || e.type() == EntityType.INDICATOR).toList();
    // Read one document at a time, the parts come out as one sort of them all would put them.
    List<IndexedEntity> sorted = parts.stream().sorted(java.util.Comparator
        .comparing((IndexedEntity e) -> e.document() == null ? "" : e.document().id())
        .thenComparing(e -> e.type().ordinal())
        .thenComparingInt(e -> positions.getOrDefault(e.id(), Integer.MAX_VALUE))
        .thenComparing(IndexedEntity::id)).toList();
    assertEquals(sorted.stream().map(IndexedEntity::id).toList(), parts.stream().map(IndexedEntity::id).toList());
    assertEquals(count("VALUES ?c { nq:Task nq:Indicator } ?e a ?c"), parts.stream().map(IndexedEntity::id).distinct()
        .count(), "every task and indicator once");
  }

  @Test
  void diacriticLessQueryFindsVietnameseTextAndMarksTheOriginalWords() {
    SearchResults r = index.search(SearchRequest.of("chuyen doi so").withType(EntityType.TASK));
    assertTrue(r.total() > 10, "many tasks are about chuyển đổi số: " + r.total());
    SearchHit first = r.hits().getFirst();
    // the words marked as the text prints them, with their diacritics ("<mark>chuyển đổi</mark>", "<mark>chuyển</mark>")
    assertTrue(first.snippet().toLowerCase().contains("<mark>chuyển"), first.snippet());
    assertFalse(first.snippet().toLowerCase().contains("chuyen"), first.snippet());
    assertTrue(r.hits().stream().allMatch(h -> h.entity().type() == EntityType.TASK));
    assertTrue(first.score() >= r.hits().getLast().score());
  }

  @Test
  void aMatchInTheNameRanksAboveAMatchInContextOnly() {
    SearchResults r = index.search(SearchRequest.of("an toàn thông tin").withSize(5));
    for (SearchHit h : r.hits().subList(0, 3)) {
      assertTrue(h.snippet().contains("<mark>"), h.snippet());
      assertTrue(h.entity().name().toLowerCase().contains("an toàn thông tin")
          || h.entity().name().contains("ATTT"), h.entity().name());
    }
  }

  @Test
  void abbreviationFindsItsExpansion() {
    SearchResults attt = index.search(SearchRequest.of("ATTT").withType(EntityType.TASK).withSize(50));
    assertTrue(attt.total() > 0);
    assertTrue(attt.hits().stream().anyMatch(h -> h.entity().text().toLowerCase().contains("an toàn thông tin")));
    assertTrue(attt.hits().stream().noneMatch(h -> h.entity().text().toLowerCase().contains("an toàn thực phẩm")
        && !h.entity().text().toLowerCase().contains("an toàn thông tin") && !h.entity().text().contains("ATTT")));
  }

  @Test
  void documentNumberFindsTheDocumentFirst() {
    SearchResults r = index.search(SearchRequest.of("57-NQ/TW"));
    IndexedEntity first = r.hits().getFirst().entity();
    assertEquals(EntityType.DOCUMENT, first.type());
    assertEquals("57-NQ/TW", first.document().number());
  }

  @Test
  void fewMatchesAsTypedAreWidenedWithApproximateOnesRankedAfterThem() {
    SearchResults typo = index.search(SearchRequest.of("lờm sóng"));
    assertTrue(typo.approximate(), "only two texts write 'lờm sóng'");
    List<String> texts = typo.hits().stream().map(h -> h.entity().text()).toList();
    int lastAsTyped = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains("lờm sóng")) {
        lastAsTyped = i;
      } else if (texts.get(i).contains("lõm sóng")) {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertTrue(lastAsTyped >= 0 && firstOther < Integer.MAX_VALUE, "both spellings are found: " + texts);
    assertTrue(lastAsTyped < firstOther, "what matched as typed ranks first: " + texts);

    SearchResults slip = index.search(SearchRequest.of("an ninh mnag"));
    assertTrue(slip.approximate());
    assertTrue(slip.hits().stream().limit(3).anyMatch(h -> h.entity().text().toLowerCase().contains("an ninh mạng")));
    assertFalse(index.search(SearchRequest.of("chuyen doi so")).approximate(), "enough matches as typed");
  }

  @Test
  void filtersRestrictAndFacetsCountAllMatches() {
    SearchResults all = index.search(SearchRequest.of("chuyển đổi số"));
    Map<String, Long> types = all.facets().get("type").stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    assertEquals(all.total(), types.values().stream().mapToLong(Long::longValue).sum());
    SearchResults tasks = index.search(SearchRequest.of("chuyển đổi số").withType(EntityType.TASK));
    assertEquals(types.get("Task"), tasks.total());

    FacetCount commune = all.facets().get("level").stream().filter(f -> f.value().equals("commune")).findFirst()
        .orElseThrow();
    SearchResults communeOnly = index.search(SearchRequest.of("chuyển đổi số").withLevel("commune"));
    assertEquals(commune.count(), communeOnly.total());
    assertTrue(communeOnly.hits().stream().allMatch(h -> "commune".equals(h.entity().level())));

    for (FacetCount unit : all.facets().get("unit")) {
      assertFalse(unit.label().startsWith("http"), "every lead unit is indexed and labelled: " + unit);
    }
    FacetCount doc = all.facets().get("document").getFirst();
    assertNotEquals(doc.value(), doc.label(), "a document facet is labelled with its number or title");
    assertEquals(doc.count(), index.search(SearchRequest.of("chuyển đổi số").withDocument(doc.value())).total());
  }

  /**
   * A plan's number finds the plan first, then the rows written under it, its appendix's too: an appendix has no number
   * of its own, its rows are the plan's ("130/KH-UBND" and the 000 file's tasks).
   */
  @Test
  void aPlansNumberFindsTheRowsOfItsAppendix() {
    SearchResults r = index.search(SearchRequest.of("130/KH-UBND").withSize(100));
    assertEquals(EntityType.DOCUMENT, r.hits().getFirst().entity().type(), "the plan itself first");
    long appendixRows = r.hits().stream().filter(h -> h.entity().type() == EntityType.TASK
        && h.entity().document() != null && "000_a8ce0484a169b946.txt".equals(h.entity().document().file())).count();
    assertTrue(appendixRows > 10, r.total() + " hits, " + appendixRows + " of the appendix's rows");
  }

  /**
   * Values chosen of one facet are alternatives: two levels give the matches of either, as many as the two counted
   * apart; the chosen facet still counts its other values (what adding one would add), while the other facets count
   * the matches the choice leaves, and a second facet narrows them.
   */
  @Test
  void valuesOfOneFacetAreAlternativesAndTheFacetStillCountsItsOthers() {
    String q = "chuyển đổi số";
    Map<String, Long> levels = index.search(SearchRequest.of(q)).facets().get("level").stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    assertTrue(levels.size() >= 3, "the real documents span levels: " + levels);
    SearchResults either = index.search(SearchRequest.of(q).withLevels(List.of("commune", "province")));
    assertEquals(levels.get("commune") + levels.get("province"), either.total(), "an entity has one level");
    assertTrue(either.hits().stream().allMatch(h -> Set.of("commune", "province").contains(h.entity().level())));
    Map<String, Long> shown = either.facets().get("level").stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    assertEquals(levels, shown, "the level facet counts every level, as if none were chosen");

    SearchResults commune = index.search(SearchRequest.of(q).withLevel("commune"));
    Map<String, Long> typesOfEither = either.facets().get("type").stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    assertEquals(either.total(), typesOfEither.values().stream().mapToLong(Long::longValue).sum(),
        "the other facets count the chosen matches");

    FacetCount task = commune.facets().get("type").stream().filter(f -> f.value().equals("Task")).findFirst()
        .orElseThrow();
    SearchResults communeTasks = index.search(SearchRequest.of(q).withLevel("commune").withType(EntityType.TASK));
    assertEquals(task.count(), communeTasks.total(), "a second facet narrows the first");
    assertEquals(task.count(), communeTasks.facets().get("level").stream()
        .filter(f -> f.value().equals("commune")).findFirst().orElseThrow().count(),
        "the chosen level is counted with the type filter kept");
    assertEquals(either.total(), index.search(SearchRequest.of(q).withLevels(List.of("province", "commune"))).total(),
        "the order values are chosen in changes nothing");
  }

  /**
   * Every commune has its "Phòng Văn hóa - Xã hội", some their "Trung tâm Phục vụ Hành chính công" written in either
   * case: the unit facet names each one's area where names repeat, case aside.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Phòng Văn hóa - Xã hội", "chuyen doi so"})
  void theUnitFacetTellsSameNamedUnitsApartByTheirArea(String query) {
    List<FacetCount> units = index.search(SearchRequest.of(query)).facets().get("unit");
    Map<String, Long> names = units.stream().collect(Collectors.groupingBy(
        u -> index.entity(u.value()).orElseThrow().name().toLowerCase(Locale.ROOT), Collectors.counting()));
    assertTrue(names.values().stream().anyMatch(n -> n >= 2), "the real communes' units repeat names: " + units);
    for (FacetCount u : units) {
      IndexedEntity unit = index.entity(u.value()).orElseThrow();
      boolean areaNamed = unit.area() != null && !unit.area().startsWith("("); // not "(commune not named)"
      assertEquals(names.get(unit.name().toLowerCase(Locale.ROOT)) > 1 && areaNamed
          ? unit.name() + " (" + unit.area() + ")" : unit.name(), u.label(),
          "a repeated name (case aside) is followed by its area when the area has a name, any other left as it is");
    }
    assertEquals(units.size(), units.stream().map(u -> u.label().toLowerCase(Locale.ROOT)).distinct().count(),
        "told apart: " + units);
  }

  /**
   * A year or quarter facet counts the tasks whose deadline period overlaps it, which is what choosing it lists (the
   * page sets it as the deadline range): a task due "Năm 2026" is counted in each quarter of 2026.
   */
  @Test
  void aDeadlineFacetsCountIsWhatChoosingItLists() {
    SearchRequest tasks = SearchRequest.of("").withType(EntityType.TASK);
    SearchResults all = index.search(tasks);
    List<FacetCount> quarters = all.facets().get("deadlineQuarter");
    assertTrue(quarters.size() >= 4, quarters.toString());
    for (FacetCount q : quarters) {
      int year = Integer.parseInt(q.value().substring(0, 4));
      int n = q.value().charAt(6) - '0';
      LocalDate from = LocalDate.of(year, 3 * n - 2, 1);
      assertEquals(q.count(), index.search(tasks.withDeadline(from, from.plusMonths(3).minusDays(1))).total(),
          q.value());
    }
    for (FacetCount y : all.facets().get("deadlineYear")) {
      int year = Integer.parseInt(y.value());
      assertEquals(y.count(), index.search(tasks.withDeadline(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
          .total(), y.value());
    }
  }

  @Test
  void deadlineRangeKeepsTasksWhosePeriodOverlapsIt() {
    LocalDate from = LocalDate.of(2026, 4, 1);
    LocalDate to = LocalDate.of(2026, 6, 30);
    SearchResults q2 = index.search(SearchRequest.of("").withType(EntityType.TASK).withDeadline(from, to).withSize(500));
    assertTrue(q2.total() > 0);
    for (SearchHit h : q2.hits()) {
      assertFalse(h.entity().deadlineEnd().isBefore(from), h.entity().deadline());
      assertFalse(h.entity().deadlineStart().isAfter(to), h.entity().deadline());
    }
    long expected = count("?e a nq:Task ; nq:deadline ?d . ?d nq:start ?s ; nq:end ?t "
        + "FILTER(?t >= \"2026-04-01\"^^<http://www.w3.org/2001/XMLSchema#date> "
        + "&& ?s <= \"2026-06-30\"^^<http://www.w3.org/2001/XMLSchema#date>)");
    assertEquals(expected, q2.total());
  }

  @Test
  void pagesDoNotOverlap() {
    SearchResults p1 = index.search(SearchRequest.of("so").withSize(5));
    SearchResults p2 = index.search(SearchRequest.of("so").withSize(5).withPage(2));
    assertEquals(p1.total(), p2.total());
    assertEquals(5, p2.hits().size());
    assertTrue(p1.hits().stream().map(SearchHit::id).noneMatch(id -> p2.hits().stream().anyMatch(h -> h.id().equals(id))));
  }

  @Test
  void snippetsEscapeDocumentText() {
    for (SearchHit h : index.search(SearchRequest.of("phi tiếp xúc").withSize(50)).hits()) {
      String withoutMarks = h.snippet().replace("<mark>", "").replace("</mark>", "");
      assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), h.snippet());
    }
  }

  @Test
  void suggestionsCompleteThePartialLastWord() {
    List<Suggestion> s = index.suggest("chuyen doi s", 8);
    assertFalse(s.isEmpty());
    assertTrue(s.size() <= 8);
    assertTrue(s.stream().allMatch(x -> x.text().toLowerCase().contains("chuyển đổi s")), s.toString());
  }

  /** "chuyen d" is "chuyển đổi …" being typed: names with those words together come before names that merely hold
   * "chuyên" and a word in d somewhere ("Các cơ quan chuyên môn, đơn vị"). */
  @Test
  void suggestionsWithTheWordsTogetherComeFirst() {
    for (String typed : List.of("chuyen d", "chuyển đ", "an toan th", "dich vu cong tr")) {
      List<Suggestion> s = index.suggest(typed, 5);
      assertFalse(s.isEmpty(), typed);
      String first = vn.nq57.search.analysis.VietnameseFolding.removeMarks(s.getFirst().text().toLowerCase());
      String folded = vn.nq57.search.analysis.VietnameseFolding.removeMarks(typed);
      assertTrue(first.contains(folded), typed + " → " + s);
    }
  }

  @Test
  void reopeningAnUnchangedStoreKeepsTheIndexAndAChangedStoreRebuildsIt(@TempDir Path other) throws Exception {
    Path folder = other.resolve("lucene");
    var small = RealStore.load(RealStore.SOURCES.resolve(firstSource()));
    Path built;
    try (SearchIndex first = SearchIndex.build(small.dataset(), folder)) {
      built = first.currentFolder();
      assertTrue(first.matches(small.dataset()));
    }
    try (SearchIndex again = SearchIndex.build(small.dataset(), folder)) {
      assertEquals(built, again.currentFolder(), "an index that matches its store is reused");
    }
    new vn.nq57.loader.Loader(m -> {}).load(small, List.of(RealStore.SOURCES));
    try (SearchIndex rebuilt = SearchIndex.build(small.dataset(), folder)) {
      assertNotEquals(built, rebuilt.currentFolder(), "a store that changed gets a new index");
      assertTrue(rebuilt.matches(small.dataset()));
      assertFalse(Files.exists(built), "the replaced generation is deleted");
      assertEquals(index.size(), rebuilt.size());
    } finally {
      small.close();
    }
  }

  @Test
  void searchesRunningDuringARebuildFinishOnTheOldGeneration(@TempDir Path other) throws Exception {
    try (SearchIndex live = SearchIndex.build(store, other.resolve("lucene"))) {
      long before = live.search(SearchRequest.of("chuyen doi so")).total();
      Thread searcher = Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 200; i++) {
          assertEquals(before, live.search(SearchRequest.of("chuyen doi so")).total());
        }
      });
      live.rebuild(store);
      searcher.join();
      assertEquals(before, live.search(SearchRequest.of("chuyen doi so")).total());
    }
  }

  private static String firstSource() throws Exception {
    try (var files = Files.list(RealStore.SOURCES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }
}
