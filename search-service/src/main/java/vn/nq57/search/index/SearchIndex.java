package vn.nq57.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import vn.nq57.search.analysis.AbbreviationSource;
import vn.nq57.search.analysis.Analysis;
import vn.nq57.search.analysis.ThesaurusAbbreviations;
import vn.nq57.search.analysis.VietnameseAnalyzers;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;
import vn.nq57.search.analysis.VietnameseHighlighter;

/**
 * The Lucene index of the store's tasks, indicators, documents and units, on disk under one folder.
 *
 * <p>The folder holds generations ({@code gen-…}), each a complete index, and a file {@code CURRENT} naming the one in
 * use. A rebuild writes a new generation beside the current one and then replaces {@code CURRENT} by an atomic move, so
 * a crash at any point leaves a complete index; searches running during the swap finish on the old generation. Each
 * generation records the {@link StoreFingerprint} of the store it was built from: opening the index checks it against
 * the one the store records of itself ({@link StoreFingerprint#recorded}, one quad per graph, written by every writer
 * in the same transaction as its change) and rebuilds when they differ, so the index cannot silently drift from the
 * graph.
 */
public final class SearchIndex implements AutoCloseable {

  static final String FINGERPRINT_KEY = "nq57.storeFingerprint";
  private static final String CURRENT = "CURRENT";
  private static final String GENERATION_PREFIX = "gen-";
  private static final int FACET_VALUES = 20;
  /** Fewer matches than this (a page) and the forgiving pass adds approximate ones. */
  static final int FEW = 10;
  /** Keeps what matched as typed above every approximate match. */
  private static final float AS_TYPED_BOOST = 10f;
  /**
   * How much more a text holding every part of a long query counts (four parts or more, where one in three may be
   * missing) than the texts lacking one: "UBND tỉnh Quảng Ngãi" finds the committee's own plan before the provincial
   * offices that only share "tỉnh Quảng Ngãi" (a short text scores the three words it has above a long one holding all
   * four). Doubled, not put in a tier above: a part like "và" is often missing from what is meant ("Văn phòng HĐND và
   * UBND" for "Văn phòng HĐND - UBND"); 2 keeps the judged queries' figures, 10 lowered them (docs/SEARCH.md).
   */
  static final float EVERY_PART_BOOST = 2f;
  /**
   * How many of the lean first pass's hits are ranked by the full query (every tier, the name, fuzzy terms): what
   * reaches this window decides the ranking, so it is wide: at 34x1000 (100,658 entities) it keeps the full query's top
   * 10 for 294 of 300 new queries (1,000: 297; 200: 284); the judged queries keep their figures from 50 up (see
   * docs/SEARCH.md).
   */
  static final int FIRST_PASS_WINDOW = 500;
  /** How many of the ranked hits get the proximity boost: far more than anyone pages through. */
  static final int RESCORE_WINDOW = 200;
  /**
   * Past this many matches a ranked list without facets stops counting and says "at least" (Elasticsearch's
   * {@code track_total_hits} default), so its cost does not grow with the number of matches.
   */
  public static final int TOTAL_HITS_THRESHOLD = 10_000;

  private final Path root;
  private final EntityQuery queries;
  /** The second, looser pass (see {@link #search}). */
  private final EntityQuery forgiving;
  /** The forgiving pass with every word required: tells approximate from partial matches. */
  private final EntityQuery everyPart;
  private final Snippets snippets = new Snippets();
  private final Consumer<String> log;
  private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
  /**
   * What the store holds by graph, as of the current generation: an update recounts only the graphs it changes
   * ({@link StoreFingerprint#withGraphs}) instead of the whole store. Changed with {@link #current}, under this lock.
   */
  private StoreFingerprint storeCounts;
  /** See {@link #TOTAL_HITS_THRESHOLD}; lowered by tests, which have fewer matches than that. */
  private volatile int totalHitsThreshold = TOTAL_HITS_THRESHOLD;
  /**
   * How many first-pass hits the full query ranks ({@link #FIRST_PASS_WINDOW}); 0: no lean pass, the full query
   * scores every match (what the search did before, kept so tests can compare the two rankings).
   */
  private volatile int firstPassWindow = FIRST_PASS_WINDOW;
  /** Admits the searches computed at once ({@link #computeAtOnce}); fair, so they are computed in arrival order. */
  private volatile Semaphore computing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
  /** The answer and facet caches; null when caching is off. */
  private volatile Caches caches = new Caches(CacheSettings.DEFAULT);

  private SearchIndex(Path root, AbbreviationSource abbreviations, Consumer<String> log) {
    this.root = root.toAbsolutePath().normalize();
    this.queries = new EntityQuery(abbreviations);
    this.forgiving = queries.forgiving();
    this.everyPart = queries.forgivingEveryPart();
    this.log = log;
  }

  /** Opens the index in {@code dir} for {@code store}, building it first if it is missing or built from other data. */
  public static SearchIndex build(Dataset store, Path dir) {
    return open(store, dir, ThesaurusAbbreviations.packaged(), message -> {});
  }

