package vn.nq57.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The order of completions: a name where the typed words stand together, in the order typed, with the partial last
 * word beginning the word right after them ("chuyen d" → "… chuyển đổi số …") ranks above a name that only has them
 * somewhere ("Các cơ quan chuyên môn, đơn vị"). The partial word stands for its most frequent completions in the folded
 * name field, as Elasticsearch's {@code match_phrase_prefix} expands its last term (there: {@code max_expansions},
 * default 50).
 */
final class CompletionRanking {

  /** How many completions of the partial word the phrase tries, the most frequent first. */
  static final int MAX_EXPANSIONS = 50;
  /** How much a name with the words together outranks one that only has them. */
  private static final float TOGETHER_BOOST = 4f;

  private CompletionRanking() {}

  /**
   * {@code matching} (what a completion must match) with names holding {@code words} then a completion of
   * {@code partial} as a phrase boosted; {@code matching} alone when that phrase has fewer than two positions or the
   * partial word completes to nothing.
   *
   * @param words   the complete words typed, folded (as the folded tier indexes them)
   * @param partial the partial last word, folded; null when the user ended with a space
   * @throws IOException reading the terms dictionary
   */
  static Query ranked(IndexSearcher searcher, Query matching, List<String> words, String partial) throws IOException {
    List<Term[]> positions = new ArrayList<>();
    for (String w : words) {
      positions.add(new Term[] {new Term(IndexFields.NAME.folded(), w)});
    }
    if (partial != null) {
      Term[] completions = completions(searcher, partial);
      if (completions.length == 0) {
        return matching;
      }
      positions.add(completions);
    }
    if (positions.size() < 2) {
      return matching;
    }
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    positions.forEach(phrase::add);
    return new BooleanQuery.Builder().add(matching, Occur.MUST)
        .add(new BoostQuery(phrase.build(), TOGETHER_BOOST), Occur.SHOULD).build();
  }

  /**
   * Up to {@link #MAX_EXPANSIONS} terms of the folded name field beginning with {@code prefix}, most frequent first.
   */
  private static Term[] completions(IndexSearcher searcher, String prefix) throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.NAME.folded());
    if (terms == null) {
      return new Term[0];
    }
    TermsEnum e = terms.iterator();
    BytesRef start = new BytesRef(prefix);
    List<Map.Entry<String, Integer>> found = new ArrayList<>();
    if (e.seekCeil(start) != TermsEnum.SeekStatus.END) {
      for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, start); t = e.next()) {
        found.add(Map.entry(t.utf8ToString(), e.docFreq()));
      }
    }
    return found.stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(MAX_EXPANSIONS).map(t -> new Term(IndexFields.NAME.folded(), t.getKey())).toArray(Term[]::new);
  }
}
