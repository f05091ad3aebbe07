package vn.nq57.alignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import vn.nq57.search.analysis.AbbreviationSource;

/**
 * Ranks, for each task and indicator, the upstream tasks and goals it may carry out (see {@link AlignmentCorpus} for
 * which documents are upstream). Candidates come from a BM25 search (Lucene's {@code BM25Similarity}, k1 = 1.2,
 * b = 0.75) of an in-memory index of the upstream items' folded names, syllable pairs and results, restricted to the
 * item's upstream documents; each is then scored by {@link ScoreParts}: shared words and wording (idf-weighted Dice
 * averaged with the idf-weighted coverage of the item's name by the upstream name),
 * the BM25 score, the section match, shared citations, the kind of lead unit, and for indicators the unit and target.
 * A name of several sentences ({@link Sentences}) is also searched and compared sentence by sentence, since one cell
 * of a plan often carries out several upstream tasks, one a sentence. The result depends only on the texts, never on
 * how many tasks a document has.
 */
public final class Aligner {

  /** Names the method in the graph ({@code nq:method}); bump when the scoring or the graph's form changes (it is part of
   * the documents digest, so a store aligned by an older method is realigned at the next start). */
  public static final String METHOD = "nq57-alignment-6: BM25 + idf-weighted Dice and coverage on folded syllables "
      + "and pairs, section, citation, lead unit, measure, specificity; each sentence of a name of several searched "
      + "and compared alone too; evidence stored for rank 1";

  /** How many BM25 hits of the whole name are scored for each item. */
  static final int POOL = 30;
  /**
   * How many BM25 hits of each sentence join them, for a name of several sentences ({@link Sentences}): a sentence
   * is short and says one thing, so its few best hits are the ones it may carry out.
   */
  static final int SENTENCE_POOL = 10;
  /** Sentences of fewer syllables (a stray "TP." or numbering) are not searched or compared alone. */
  static final int MIN_SENTENCE_SYLLABLES = 3;
  /**
   * How many of the best candidates carry their shared phrases as evidence: the graph stores the evidence of rank 1
   * only ({@link AlignmentGraph}); the API computes the others' from the two names ({@link #explain}).
   */
  static final int WITH_PHRASES = 1;

