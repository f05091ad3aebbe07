package vn.nq57.alignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import vn.nq57.search.analysis.VietnameseAnalyzers;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/**
 * A text as the alignment compares it: its abbreviations written out, then the search's folded tier (marks removed,
 * đ → d, tone marks placed canonically first, loose i/y) syllable by syllable, each with its place in the written-out
 * text so shared runs can be shown as the author wrote them.
 *
 * @param text the text with abbreviations written out (what the offsets point into)
 * @param syllables the folded syllables in order
 * @param starts each syllable's start offset in {@code text}
 * @param ends each syllable's end offset in {@code text}
 * @param terms the distinct folded syllables
 * @param bigrams the distinct pairs of adjacent folded syllables ("chuyen doi", "doi so"), joined by a space
 */
public record TextProfile(String text, List<String> syllables, int[] starts, int[] ends, Set<String> terms,
    Set<String> bigrams) {

  /** Analyses {@code raw} (null is empty) after {@code expander} has written out its abbreviations. */
  public static TextProfile of(String raw, AbbreviationExpander expander) {
    String text = expander.expand(raw == null ? "" : raw);
    List<String> syllables = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    try (TokenStream ts = VietnameseAnalyzers.analyzer(Tier.FOLDED).tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        syllables.add(term.toString());
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] starts = offsets.stream().mapToInt(o -> o[0]).toArray();
    int[] ends = offsets.stream().mapToInt(o -> o[1]).toArray();
    Set<String> bigrams = new LinkedHashSet<>();
    for (int i = 0; i + 1 < syllables.size(); i++) {
      bigrams.add(syllables.get(i) + " " + syllables.get(i + 1));
    }
    return new TextProfile(text, List.copyOf(syllables), starts, ends,
        Set.copyOf(new LinkedHashSet<>(syllables)), Set.copyOf(bigrams));
  }

  /** The text of syllables {@code from} to {@code to} (inclusive), as written. */
  public String span(int from, int to) {
    return text.substring(starts[from], ends[to]);
  }

  public boolean isEmpty() {
    return syllables.isEmpty();
  }
}
