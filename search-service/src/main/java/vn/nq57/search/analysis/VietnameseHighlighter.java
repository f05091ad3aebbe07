package vn.nq57.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/**
 * Marks in the original text what a {@link VietnameseQueryBuilder} query matched, in any tier. Each tier's analyzer is
 * re-run on the stored text; its tokens' offsets point into the original characters thanks to
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
    Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... ts) {
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
    return new Marker(fields, terms, automata);
  }

  /** The matched terms of one query, per tier field; thread-safe once built. */
  public static final class Marker {
    private final TierFields fields;
    private final Map<String, Set<BytesRef>> terms;
    private final Map<String, List<ByteRunAutomaton>> automata;

    private Marker(TierFields fields, Map<String, Set<BytesRef>> terms, Map<String, List<ByteRunAutomaton>> automata) {
      this.fields = fields;
      this.terms = terms;
      this.automata = automata;
    }

    /** The merged, ordered ranges of the text that the query matches. */
    public List<Span> spans(String text) {
      List<Span> spans = new ArrayList<>();
      for (Tier tier : Tier.values()) {
        String field = fields.field(tier);
        if (terms.containsKey(field) || automata.containsKey(field)) {
          collect(tier, text, terms.getOrDefault(field, Set.of()), automata.getOrDefault(field, List.of()), spans);
        }
      }
      return merge(spans);
    }
  }

  private static void collect(
      Tier tier, String text, Set<BytesRef> terms, List<ByteRunAutomaton> automata, List<Span> out) {
    try (TokenStream ts = VietnameseAnalyzers.analyzer(tier).tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
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

  private static List<Span> merge(List<Span> spans) {
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