  /**
   * Opens the index in {@code dir}, checked against {@code store}: when there is none, or its fingerprint differs from
   * the store's, a new generation is built and swapped in. Progress goes to {@code log}.
   */
  public static SearchIndex open(Dataset store, Path dir, AbbreviationSource abbreviations, Consumer<String> log) {
    SearchIndex index = new SearchIndex(dir, abbreviations, log);
    try {
      Files.createDirectories(index.root);
      long reading = System.nanoTime();
      StoreFingerprint expected = StoreFingerprint.recorded(store);
      log.accept("store fingerprint read in " + (System.nanoTime() - reading) / 1_000_000 + " ms");
      Optional<IndexGeneration> existing = index.openCurrent();
      if (existing.isPresent() && expected.digest().equals(existing.get().fingerprint)) {
        index.current.set(existing.get());
        index.storeCounts = expected;
        log.accept("search index " + existing.get().folder + " matches the store (" + index.size() + " entities)");
      } else {
        existing.ifPresent(g -> {
          log.accept("search index " + g.folder + " was built from other data than the store: rebuilding");
          closeQuietly(g);
        });
        index.rebuild(store);
      }
      index.deleteStaleGenerations();
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  /**
   * Builds a new generation from the store beside the current one, then swaps it in. It records the fingerprint the
   * store records ({@link StoreFingerprint#recorded}), the one the next start compares with.
   */
  public synchronized void rebuild(Dataset store) {
    long started = System.nanoTime();
    StoreFingerprint counts = StoreFingerprint.recorded(store);
    String fingerprint = counts.digest();
    Path folder = root.resolve(GENERATION_PREFIX + System.currentTimeMillis() + "-" + ProcessHandle.current().pid());
    long written;
    try {
      written = GenerationWriter.write(folder, sink -> EntityReader.forEach(store, sink), fingerprint);
      IndexGeneration fresh = IndexGeneration.open(folder);
      Path next = root.resolve(CURRENT + ".next");
      Files.writeString(next, folder.getFileName().toString(), StandardCharsets.UTF_8);
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      IndexGeneration old = current.getAndSet(fresh);
      storeCounts = counts;
      if (old != null) {
        old.retire();
      }
    } catch (IOException e) {
      try {
        IndexGeneration.deleteFolder(folder);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot build the search index in " + folder, e);
    }
    log.accept("search index built: " + written + " entities in "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  /** Whether the index was built from exactly what the store holds now. */
  public boolean matches(Dataset store) {
    return StoreFingerprint.of(store).equals(fingerprint());
  }

  /** The fingerprint of the store the current generation was built from. */
  public String fingerprint() {
    return withSearcher(g -> g.fingerprint);
  }

  /** The folder of the generation in use. */
  public Path currentFolder() {
    return withSearcher(g -> g.folder);
  }

  /** The number of entities indexed. */
  public int size() {
    return withSearcher(g -> g.reader.numDocs());
  }

  /**
   * One page of results for a request, with facet counts over all its matches. When the words as typed match fewer
   * than {@link #FEW} entities in the whole index, the forgiving pass widens the search, and the results come in tiers
   * that are counted apart ({@link SearchResults.Counts}) and listed in this order, each hit saying its tier: what
   * matched as typed; then what matches every word with other diacritics or one slip of the keyboard (approximate);
   * then, only when these two tiers together have fewer than {@link #FEW}, what lacks one word in three (partial). The decisions are made on the
   * words alone, never on the filters, so a facet's count is exactly what clicking it returns.
   *
   * @throws SearchInputException the words are too many to search ({@link #MAX_PARTS}), or a filter value names
   *     nothing indexed
   */
  public SearchResults search(SearchRequest request) {
    return withSearcher(g -> {
      Caches c = caches;
      ResultKey key = c == null ? null : new ResultKey(g.id, normalised(request));
      SearchResults cached = key == null ? null : c.results.get(key);
      if (cached != null) {
        return cached;
      }
      Semaphore admitted = computing;
      admitted.acquireUninterruptibly();
      SearchResults fresh;
      try {
        fresh = compute(g, request);
      } finally {
        admitted.release();
      }
      if (key != null) {
        c.results.put(key, fresh);
      }
      return fresh;
    });
  }

  /**
   * At most {@code permits} searches are computed at once from now on; the others wait in arrival order (an answer
   * from the cache does not wait). A search is CPU work, so more at once than there are cores only makes each slower:
   * the bound keeps a broad search from being slowed by every other one, which is what sets the slowest answers.
   *
   * @throws IllegalArgumentException {@code permits} below 1
   */
  public void computeAtOnce(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("at least one search must be computed at once, was " + permits);
    }
    computing = new Semaphore(permits, true);
  }

  /**
   * Which answers to remember from now on ({@link CacheSettings}); the entries kept so far are forgotten. Caching
   * changes no answer: a cached answer is the one computed for the same generation, words, filters and page.
   */
  public void useCaches(CacheSettings settings) {
    caches = settings.enabled() ? new Caches(settings) : null;
  }

  /**
   * Counts exactly up to {@code threshold} matches in a ranked list without facets (tests: the real corpus is small);
   * the caches start afresh, since the answers change.
   */
  void totalHitsThreshold(int threshold) {
    totalHitsThreshold = threshold;
    clearCaches();
  }

  /**
   * Ranks the first {@code window} hits of the lean first pass by the full query, or, with 0, scores every match by the
   * full query (no lean pass); the caches start afresh, since the answers change. For tests and measurements.
   */
  void firstPassWindow(int window) {
    firstPassWindow = window;
    clearCaches();
  }

  /** Forgets every cached answer and facet count: a setting that changes answers was changed. */
  private void clearCaches() {
    Caches c = caches;
    if (c != null) {
      c.results.clear();
      c.facets.clear();
    }
  }

  /** How many answers and facet counts are cached now (for tests and logs): {@code [answers, facet counts]}. */
  public int[] cachedEntries() {
    Caches c = caches;
    return c == null ? new int[] {0, 0} : new int[] {c.results.size(), c.facets.size()};
  }

  private SearchResults compute(IndexGeneration g, SearchRequest request) throws IOException {
    EntityQuery.Words words = queries.parse(request.query());
    checkSize(words);
    Query filter = EntityQuery.filters(request, g::filterValues);
    if (words == null) {
      return search(g, request, EntityQuery.matching(filter, null), null, null, null, null,
          r -> EntityQuery.matching(filtersOf(g, r), null));
    }
    // Rewritten once: the fuzzy parts expand to their terms here (the costly part of a rewrite: an automaton run over
    // the terms dictionary), not again in the highlighted query, the few-matches check and the ranking pass.
    words = EntityQuery.rewritten(words, g.searcher);
    // What the snippets mark: the rewritten words and the proximity boost's phrases, whose terms a visitor reads as
    // they are (rewriting the whole again cost a twentieth of a search); queries built on it are rewritten where run.
    Query highlighted = EntityQuery.highlighted(words);
    // As typed: what the first pass finds (every tier the spelling asks for; a one-edit fuzzy match is approximate).
    boolean lean = firstPassWindow > 0;
    Query exact = lean ? words.text().firstPass() : words.text().matching();
    SearchResults found = null;
    int asTyped;
    if (filter == null && !request.facets()) {
      // A ranked list without filters counts what the words match as typed: no separate count (a twentieth of a
      // search). Not with facets, which the forgiving pass would find remembered for these words.
      found = asTyped(g, request, filter, words, highlighted);
      if (found.total() >= FEW) {
        return found;
      }
      asTyped = (int) found.total();
    } else {
      asTyped = countUpTo(g, exact, FEW); // the filters may leave few, but the words are what decides
    }
    if (asTyped < FEW) {
      EntityQuery.Words loose = forgiving.parse(request.query());
      if (countUpTo(g, g.searcher.rewrite(widened(null, loose, highlighted)), asTyped + 1) > asTyped) {
        return forgivingSearch(g, request, filter, words, exact, loose, highlighted);
      }
    }
    return found != null ? found : asTyped(g, request, filter, words, highlighted);
  }

  /** The search of the words as typed: the first pass, its window ranked by the full query and the proximity boost. */
  private SearchResults asTyped(IndexGeneration g, SearchRequest request, Query filter, EntityQuery.Words words,
      Query highlighted) throws IOException {
    boolean lean = firstPassWindow > 0;
    Function<Query, Query> counted =
        f -> lean ? EntityQuery.firstPass(f, words) : EntityQuery.matching(f, words);
    return search(g, request, counted.apply(filter), EntityQuery.matching(null, words), EntityQuery.proximity(words),
        EntityQuery.everyPart(words), highlighted, r -> counted.apply(filtersOf(g, r)));
  }

  /** The filters of {@code request} on generation {@code g} (null: none). */
  private static Query filtersOf(IndexGeneration g, SearchRequest request) {
    return EntityQuery.filters(request, g::filterValues);
  }

  /** The most parts (syllables, phrases, abbreviations, numbers) a search takes: a long paragraph is not a query. */
  public static final int MAX_PARTS = 64;

  private static void checkSize(EntityQuery.Words words) {
    if (words != null && words.text().size() > MAX_PARTS) {
      throw new SearchInputException("q", "Parameter 'q' has " + words.text().size() + " words; at most " + MAX_PARTS
          + " are searched", "Tham số 'q' có " + words.text().size() + " từ; chỉ tìm được tối đa " + MAX_PARTS + " từ.");
    }
  }

  /**
   * The tiered answer of the forgiving pass: exact, approximate and (when they are few) partial matches, each
   * tier ranked by the forgiving query with the as-typed boost, and paged as one list.
   */
  private SearchResults forgivingSearch(IndexGeneration g, SearchRequest request, Query filter, EntityQuery.Words words,
      Query exact, EntityQuery.Words loose, Query highlighted) throws IOException {
    Query every = everyPart.parse(request.query()).text().matching();
    boolean withPartial = countUpTo(g, g.searcher.rewrite(new BooleanQuery.Builder()
        .add(exact, Occur.SHOULD).add(every, Occur.SHOULD).build()), FEW) < FEW;
    Function<Query, List<Query>> tiersWith = f -> {
      Query scoring = widened(f, loose, highlighted);
      List<Query> t = new ArrayList<>(List.of(
          new BooleanQuery.Builder().add(scoring, Occur.MUST).add(exact, Occur.FILTER).build(),
          new BooleanQuery.Builder().add(scoring, Occur.MUST).add(every, Occur.FILTER)
              .add(exact, Occur.MUST_NOT).build()));
      if (withPartial) {
        t.add(new BooleanQuery.Builder().add(scoring, Occur.MUST).add(every, Occur.MUST_NOT)
            .add(exact, Occur.MUST_NOT).build());
      }
      return t;
    };
    List<Query> tiers = new ArrayList<>();
    for (Query t : tiersWith.apply(filter)) {
      tiers.add(g.searcher.rewrite(t));
    }
    long[] counts = new long[3];
    for (int t = 0; t < tiers.size(); t++) {
      counts[t] = g.searcher.count(tiers.get(t));
    }
    Map<String, List<FacetCount>> facets = Map.of();
    if (request.facets()) {
      // the request's own matches from the tiers rewritten above; other filters' (chosen facets) built afresh
      BooleanQuery.Builder own = new BooleanQuery.Builder();
      tiers.forEach(t -> own.add(t, Occur.SHOULD));
      Function<SearchRequest, Query> anyTier = r -> {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        tiersWith.apply(filtersOf(g, r)).forEach(t -> all.add(t, Occur.SHOULD));
        return all.build();
      };
      facets = facetPass(g, request, own.build(), anyTier).facets();
    }
    StoredFields stored = g.searcher.storedFields();
    VietnameseHighlighter.Marker marker = snippets.marker(highlighted);
    List<SearchHit> hits = new ArrayList<>();
    long skip = (long) (request.page() - 1) * request.size();
    for (int t = 0; t < tiers.size() && hits.size() < request.size(); t++) {
      if (skip >= counts[t]) {
        skip -= counts[t];
        continue;
      }
      int wanted = (int) Math.min(counts[t], skip + request.size() - hits.size());
      TopDocs top = g.searcher.search(tiers.get(t), Math.max(1, wanted));
      for (int i = (int) skip; i < top.scoreDocs.length && hits.size() < request.size(); i++) {
        ScoreDoc sd = top.scoreDocs[i];
        IndexedEntity entity = EntityDocuments.fromDocument(stored.document(sd.doc));
        hits.add(new SearchHit(entity, sd.score, snippets.snippet(entity, marker), SearchHit.Match.values()[t]));
      }
      skip = 0;
    }
    long total = counts[0] + counts[1] + counts[2];
    return new SearchResults(total, hits, facets, counts[1] + counts[2] > 0,
        new SearchResults.Counts(counts[0], counts[1], counts[2]));
  }

  /**
   * The first pass's order turned into the ranking: its first {@code size} hits ({@link #FIRST_PASS_WINDOW}) scored
   * again by {@code matching} (every tier, fuzzy terms and the name; its score replaces the first pass's), then the first
   * {@link #RESCORE_WINDOW} of them reordered with {@code proximity} added (null: none); then, when a match may lack a
   * part of the words ({@code everyPart} not null), the scores of the window's hits holding every part multiplied by
   * {@link #EVERY_PART_BOOST} and the window sorted again; the hits past the window follow in first-pass order. Always
   * the same windows, so pages never overlap whatever page is asked for.
   */
  private static TopDocs rankWindow(IndexGeneration g, TopDocs top, int size, Query matching, Query proximity,
      Query everyPart) throws IOException {
    ScoreDoc[] all = top.scoreDocs.clone();
    int window = Math.min(size, all.length);
    // matching's score replaces the first pass's: the first pass only chose the window. Every first-pass hit matches
    // it (each part's first-pass clauses are a subset of its matching clauses).
    QueryRescorer replacing = new QueryRescorer(matching) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : 0f;
      }
    };
    ScoreDoc[] ranked = replacing.rescore(g.searcher, new TopDocs(top.totalHits, Arrays.copyOf(all, window)), window)
        .scoreDocs;
    System.arraycopy(ranked, 0, all, 0, ranked.length);
    if (proximity != null) {
      int head = Math.min(RESCORE_WINDOW, window);
      ScoreDoc[] rescored = QueryRescorer.rescore(g.searcher, new TopDocs(top.totalHits, Arrays.copyOf(all, head)),
          proximity, 1.0, head).scoreDocs;
      System.arraycopy(rescored, 0, all, 0, rescored.length);
    }
    if (everyPart != null) {
      // Scaled, not added: the order among the texts holding every part, and among those lacking one, stays as ranked.
      ScoreDoc[] tiered = new QueryRescorer(everyPart) {
        @Override
        protected float combine(float score, boolean holdsEveryPart, float unused) {
          return holdsEveryPart ? score * EVERY_PART_BOOST : score;
        }
      }.rescore(g.searcher, new TopDocs(top.totalHits, Arrays.copyOf(all, window)), window).scoreDocs;
      System.arraycopy(tiered, 0, all, 0, tiered.length);
    }
    return new TopDocs(top.totalHits, all);
  }

  /** The forgiving query, with a boost that keeps what matched as typed above every approximate match. */
  private static Query widened(Query filter, EntityQuery.Words loose, Query asTyped) {
    return new BooleanQuery.Builder()
        .add(EntityQuery.build(filter, loose), Occur.MUST)
        .add(new BoostQuery(asTyped, AS_TYPED_BOOST), Occur.SHOULD)
        .build();
  }

  /**
   * Runs {@code query} (the lean first pass: one term per syllable) for the facets, the total and a first order; then,
   * when given, ranks its first {@link #FIRST_PASS_WINDOW} hits by {@code matching} (the full query) and adds
   * {@code proximity} (null: none) on the first {@link #RESCORE_WINDOW} of those ({@link #rankWindow}): scoring every
   * tier, the name and the phrases on every match was most of a search's cost, and they only reorder the top, while the
   * lean pass lets Lucene skip hits that cannot enter the window. Every hit is an exact match; {@code words} is what
   * the highlighter marks; {@code countedFor} gives the query whose matches are counted for a request of other filters
   * (for the facets whose values are chosen: {@link #countedApart}).
   */
  private SearchResults search(IndexGeneration g, SearchRequest request, Query query, Query matching,
      Query proximity, Query everyPart, Query words, Function<SearchRequest, Query> countedFor)
      throws IOException {
    Query rewritten = g.searcher.rewrite(query);
    int window = firstPassWindow > 0 ? firstPassWindow : RESCORE_WINDOW;
    int wanted = Math.max(request.page() * request.size(), matching == null ? 1 : window);
    FacetPass counted = request.facets() ? cachedFacetPass(g, request) : null;
    TopDocs top;
    if (request.facets() && counted == null && g.facetState != null) {
      // Facets not counted yet: one scoring pass ranks, counts exactly and collects the facets (cheaper than an
      // unscored pass and a ranking pass); what it counted is kept for the next page or repeat.
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(g.searcher, rewritten, wanted, new FacetsCollectorManager());
      top = result.topDocs();
      counted = new FacetPass(top.totalHits.value(), countedApart(g, request,
          facetCounts(g, new SortedSetDocValuesFacetCounts(g.facetState, result.facetsCollector())), countedFor));
      rememberFacetPass(g, request, counted);
    } else {
      if (request.facets() && counted == null) {
        counted = facetPass(g, request, rewritten, countedFor); // nothing has a facet: counting only
      }
      // With the facets known the total is exact already, so the ranking may skip every hit that cannot enter the
      // top; without them it counts up to TOTAL_HITS_THRESHOLD and then skips.
      top = g.searcher.search(rewritten,
          new TopScoreDocCollectorManager(wanted, counted != null ? wanted : totalHitsThreshold));
    }
    long total;
    SearchResults.TotalRelation relation = SearchResults.TotalRelation.EQ;
    if (counted != null) {
      total = counted.total();
    } else if (top.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
      total = top.totalHits.value();
    } else {
      // Lucene stops counting only past the threshold: there are more than TOTAL_HITS_THRESHOLD matches.
      long cheap = cheapCount(g, rewritten);
      total = cheap >= 0 ? cheap : totalHitsThreshold;
      relation = cheap >= 0 ? SearchResults.TotalRelation.EQ : SearchResults.TotalRelation.GTE;
    }
    if (matching != null && top.scoreDocs.length > 0) {
      top = rankWindow(g, top, window, matching, proximity, everyPart);
    }
    StoredFields stored = g.searcher.storedFields();
    VietnameseHighlighter.Marker marker = snippets.marker(words);
    List<SearchHit> hits = new ArrayList<>();
    int from = (request.page() - 1) * request.size();
    for (int i = from; i < top.scoreDocs.length && hits.size() < request.size(); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      IndexedEntity entity = EntityDocuments.fromDocument(stored.document(sd.doc));
      hits.add(new SearchHit(entity, request.browsing() ? 0f : sd.score, snippets.snippet(entity, marker),
          SearchHit.Match.EXACT));
    }
    return new SearchResults(total, relation, hits, counted == null ? Map.of() : counted.facets(), false,
        new SearchResults.Counts(total, 0, 0));
  }

  /** The exact number of matches and the facet counts over them. */
  private record FacetPass(long total, Map<String, List<FacetCount>> facets) {}

  /**
   * Counts every match of {@code query} (rewritten) and its facet values from doc values, without scoring; remembered
   * per generation, words and filters, so the pages of one search and its repeats count once.
   */
  private FacetPass facetPass(IndexGeneration g, SearchRequest request, Query query,
      Function<SearchRequest, Query> countedFor) throws IOException {
    FacetPass known = cachedFacetPass(g, request);
    if (known != null) {
      return known;
    }
    FacetPass fresh;
    if (g.facetState == null) {
      Map<String, List<FacetCount>> empty = new LinkedHashMap<>();
      for (String dim : IndexFields.FACETS) {
        empty.put(dim, List.of()); // nothing indexed has a facet: every dimension is empty
      }
      fresh = new FacetPass(g.searcher.count(query), empty);
    } else {
      FacetsCollector collected = g.searcher.search(query, new FacetsCollectorManager(false));
      long total = 0;
      for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
        total += docs.totalHits();
      }
      fresh = new FacetPass(total, countedApart(g, request,
          facetCounts(g, new SortedSetDocValuesFacetCounts(g.facetState, collected)), countedFor));
    }
    rememberFacetPass(g, request, fresh);
    return fresh;
  }

  /**
   * The facet counts with each facet whose values the request chooses counted as if it chose none of them (the
   * others' filters kept): the values a user may add to the chosen ones, with what each would add (Lucene's
   * "drill sideways"; one counting pass per chosen facet, which is rarely more than one or two). {@code countedFor}
   * gives the counted query of a request; {@code counts} those of the request's own matches, kept for the other facets.
   */
  private Map<String, List<FacetCount>> countedApart(IndexGeneration g, SearchRequest request,
      Map<String, List<FacetCount>> counts, Function<SearchRequest, Query> countedFor)
      throws IOException {
    Map<String, List<FacetCount>> out = counts;
    for (String dim : IndexFields.FACETS) {
      if (request.chosen(dim).isEmpty()) {
        continue;
      }
      if (out == counts) {
        out = new LinkedHashMap<>(counts);
      }
      Query others = g.searcher.rewrite(countedFor.apply(request.without(dim)));
      FacetsCollector collected = g.searcher.search(others, new FacetsCollectorManager(false));
      out.put(dim, facetCounts(g, new SortedSetDocValuesFacetCounts(g.facetState, collected), dim));
    }
    return out;
  }

  /** The facet counts of a search (any page) on this generation, if counted before; else null. */
  private FacetPass cachedFacetPass(IndexGeneration g, SearchRequest request) {
    Caches c = caches;
    return c == null ? null : c.facets.get(facetKey(g, request));
  }

  private void rememberFacetPass(IndexGeneration g, SearchRequest request, FacetPass counted) {
    Caches c = caches;
    if (c != null) {
      c.facets.put(facetKey(g, request), counted);
    }
  }

  /** Facets and total depend on the generation, the words and the filters, not on the page. */
  private static ResultKey facetKey(IndexGeneration g, SearchRequest request) {
    return new ResultKey(g.id, normalised(request).withPage(1).withSize(0));
  }

  /**
   * The number of matches of {@code query} (rewritten) when the index can tell it without visiting them (a term's
   * document frequency, every document), else -1.
   */
  private static long cheapCount(IndexGeneration g, Query query) throws IOException {
    Weight weight = g.searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    long total = 0;
    for (LeafReaderContext leaf : g.reader.leaves()) {
      int n = weight.count(leaf);
      if (n < 0) {
        return -1;
      }
      total += n;
    }
    return total;
  }

  /**
   * The number of matches of {@code query} (rewritten), counting no further than {@code limit}: whether a search has
   * few matches is decided without visiting them all, and without scoring.
   */
  static int countUpTo(IndexGeneration g, Query query, int limit) throws IOException {
    AtomicInteger seen = new AtomicInteger();
    g.searcher.search(query, new CollectorManager<Collector, Void>() {
      @Override
      public Collector newCollector() {
        return new SimpleCollector() {
          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            if (seen.get() >= limit) {
              throw new CollectionTerminatedException();
            }
          }

          @Override
          public void collect(int doc) {
            if (seen.incrementAndGet() >= limit) {
              throw new CollectionTerminatedException();
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        };
      }

      @Override
      public Void reduce(java.util.Collection<Collector> collectors) {
        return null;
      }
    });
    return Math.min(seen.get(), limit);
  }

  /** The request as a cache key: the words in NFC with runs of spaces as one, filter values trimmed. */
  static SearchRequest normalised(SearchRequest r) {
    return new SearchRequest(normalisedText(r.query()), r.types().stream().sorted().toList(),
        normalisedTexts(r.levels()), normalisedTexts(r.provinces()), normalisedTexts(r.issuers()), normalisedTexts(r.documents()),
        normalisedTexts(r.units()), r.deadlineFrom(), r.deadlineTo(), r.completed(), r.page(), r.size(), r.facets());
  }

  /** A filter's values normalised and sorted: the order values were chosen in changes no answer. */
  private static List<String> normalisedTexts(List<String> values) {
    return values.stream().map(SearchIndex::normalisedText).filter(java.util.Objects::nonNull).sorted().toList();
  }

  private static String normalisedText(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /** A cached answer's key: the generation it was computed on, and the normalised request. */
  private record ResultKey(long generation, SearchRequest request) {}

  /** The answer cache and the facet cache of {@link CacheSettings}. */
  private static final class Caches {
    final BoundedCache<ResultKey, SearchResults> results;
    final BoundedCache<ResultKey, FacetPass> facets;

    Caches(CacheSettings settings) {
      results = new BoundedCache<>(settings.resultEntries(), settings.resultBytes(), SearchIndex::estimatedBytes);
      facets = new BoundedCache<>(settings.facetEntries(), Long.MAX_VALUE, f -> 0L);
    }
  }

  /** A rough size on the heap of an answer: its strings (2 bytes a char) and a fixed cost per object. */
  static long estimatedBytes(SearchResults r) {
    long bytes = 256;
    for (SearchHit h : r.hits()) {
      IndexedEntity e = h.entity();
      bytes += 512 + 2L * (length(e.id()) + length(e.name()) + length(e.text()) + length(h.snippet())
          + length(e.section()) + length(e.issuer()) + length(e.province()) + length(e.deadline())
          + length(e.target()));
      for (IndexedEntity.UnitRef u : e.units()) {
        bytes += 64 + 2L * (length(u.id()) + length(u.name()));
      }
    }
    for (List<FacetCount> values : r.facets().values()) {
      for (FacetCount f : values) {
        bytes += 64 + 2L * (length(f.value()) + length(f.label()));
      }
    }
    return bytes;
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  /**
   * Completions for what the user is typing: entities whose name has every word, the last one as a prefix; names where
   * the words stand together as typed rank first ({@link CompletionRanking}).
   *
   * @throws SearchInputException the words are more than {@link #MAX_PARTS}
   */
  public List<Suggestion> suggest(String typed, int size) {
    if (typed == null || typed.isBlank() || size <= 0) {
      return List.of();
    }
    String trimmed = typed.stripTrailing();
    boolean lastComplete = !trimmed.equals(typed);
    int cut = trimmed.lastIndexOf(' ') + 1;
    String complete = lastComplete ? trimmed : trimmed.substring(0, cut);
    String partial = lastComplete ? "" : trimmed.substring(cut);
    checkSize(queries.parse(complete));
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (!complete.isBlank()) {
      q.add(queries.nameWords(complete), Occur.MUST);
    }
    List<String> folded = Analysis.terms(Tier.FOLDED, partial);
    if (!folded.isEmpty()) {
      q.add(new PrefixQuery(new Term(IndexFields.NAME.folded(), folded.getLast())), Occur.MUST);
    }
    Query query = q.build();
    if (query instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return List.of();
    }
    List<String> before = Analysis.terms(Tier.FOLDED, complete);
    return withSearcher(g -> {
      Query ranked = CompletionRanking.ranked(g.searcher, query, before, folded.isEmpty() ? null : folded.getLast());
      TopDocs top = g.searcher.search(ranked, size * 4);
      StoredFields stored = g.searcher.storedFields();
      Set<String> seen = new LinkedHashSet<>();
      List<Suggestion> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        String name = d.get(IndexFields.NAME.exact());
        if (seen.add(name) && out.size() < size) {
          out.add(new Suggestion(name, d.get(IndexFields.ID), d.get(IndexFields.TYPE)));
        }
      }
      return out;
    });
  }

  /** The entity with this IRI, if indexed. */
  public Optional<IndexedEntity> entity(String id) {
    return withSearcher(g -> {
      TopDocs top = g.searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.<IndexedEntity>empty()
          : Optional.of(EntityDocuments.fromDocument(g.searcher.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /**
   * The indexed entities with these IRIs, by IRI (those not indexed are left out), for exports that list entities
   * found elsewhere (a lineage list) with every field a search result has.
   */
  public Map<String, IndexedEntity> entities(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return withSearcher(g -> {
      Query q = new org.apache.lucene.search.TermInSetQuery(IndexFields.ID,
          ids.stream().distinct().map(org.apache.lucene.util.BytesRef::new).toList());
      TopDocs top = g.searcher.search(q, Math.max(1, Math.min(ids.size(), g.reader.maxDoc())));
      StoredFields stored = g.searcher.storedFields();
      Map<String, IndexedEntity> out = new LinkedHashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        IndexedEntity e = EntityDocuments.fromDocument(stored.document(sd.doc));
        out.put(e.id(), e);
      }
      return out;
    });
  }

  /** Every indexed entity, in index order (what the evaluation's baselines index too). */
  public List<IndexedEntity> entities() {
    return withSearcher(g -> {
      List<IndexedEntity> all = new ArrayList<>();
      StoredFields stored = g.reader.storedFields();
      Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(g.reader);
      for (int doc = 0; doc < g.reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          all.add(EntityDocuments.fromDocument(stored.document(doc)));
        }
      }
      return all;
    });
  }

  @Override
  public synchronized void close() {
    IndexGeneration g = current.getAndSet(null);
    if (g != null) {
      closeQuietly(g);
    }
  }

  // ---- incremental updates: one document added, replaced or removed while the service runs ----------------------

  /**
   * A new generation written for a change of some entities, not yet in use: {@link #swapIn} makes it current,
   * {@link #discard} deletes it. Built while the store's write transaction is still open, so a failure here aborts the
   * store's change too and both stay as they were.
   */
  public static final class PreparedUpdate {
    private final IndexGeneration base;
    private final IndexGeneration fresh;
    private final StoreFingerprint counts;
    private final int added;

    private PreparedUpdate(IndexGeneration base, IndexGeneration fresh, StoreFingerprint counts, int added) {
      this.base = base;
      this.fresh = fresh;
      this.counts = counts;
      this.added = added;
    }

    /** How many entities the update indexed as the store holds them now. */
    public int entities() {
      return added;
    }

    /** The fingerprint of the store recorded in the new generation. */
    public String fingerprint() {
      return fresh.fingerprint;
    }
  }

  /**
   * Writes a new generation that is the current one with the entities {@code ids} (IRIs) re-read from {@code store}:
   * each is deleted, then added again if the store still holds it; every other entity is kept as it is, its files
   * shared with the current generation by hard links (Lucene never rewrites a file). The store's fingerprint is
   * recorded, so the next start finds index and store matching; it is the current one's with only the named graphs
   * {@code graphs} (IRIs: every graph the change wrote or emptied) counted again, so its cost is the change's, not the
   * store's. Call inside the store's write transaction, after the change and before the commit; then {@link #swapIn}
   * after the commit, or {@link #discard} if it fails.
   *
   * @throws UncheckedIOException the generation cannot be written (nothing is changed; the folder is removed)
   */
  public synchronized PreparedUpdate prepareUpdate(Dataset store, java.util.Collection<String> ids,
      java.util.Collection<String> graphs) {
    IndexGeneration base = current.get();
    if (base == null || !base.tryAcquire()) {
      throw new IllegalStateException("the search index in " + root + " is closed");
    }
    Path folder = root.resolve(GENERATION_PREFIX + System.currentTimeMillis() + "-" + ProcessHandle.current().pid()
        + "-u");
    try {
      List<IndexedEntity> entities = EntityReader.read(store, ids);
      StoreFingerprint counts = (storeCounts == null ? StoreFingerprint.read(store) : storeCounts)
          .withGraphs(store.asDatasetGraph(), graphs);
      String fingerprint = counts.digest();
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(base.folder)) {
        for (Path file : files.toList()) {
          if (Files.isRegularFile(file) && !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
            Path target = folder.resolve(file.getFileName());
            try {
              Files.createLink(target, file);
            } catch (UnsupportedOperationException | IOException noLinks) {
              Files.copy(file, target);
            }
          }
        }
      }
      EntityDocuments documents = new EntityDocuments();
      try (FSDirectory dir = FSDirectory.open(folder);
          IndexWriter writer = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.APPEND))) {
        for (String id : ids) {
          writer.deleteDocuments(new Term(IndexFields.ID, id));
        }
        // After every entity already there: ties in a ranking keep the store's order for the rest.
        int ordinal = base.reader.maxDoc() + 1;
        for (IndexedEntity e : entities) {
          writer.addDocument(documents.toDocument(e, ordinal++));
        }
        writer.setLiveCommitData(Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
        writer.commit();
      }
      IndexGeneration fresh = IndexGeneration.open(folder);
      log.accept("search index update prepared in " + folder.getFileName() + ": " + ids.size() + " entities removed, "
          + entities.size() + " added");
      return new PreparedUpdate(base, fresh, counts, entities.size());
    } catch (IOException | RuntimeException e) {
      base.release();
      try {
        IndexGeneration.deleteFolder(folder);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot update the search index in " + folder, io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Makes a prepared generation the current one by the same atomic rename of {@code CURRENT} a rebuild uses: searches
   * see either the whole change or none of it.
   */
  public synchronized void swapIn(PreparedUpdate update) {
    try {
      if (current.get() != update.base) {
        throw new IllegalStateException("the search index changed since the update was prepared");
      }
      Path next = root.resolve(CURRENT + ".next");
      Files.writeString(next, update.fresh.folder.getFileName().toString(), StandardCharsets.UTF_8);
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      IndexGeneration old = current.getAndSet(update.fresh);
      storeCounts = update.counts;
      old.release(); // the reference prepareUpdate took
      old.retire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot swap in the search index " + update.fresh.folder, e);
    }
  }

  /** Forgets a prepared generation (the store's change failed): deletes its folder, keeps the current one. */
  public synchronized void discard(PreparedUpdate update) {
    update.base.release();
    update.fresh.retire();
  }

  // ---- internals -------------------------------------------------------------------------------------------------

  private interface SearcherFunction<T> {
    T apply(IndexGeneration generation) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    IndexGeneration g;
    do {
      g = current.get();
      if (g == null) {
        throw new IllegalStateException("the search index in " + root + " is closed");
      }
    } while (!g.tryAcquire());
    try {
      return f.apply(g);
    } catch (IOException e) {
      throw new UncheckedIOException("search index " + g.folder, e);
    } finally {
      g.release();
    }
  }

  private Map<String, List<FacetCount>> facetCounts(IndexGeneration g, Facets facets) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IndexFields.FACETS) {
      out.put(dim, facetCounts(g, facets, dim));
    }
    return out;
  }

  /** The most frequent values of one facet dimension ({@link #FACET_VALUES}), with their labels. */
  private List<FacetCount> facetCounts(IndexGeneration g, Facets facets, String dim) throws IOException {
    FacetResult r;
    try {
      r = facets.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException notIndexed) {
      r = null; // no entity has this dimension at all
    }
    List<FacetCount> values = new ArrayList<>();
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        values.add(new FacetCount(lv.label, labelOf(g, dim, lv.label), lv.value.longValue()));
      }
    }
    return dim.equals(IndexFields.UNIT) ? withAreasWhereNamesRepeat(g, values) : values;
  }

  /**
   * The unit facet's values with their area added to the label where two of them bear the same name, case aside:
   * every commune has its "Phòng Văn hóa - Xã hội", and a list of three such names cannot be told apart. An area the
   * loader could not name ("(commune not named)") is not added.
   */
  private static List<FacetCount> withAreasWhereNamesRepeat(IndexGeneration g, List<FacetCount> values)
      throws IOException {
    Map<String, Integer> named = new java.util.HashMap<>();
    values.forEach(v -> named.merge(v.label().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
    List<FacetCount> out = new ArrayList<>(values.size());
    for (FacetCount v : values) {
      String area = named.get(v.label().toLowerCase(java.util.Locale.ROOT)) > 1 ? areaOf(g, v.value()) : "";
      boolean unnamed = area.startsWith("(") && area.endsWith(")");
      out.add(area.isEmpty() || unnamed || v.label().contains(area) ? v
          : new FacetCount(v.value(), v.label() + " (" + area + ")", v.count()));
    }
    return out;
  }

  /** The label of the area of the entity {@code id} ("" when it has none); remembered per generation. */
  private static String areaOf(IndexGeneration g, String id) throws IOException {
    String known = g.areas.get(id);
    if (known == null) {
      Document d = storedDocument(g, id);
      String area = d == null ? null : d.get(IndexFields.AREA);
      known = area == null ? "" : area;
      g.areas.put(id, known);
    }
    return known;
  }

  /** A readable label for an IRI-valued facet: a document's label, a unit's name; remembered per generation. */
  private static String labelOf(IndexGeneration g, String dim, String value) throws IOException {
    if (!dim.equals(IndexFields.DOCUMENT) && !dim.equals(IndexFields.UNIT)) {
      return value;
    }
    String known = g.labels.get(value);
    if (known == null) {
      known = lookUpLabel(g, dim, value);
      g.labels.put(value, known);
    }
    return known;
  }

  private static String lookUpLabel(IndexGeneration g, String dim, String value) throws IOException {
    Document d = storedDocument(g, value);
    if (d == null) {
      return value;
    }
    String label = d.get(IndexFields.DOC_LABEL);
    return dim.equals(IndexFields.DOCUMENT) && label != null ? label : d.get(IndexFields.NAME.exact());
  }

  /** The stored fields of the entity {@code id}, or null when the generation has none. */
  private static Document storedDocument(IndexGeneration g, String id) throws IOException {
    TopDocs top = g.searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? null : g.searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  /** How every generation is written: one analyzer per field, sorted by the entities' order in the store. */
  static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(VietnameseAnalyzers.perFieldAnalyzer(List.of(IndexFields.TEXT, IndexFields.NAME)))
        .setOpenMode(mode)
        .setIndexSort(new Sort(new SortField(IndexFields.ORDINAL, SortField.Type.INT)))
        .setRAMBufferSizeMB(128);
  }

  private Optional<IndexGeneration> openCurrent() {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      Path folder = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
      return Optional.of(IndexGeneration.open(folder));
    } catch (IOException | RuntimeException e) {
      log.accept("search index in " + root + " cannot be read (" + e.getMessage() + "): rebuilding");
      return Optional.empty();
    }
  }

  /** Removes generations left by a crash or by an earlier swap whose readers have gone. */
  private void deleteStaleGenerations() throws IOException {
    Path inUse = current.get().folder;
    try (Stream<Path> folders = Files.list(root)) {
      for (Path f : folders.toList()) {
        if (Files.isDirectory(f) && f.getFileName().toString().startsWith(GENERATION_PREFIX) && !f.equals(inUse)) {
          IndexGeneration.deleteFolder(f);
        }
      }
    }
  }

  private static void closeQuietly(IndexGeneration g) {
    try {
      g.close();
    } catch (IOException ignored) {
      // closing a reader we are discarding; nothing to recover
    }
  }
}
