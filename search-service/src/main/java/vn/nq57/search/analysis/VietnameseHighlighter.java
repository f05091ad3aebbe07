package vn.nq57.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/**
 * Marks in the original text what a {@link VietnameseQueryBuilder} query matched, in any tier. The stored text is
 * analysed again (once for all text tiers, see {@link Marker#spans}); its tokens' offsets point into the original characters thanks to
 * {@link VietnameseUnicodeCharFilter}, so a decomposed "đường" is marked whole. (Lucene's UnifiedHighlighter highlights
 * one field's terms only, while a query here matches in several tiers.)
 */
public final class VietnameseHighlighter {

  /** A matched range [start, end) of the original text. */
  public record Span(int start, int end) {}

  private final TierFields fields;

  public VietnameseHighlighter(TierFields fields) {
    this.fields = fields;
  }

  /** The merged, ordered ranges of the text that the query matches. */
  public List<Span> spans(String text, Query query) {
    return marker(query).spans(text);
  }

  /** The text with each matched range wrapped in {@code pre} … {@code post}. */
  public String highlight(String text, Query query, String pre, String post) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Span s : spans(text, query)) {
      out.append(text, at, s.start()).append(pre).append(text, s.start(), s.end()).append(post);
      at = s.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * What a query matches, gathered once (its terms, and the automata of its fuzzy parts, which are costly to build) to
   * mark many texts: the results of one search.
   */
  public Marker marker(Query query) {
    Map<String, Set<BytesRef>> terms = new HashMap<>();
    Map<String, List<BytesRef[]>> phrases = new HashMap<>();
    Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... ts) {
        // an exact phrase ("ủy ban nhân dân", what "UBND" stands for) is marked where it stands whole, never one of
        // its words alone (the "Ban" of "Ban Chỉ đạo"); a phrase with slop is marked word by word, as before
        if (q instanceof PhraseQuery pq && pq.getSlop() == 0 && ts.length > 1) {
          BytesRef[] words = new BytesRef[ts.length];
          for (int i = 0; i < ts.length; i++) {
            words[i] = ts[i].bytes();
          }
          phrases.computeIfAbsent(ts[0].field(), f -> new ArrayList<>()).add(words);
          return;
        }
        for (Term t : ts) {
          terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.bytes());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        automata.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return new Marker(fields, terms, phrases, automata);
  }

  /** The matched terms of one query, per tier field; thread-safe once built. */
  public static final class Marker {
    /** Per tier (by ordinal): the terms, the automata, and whether the tier has anything to match. */
    private final Set<BytesRef>[] terms;
    /** Per tier: the exact phrases, each marked only where all its words stand in a row. */
    private final List<BytesRef[]>[] phrases;
    private final List<ByteRunAutomaton>[] automata;
    private final boolean[] wanted;
    private final boolean anyTextTier;
    /**
     * The spans of texts already marked, by limit and text: the results of one search often share a text word for word
     * (a commune's plan copies the tasks of its province's), and analysing a text is most of a snippet's cost.
     * At most {@link #REMEMBERED} texts, so a download of thousands of results does not hold them all.
     */
    private final Map<Looked, List<Span>> remembered = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 256;

    @SuppressWarnings("unchecked")
    private Marker(TierFields fields, Map<String, Set<BytesRef>> byField, Map<String, List<BytesRef[]>> phrasesByField,
        Map<String, List<ByteRunAutomaton>> automataByField) {
      Tier[] tiers = Tier.values();
      terms = new Set[tiers.length];
      phrases = new List[tiers.length];
      automata = new List[tiers.length];
      wanted = new boolean[tiers.length];
      boolean text = false;
      for (Tier tier : tiers) {
        String field = fields.field(tier);
        terms[tier.ordinal()] = byField.getOrDefault(field, Set.of());
        phrases[tier.ordinal()] = tier == Tier.DOCNUMBER ? List.of() : phrasesByField.getOrDefault(field, List.of());
        automata[tier.ordinal()] = automataByField.getOrDefault(field, List.of());
        wanted[tier.ordinal()] = byField.containsKey(field) || automataByField.containsKey(field)
            || !phrases[tier.ordinal()].isEmpty();
        text |= wanted[tier.ordinal()] && tier != Tier.DOCNUMBER;
      }
      anyTextTier = text;
    }

    /**
     * The merged, ordered ranges of the text that the query matches. The text tiers share their char filter, tokenizer
     * and tone-mark normalisation and differ only in a pure function of each token ({@link VietnameseFolding}), so the
     * text is tokenized once and each tier's terms are derived from those tokens: the same terms and offsets as running
     * each tier's analyzer (checked against them in the tests), at the cost of one analysis instead of five.
     */
    public List<Span> spans(String text) {
      return spans(text, Integer.MAX_VALUE);
    }

    /**
     * The merged, ordered ranges of the text that the query matches, looking no further than {@code limit} (a char
     * index): every range that starts before it is found, as {@link #spans(String)} finds it, except that a merged
     * range may end early where it reaches past {@code limit}; ranges starting later may be missing. For a snippet
     * that shows only the start of a long text.
     */
    public List<Span> spans(String text, int limit) {
      Looked key = new Looked(text, limit);
      List<Span> known = remembered.get(key);
      if (known != null) {
        return known;
      }
      List<Span> found = List.copyOf(find(text, limit));
      if (remembered.size() < REMEMBERED) {
        remembered.put(key, found);
      }
      return found;
    }

    /** A text marked, and how far into it the marker looked. */
    private record Looked(String text, int limit) {}

    private List<Span> find(String text, int limit) {
      List<Span> spans = new ArrayList<>();
      if (anyTextTier) {
        collectTextTiers(text, limit, spans);
      }
      if (wanted[Tier.DOCNUMBER.ordinal()]) {
        collect(Tier.DOCNUMBER, text, limit, terms[Tier.DOCNUMBER.ordinal()], automata[Tier.DOCNUMBER.ordinal()],
            spans);
      }
      return merge(spans);
    }

    private void collectTextTiers(String text, int limit, List<Span> out) {
      List<String> exact = new ArrayList<>();
      List<int[]> offsets = new ArrayList<>();
      try (TokenStream ts = VietnameseAnalyzers.analyzer(Tier.EXACT).tokenStream("", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int past = 0; // tokens read from the limit on: two more complete the shingles that start before it
        while (past < 3 && ts.incrementToken()) {
          exact.add(term.toString());
          offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
          if (offset.startOffset() >= limit) {
            past++;
          }
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      boolean needFolded = wanted[Tier.FOLDED.ordinal()] || wanted[Tier.UNMARKED.ordinal()]
          || wanted[Tier.SHINGLE.ordinal()];
      List<String> folded = needFolded ? new ArrayList<>(exact.size()) : List.of();
      for (int i = 0; i < exact.size(); i++) {
        String t = exact.get(i);
        int[] at = offsets.get(i);
        if (wanted[Tier.EXACT.ordinal()]) {
          mark(Tier.EXACT, t, at[0], at[1], out);
        }
        if (wanted[Tier.TONELESS.ordinal()]) {
          mark(Tier.TONELESS, TONELESS.rewrite(t, VietnameseFolding::removeTones), at[0], at[1], out);
        }
        if (needFolded) {
          String f = FOLDED.rewrite(t, VietnameseHighlighter::fold);
          folded.add(f);
          if (wanted[Tier.FOLDED.ordinal()]) {
            mark(Tier.FOLDED, f, at[0], at[1], out);
          }
          if (wanted[Tier.UNMARKED.ordinal()] && isAscii(t)) {
            mark(Tier.UNMARKED, f, at[0], at[1], out);
          }
        }
      }
      for (Tier tier : PHRASE_TIERS) {
        if (!phrases[tier.ordinal()].isEmpty()) {
          markPhrases(tier, exact, offsets, out);
        }
      }
      if (wanted[Tier.SHINGLE.ordinal()]) {
        // as ShingleFilter(2, 3) without unigrams: syllables joined by a space, from the first's start to the last's end
        for (int i = 0; i < folded.size(); i++) {
          StringBuilder shingle = new StringBuilder(folded.get(i));
          for (int n = 2; n <= 3 && i + n <= folded.size(); n++) {
            shingle.append(' ').append(folded.get(i + n - 1));
            mark(Tier.SHINGLE, shingle.toString(), offsets.get(i)[0], offsets.get(i + n - 1)[1], out);
          }
        }
      }
    }

    /**
     * Marks each of the tier's phrases where its words are the tier's terms of consecutive tokens, from the first
     * one's start to the last one's end (the unmarked tier holds only tokens written without diacritics).
     */
    private void markPhrases(Tier tier, List<String> exact, List<int[]> offsets, List<Span> out) {
      BytesRef[] at = new BytesRef[exact.size()];
      for (int i = 0; i < at.length; i++) {
        String t = exact.get(i);
        String term = switch (tier) {
          case EXACT -> t;
          case TONELESS -> TONELESS.rewrite(t, VietnameseFolding::removeTones);
          case FOLDED -> FOLDED.rewrite(t, VietnameseHighlighter::fold);
          case UNMARKED -> isAscii(t) ? FOLDED.rewrite(t, VietnameseHighlighter::fold) : null;
          default -> null;
        };
        at[i] = term == null ? null : new BytesRef(term);
      }
      for (BytesRef[] phrase : phrases[tier.ordinal()]) {
        for (int i = 0; i + phrase.length <= at.length; i++) {
          int n = 0;
          while (n < phrase.length && phrase[n].equals(at[i + n])) {
            n++;
          }
          if (n == phrase.length) {
            out.add(new Span(offsets.get(i)[0], offsets.get(i + n - 1)[1]));
          }
        }
      }
    }

    private static final Tier[] PHRASE_TIERS = {Tier.EXACT, Tier.TONELESS, Tier.FOLDED, Tier.UNMARKED};

    private void mark(Tier tier, String term, int start, int end, List<Span> out) {
      BytesRef bytes = new BytesRef(term);
      if (terms[tier.ordinal()].contains(bytes)) {
        out.add(new Span(start, end));
        return;
      }
      for (ByteRunAutomaton a : automata[tier.ordinal()]) {
        if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
          out.add(new Span(start, end));
          return;
        }
      }
    }
  }

  /** The tier terms of a token, remembered: a language's text repeats a few thousand syllables. */
  private static final TermCache TONELESS = new TermCache();
  private static final TermCache FOLDED = new TermCache();

  /** The folded tier's term of an exact-tier token (FullFoldingFilter, then LooseSpellingFilter). */
  private static String fold(String exact) {
    return VietnameseFolding.looseSpelling(VietnameseFolding.removeMarks(exact));
  }

  /** What {@link UnmarkedTokenFilter} keeps: a token written without any diacritic. */
  private static boolean isAscii(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** One tier's analyzer over the text (the document-number tier, whose tokenizer differs). */
  private static void collect(Tier tier, String text, int limit, Set<BytesRef> terms, List<ByteRunAutomaton> automata,
      List<Span> out) {
    try (TokenStream ts = VietnameseAnalyzers.analyzer(tier).tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken() && offset.startOffset() < limit) {
        BytesRef bytes = new BytesRef(term);
        boolean hit = terms.contains(bytes)
            || automata.stream().anyMatch(a -> a.run(bytes.bytes, bytes.offset, bytes.length));
        if (hit) {
          out.add(new Span(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code spans} (sorted in place) with overlapping ones merged, in text order. */
  static List<Span> merge(List<Span> spans) {
    spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Span> merged = new ArrayList<>();
    for (Span s : spans) {
      Span last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && s.start() < last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }
}