  private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[IVXLC]+|\\d+(?:\\.\\d+)*)\\s*[.):\\-–]?\\s*");
  private static final Pattern COUNT = Pattern.compile("\\(\\s*\\d+\\s+[^)]*\\)");
  /** Words of unit names that tell the level or the form of a unit, not what it does. */
  private static final Set<String> ORGANISATIONAL = Set.of("bo", "so", "ubnd", "uy", "ban", "nhan", "dan", "tinh",
      "xa", "huyen", "thanh", "pho", "cac", "nganh", "dia", "phuong", "lien", "quan", "don", "vi", "co", "va", "cap",
      "truc", "thuoc", "tw", "trung", "uong");

  private final AbbreviationExpander expander;
  private final ScoreParts.Weights weights;

  /** The method with the thesaurus' abbreviations and the default weights. */
  public Aligner(AbbreviationSource abbreviations) {
    this(abbreviations, ScoreParts.Weights.DEFAULT);
  }

  public Aligner(AbbreviationSource abbreviations, ScoreParts.Weights weights) {
    this.expander = new AbbreviationExpander(abbreviations);
    this.weights = weights;
  }

  /**
   * The ranked candidates (best first, at most {@value #POOL}) of every task and indicator of {@code documents} that
   * has upstream documents; items without any candidate are absent.
   */
  public Map<String, List<Candidate>> rank(AlignmentCorpus corpus, Set<String> documents) {
    Map<String, List<Candidate>> ranked = new LinkedHashMap<>();
    rank(corpus, documents, Integer.MAX_VALUE, UnaryOperator.identity(), ranked::putAll);
    return ranked;
  }

  /**
   * Ranks {@code documents} as {@link #rank(AlignmentCorpus, Set)} does (one index of all their upstream items, so a
   * document's candidates do not depend on the batch it is ranked in), but gives them to {@code sink} {@code batch}
   * documents at a time, each item's list cut by {@code kept} first: at national size the lists of a quarter of a
   * million items do not fit a 2 GB heap at once, the few a caller keeps of each do. {@code sink} runs on this thread.
   *
   * @throws CancellationException the calling thread was interrupted
   */
  public void rank(AlignmentCorpus corpus, Set<String> documents, int batch, UnaryOperator<List<Candidate>> kept,
      Consumer<Map<String, List<Candidate>>> sink) {
    Profiles profiles = new Profiles(corpus);
    Set<String> pool = new LinkedHashSet<>();
    for (String d : documents) {
      pool.addAll(corpus.upstreamDocuments(d));
    }
    if (pool.isEmpty()) {
      return;
    }
    Thread caller = Thread.currentThread();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      index(corpus, pool, profiles, dir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        UpstreamIndex upstream = UpstreamIndex.of(reader);
        Map<CandidateKey, List<Candidate>> cache = new ConcurrentHashMap<>();
        List<String> order = List.copyOf(documents);
        for (int from = 0; from < order.size(); ) {
          int to = (int) Math.min(order.size(), (long) from + batch);
          List<String> part = order.subList(from, to);
          // Documents are independent once the index is built: rank them on every core (the common pool plus this
          // thread), each item's list computed once per identical wording and upstream set (CandidateKey).
          Map<String, Map<String, List<Candidate>>> byDocument = new ConcurrentHashMap<>();
          part.parallelStream().forEach(d -> {
            if (caller.isInterrupted()) {
              throw new CancellationException("alignment interrupted");
            }
            byDocument.put(d, rankDocument(corpus, profiles, upstream, cache, kept, d));
          });
          Map<String, List<Candidate>> ranked = new LinkedHashMap<>();
          for (String d : part) {
            ranked.putAll(byDocument.getOrDefault(d, Map.of()));
          }
          sink.accept(ranked);
          from = to;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory alignment index", e);
    }
  }

  /**
   * The in-memory index of a run's upstream items, with what the ranking asks of it at every item read once: each
   * document's IRI by Lucene doc id (not from the stored fields at every hit), the terms each field holds (a query
   * clause for a term the field does not hold matches nothing, but setting it up cost as much as one that does), and
   * each term's statistics and place in the terms dictionary ({@link TermStates}, looked up once per run instead of
   * at every query that names the term: the look-up was a quarter of the search). Safe for the threads of one run.
   */
  private static final class UpstreamIndex {
    private final IndexSearcher searcher;
    private final String[] ids;
    private final Map<String, Set<String>> vocabulary;
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

    private UpstreamIndex(IndexSearcher searcher, String[] ids, Map<String, Set<String>> vocabulary) {
      this.searcher = searcher;
      this.ids = ids;
      this.vocabulary = vocabulary;
    }

    static UpstreamIndex of(DirectoryReader reader) throws IOException {
      String[] ids = new String[reader.maxDoc()];
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < ids.length; doc++) {
        ids[doc] = stored.document(doc).get("id");
      }
      Map<String, Set<String>> vocabulary = new HashMap<>();
      for (String field : List.of("name", "pair", "result")) {
        Set<String> terms = new HashSet<>();
        Terms indexed = MultiTerms.getTerms(reader, field);
        if (indexed != null) {
          TermsEnum e = indexed.iterator();
          for (BytesRef t = e.next(); t != null; t = e.next()) {
            terms.add(t.utf8ToString());
          }
        }
        vocabulary.put(field, terms);
      }
      return new UpstreamIndex(new IndexSearcher(reader), ids, vocabulary);
    }

    IndexSearcher searcher() {
      return searcher;
    }

    /** The IRI of the item indexed as Lucene document {@code doc}. */
    String id(int doc) {
      return ids[doc];
    }

    boolean holds(String field, String term) {
      return vocabulary.get(field).contains(term);
    }

    /**
     * A term query over this index with the term's states looked up once (built with statistics, so later queries
     * only read them: {@link TermStates#get} does not change a {@code TermStates} built so).
     */
    Query term(String field, String text) {
      Term t = new Term(field, text);
      return new TermQuery(t, states.computeIfAbsent(t, k -> {
        try {
          return TermStates.build(searcher, k, true);
        } catch (IOException e) {
          throw new UncheckedIOException("in-memory alignment index", e);
        }
      }));
    }
  }

  private Map<String, List<Candidate>> rankDocument(AlignmentCorpus corpus, Profiles profiles, UpstreamIndex index,
      Map<CandidateKey, List<Candidate>> cache, UnaryOperator<List<Candidate>> kept, String d) {
    List<String> upstreamDocs = corpus.upstreamDocuments(d);
    if (upstreamDocs.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Candidate>> ranked = new LinkedHashMap<>();
    try {
      Set<String> excludedNumbers = lineageNumbers(corpus, d, upstreamDocs);
      for (AlignmentItem item : corpus.itemsOf(d)) {
        CandidateKey key = CandidateKey.of(item, upstreamDocs, excludedNumbers);
        List<Candidate> known = cache.get(key);
        List<Candidate> candidates;
        if (known != null) {
          candidates = known.stream().map(c -> c.forDownstream(item.iri())).toList();
        } else {
          candidates = kept.apply(candidates(corpus, profiles, index, item, upstreamDocs, excludedNumbers));
          cache.putIfAbsent(key, candidates);
        }
        if (!candidates.isEmpty()) {
          ranked.put(item.iri(), candidates);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory alignment index", e);
    }
    return ranked;
  }

  /**
   * Everything a candidate list depends on besides the index: two items equal here (plans copy wording from one
   * another, generated and real alike) get the same candidates, so the list is computed once.
   */
  private record CandidateKey(String name, boolean indicator, String sectionTitle, List<String> leadUnits,
      List<String> citedNumbers, String unit, String comparator, List<String> upstreamDocs,
      Set<String> excludedNumbers) {
    static CandidateKey of(AlignmentItem item, List<String> upstreamDocs, Set<String> excludedNumbers) {
      return new CandidateKey(item.name(), item.indicator(), item.sectionTitle(), item.leadUnits(),
          item.citedNumbers(), item.unitOfMeasure(), item.comparator(), upstreamDocs, excludedNumbers);
    }
  }

  private void index(AlignmentCorpus corpus, Set<String> pool, Profiles profiles, ByteBuffersDirectory dir)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (String doc : pool) {
        for (AlignmentItem up : corpus.itemsOf(doc)) {
          TextProfile name = profiles.name(up);
          Document d = new Document();
          d.add(new StringField("id", up.iri(), Field.Store.YES));
          d.add(new StringField("doc", doc, Field.Store.NO));
          d.add(new TextField("name", String.join(" ", name.syllables()), Field.Store.NO));
          d.add(new TextField("pair", String.join(" ", underscored(name.bigrams())), Field.Store.NO));
          d.add(new TextField("result", String.join(" ", profiles.results(up).syllables()), Field.Store.NO));
          writer.addDocument(d);
        }
      }
    }
  }

  private List<Candidate> candidates(AlignmentCorpus corpus, Profiles profiles, UpstreamIndex index,
      AlignmentItem item, List<String> upstreamDocs, Set<String> excludedNumbers)
      throws IOException {
    TextProfile name = profiles.name(item);
    if (name.isEmpty()) {
      return List.of();
    }
    Query inUpstream = new TermInSetQuery("doc", upstreamDocs.stream().map(BytesRef::new).toList());
    // Lucene doc id → BM25 part: the hit's score over the best hit's, of the whole name's search or, for a name of
    // several sentences, of a sentence's own search, whichever is larger
    Map<Integer, Double> bm25 = new HashMap<>();
    search(index, textQuery(name, profiles.weights, index), inUpstream, POOL, bm25);
    if (bm25.isEmpty()) {
      return List.of();
    }
    List<TextProfile> sentences = profiles.sentences(item);
    for (TextProfile sentence : sentences) {
      search(index, textQuery(sentence, profiles.weights, index), inUpstream, SENTENCE_POOL, bm25);
    }
    List<Candidate> scored = new ArrayList<>();
    for (Map.Entry<Integer, Double> hit : bm25.entrySet()) {
      AlignmentItem up = corpus.item(index.id(hit.getKey()));
      if (up == null || up.iri().equals(item.iri())) {
        continue;
      }
      AlignmentDocument upDoc = corpus.document(up.document());
      boolean specific = upDoc != null && upstreamDocs.stream().anyMatch(upDoc.ancestors()::contains);
      scored.add(score(profiles, item, sentences, up, hit.getValue(), specific ? 1 : 0, excludedNumbers));
    }
    scored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::upstream));
    List<Candidate> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Candidate c = scored.get(i).withRank(i + 1);
      if (i < WITH_PHRASES) {
        c = withPhrases(c, profiles.name(item), profiles.name(corpus.item(c.upstream())));
      }
      ranked.add(c);
    }
    return ranked;
  }

  /**
   * A BM25 query of a text: its 64 strongest syllables and 64 strongest pairs by idf, each once, over the upstream
   * names (pairs boosted 0.5) and results (boosted 0.2); null when the upstream index holds none of them. Clauses on
   * terms the index does not hold are left out (they match nothing, so the hits and their scores are the same).
   */
  private static Query textQuery(TextProfile text, TermWeights weights, UpstreamIndex index) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (String t : strongest(text.terms(), weights, 64)) {
      if (index.holds("name", t)) {
        query.add(index.term("name", t), Occur.SHOULD);
        clauses++;
      }
      if (index.holds("result", t)) {
        query.add(new BoostQuery(index.term("result", t), 0.2f), Occur.SHOULD);
        clauses++;
      }
    }
    for (String p : strongest(text.bigrams(), weights, 64)) {
      String pair = p.replace(' ', '_');
      if (index.holds("pair", pair)) {
        query.add(new BoostQuery(index.term("pair", pair), 0.5f), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : query.build();
  }

  /**
   * Runs {@code text} (null: nothing) restricted to {@code filter}, and records each of its {@code limit} best hits'
   * score divided by the best hit's into {@code bm25}, keeping the larger where a hit is there already.
   */
  private static void search(UpstreamIndex index, Query text, Query filter, int limit, Map<Integer, Double> bm25)
      throws IOException {
    if (text == null) {
      return;
    }
    Query query = new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
    ScoreDoc[] hits = index.searcher().search(query, limit).scoreDocs;
    if (hits.length == 0) {
      return;
    }
    double best = hits[0].score;
    for (ScoreDoc hit : hits) {
      bm25.merge(hit.doc, hit.score / best, Math::max);
    }
  }

  private Candidate score(Profiles profiles, AlignmentItem down, List<TextProfile> sentences, AlignmentItem up,
      double bm25, double specificity, Set<String> excludedNumbers) {
    TermWeights w = profiles.weights;
    TextProfile un = profiles.name(up);
    double words = wordsPart(w, profiles.name(down), un);
    double phrases = phrasesPart(w, profiles.name(down), un);
    // a row of several sentences carries out an upstream task if one of its sentences does: each is compared alone too
    for (TextProfile sentence : sentences) {
      words = Math.max(words, wordsPart(w, sentence, un));
      phrases = Math.max(phrases, phrasesPart(w, sentence, un));
    }
    List<Evidence> evidence = new ArrayList<>();

    TextProfile ds = profiles.section(down);
    double section = w.dice(ds.terms(), profiles.section(up).terms());
    if (up.sectionTitle() == null) {
      section = Math.max(section, w.dice(ds.terms(), un.terms()));
    }
    if (section >= 0.5) {
      evidence.add(new Evidence("section", down.sectionTitle()));
    }

    Set<String> sharedCitations = new LinkedHashSet<>(down.citedNumbers());
    sharedCitations.retainAll(new HashSet<>(up.citedNumbers()));
    sharedCitations.removeAll(excludedNumbers);
    double citation = sharedCitations.isEmpty() ? 0 : 1;
    sharedCitations.forEach(n -> evidence.add(new Evidence("citation", n)));

    Set<String> downKinds = profiles.leadKinds(down);
    Set<String> upKinds = profiles.leadKinds(up);
    double lead = downKinds.stream().anyMatch(upKinds::contains) ? 1 : 0;
    if (lead > 0) {
      evidence.add(new Evidence("leadUnit",
          String.join(", ", down.leadUnits()) + " ↔ " + String.join(", ", up.leadUnits())));
    }

    double kind = down.indicator() == up.indicator() ? 1 : 0;
    double measure = 0;
    if (down.indicator() && up.indicator()) {
      if (down.unitOfMeasure() != null && down.unitOfMeasure().equalsIgnoreCase(nullToEmpty(up.unitOfMeasure()))) {
        measure += 0.5;
      }
      if (down.comparator() != null && down.comparator().equals(up.comparator())) {
        measure += 0.5;
      }
      if (measure > 0) {
        evidence.add(new Evidence("measure", nullToEmpty(down.unitOfMeasure()) + " " + nullToEmpty(down.comparator())));
      }
    }
    ScoreParts parts = weights.combine(words, phrases, bm25, section, citation, lead, kind, measure, specificity);
    return new Candidate(down.iri(), up.iri(), 0, parts, evidence);
  }

  /**
   * Half Dice (both texts alike), half coverage (the row's wording found in the upstream text): Dice alone sinks a row
   * copied out of a long upstream paragraph (57-NQ/TW's prose groups), coverage alone favours long texts.
   */
  private static double wordsPart(TermWeights w, TextProfile down, TextProfile up) {
    return (w.dice(down.terms(), up.terms()) + w.coverage(down.terms(), up.terms())) / 2;
  }

  /** {@link #wordsPart} over the syllable pairs. */
  private static double phrasesPart(TermWeights w, TextProfile down, TextProfile up) {
    return (w.dice(down.bigrams(), up.bigrams()) + w.coverage(down.bigrams(), up.bigrams())) / 2;
  }

  private static Candidate withPhrases(Candidate c, TextProfile down, TextProfile up) {
    List<Evidence> evidence = new ArrayList<>();
    sharedPhrases(down, up).forEach(p -> evidence.add(new Evidence("phrase", p)));
    evidence.addAll(c.evidence());
    return new Candidate(c.downstream(), c.upstream(), c.rank(), c.parts(), evidence);
  }

  /**
   * What a reader is shown of a candidate whose evidence the graph does not hold (ranks 2–3, and the shared syllables
   * of every rank): computed from the two names alone, as the ranking computed them.
   *
   * @param downstreamName the name of the task or indicator that carries out, verbatim (null is empty)
   * @param upstreamName the name of the upstream task or goal, verbatim (null is empty)
   * @return the folded syllables both names share (for highlighting) and the shared runs of at least two syllables as
   *     the upstream name writes them, longest first, at most six ({@code phrase} evidence)
   */
  public Explanation explain(String downstreamName, String upstreamName) {
    TextProfile down = TextProfile.of(downstreamName, expander);
    TextProfile up = TextProfile.of(upstreamName, expander);
    return new Explanation(sharedTerms(down, up), sharedPhrases(down, up));
  }

  /**
   * The part of a candidate's explanation that depends only on the two names.
   *
   * @param sharedTerms the folded syllables both names share, in the downstream name's order
   * @param phrases the shared runs of at least two syllables, as the upstream name writes them, longest first
   */
  public record Explanation(List<String> sharedTerms, List<String> phrases) {}

  private static List<String> sharedTerms(TextProfile down, TextProfile up) {
    return down.syllables().stream().distinct().filter(up.terms()::contains).toList();
  }

  /** Maximal runs of at least two syllables both names share, as the upstream name writes them, longest first. */
  static List<String> sharedPhrases(TextProfile down, TextProfile up) {
    List<String> d = down.syllables();
    List<String> u = up.syllables();
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int j = 0; j < d.size(); j++) {
      positions.computeIfAbsent(d.get(j), k -> new ArrayList<>()).add(j);
    }
    Map<String, Integer> runs = new LinkedHashMap<>();
    boolean[] covered = new boolean[u.size()];
    for (int i = 0; i < u.size(); i++) {
      if (covered[i]) {
        continue;
      }
      int bestLength = 0;
      for (int j : positions.getOrDefault(u.get(i), List.of())) {
        int k = 0;
        while (i + k < u.size() && j + k < d.size() && u.get(i + k).equals(d.get(j + k))) {
          k++;
        }
        bestLength = Math.max(bestLength, k);
      }
      if (bestLength >= 2) {
        runs.putIfAbsent(up.span(i, i + bestLength - 1), bestLength);
        for (int k = i; k < i + bestLength; k++) {
          covered[k] = true;
        }
      }
    }
    return runs.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey).limit(6).toList();
  }

  /** Numbers of the documents in the lineage: citing them says nothing about which task is carried out. */
  private static Set<String> lineageNumbers(AlignmentCorpus corpus, String document, List<String> upstreamDocs) {
    Set<String> numbers = new HashSet<>();
    Set<String> docs = new HashSet<>(upstreamDocs);
    AlignmentDocument self = corpus.document(document);
    if (self != null) {
      docs.addAll(self.ancestors());
    }
    for (String u : upstreamDocs) {
      AlignmentDocument up = corpus.document(u);
      if (up != null) {
        docs.addAll(up.ancestors());
      }
    }
    for (String d : docs) {
      AlignmentDocument doc = corpus.document(d);
      if (doc != null && doc.number() != null) {
        numbers.add(doc.number());
      }
    }
    return numbers;
  }

  private static List<String> strongest(Set<String> terms, TermWeights weights, int limit) {
    return terms.stream().sorted(Comparator.comparingDouble(weights::idf).reversed().thenComparing(t -> t))
        .limit(limit).toList();
  }

  private static List<String> underscored(Set<String> bigrams) {
    return bigrams.stream().map(b -> b.replace(' ', '_')).toList();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The analysed texts of every item, made once per run and once per distinct text (plans repeat one another's
   * wording); safe for the threads of one run.
   */
  private final class Profiles {
    private final Map<String, TextProfile> byText = new ConcurrentHashMap<>();
    private final Map<String, TextProfile> names = new ConcurrentHashMap<>();
    private final Map<String, TextProfile> sections = new ConcurrentHashMap<>();
    private final Map<String, TextProfile> results = new ConcurrentHashMap<>();
    private final Map<String, List<TextProfile>> sentences = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> leadKinds = new ConcurrentHashMap<>();
    private final TermWeights weights;

    Profiles(AlignmentCorpus corpus) {
      List<TextProfile> all = new ArrayList<>();
      for (AlignmentItem item : corpus.items()) {
        TextProfile p = text(item.name());
        names.put(item.iri(), p);
        all.add(p);
      }
      this.weights = new TermWeights(all);
    }

    private TextProfile text(String raw) {
      String key = raw == null ? "" : raw;
      return byText.computeIfAbsent(key, t -> TextProfile.of(t, expander));
    }

    TextProfile name(AlignmentItem item) {
      TextProfile p = names.get(item.iri());
      return p != null ? p : text(item.name());
    }

    TextProfile section(AlignmentItem item) {
      TextProfile p = sections.get(item.iri());
      if (p == null) {
        String title = item.sectionTitle() == null ? "" : item.sectionTitle();
        p = text(COUNT.matcher(NUMBERING.matcher(title).replaceFirst("")).replaceAll(" "));
        sections.put(item.iri(), p);
      }
      return p;
    }

    /**
     * The analysed sentences of a name of several ({@link Sentences}), each of at least
     * {@value Aligner#MIN_SENTENCE_SYLLABLES} syllables, or none when fewer than two are left: a name of one sentence
     * is compared as a whole only.
     */
    List<TextProfile> sentences(AlignmentItem item) {
      List<TextProfile> known = sentences.get(item.iri());
      if (known != null) {
        return known;
      }
      List<TextProfile> found = Sentences.of(item.name()).stream().map(this::text)
          .filter(t -> t.syllables().size() >= MIN_SENTENCE_SYLLABLES).toList();
      List<TextProfile> kept = found.size() < 2 ? List.of() : found;
      sentences.put(item.iri(), kept);
      return kept;
    }

    TextProfile results(AlignmentItem item) {
      TextProfile p = results.get(item.iri());
      if (p == null) {
        p = text(String.join("\n", item.results()));
        results.put(item.iri(), p);
      }
      return p;
    }

    /** Pairs of adjacent non-organisational syllables of the lead units' names: "cong an", "noi vu", "van hoa". */
    Set<String> leadKinds(AlignmentItem item) {
      Set<String> known = leadKinds.get(item.iri());
      if (known != null) {
        return known;
      }
      Set<String> kinds = new HashSet<>();
      for (String unit : item.leadUnits()) {
        List<String> words = text(unit).syllables().stream().filter(s -> !ORGANISATIONAL.contains(s)).toList();
        for (int i = 0; i + 1 < words.size(); i++) {
          kinds.add(words.get(i) + " " + words.get(i + 1));
        }
      }
      leadKinds.put(item.iri(), kinds);
      return kinds;
    }
  }
}
