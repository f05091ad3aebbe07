package vn.nq57.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs a tier's analyzer over a short string (query text, thesaurus labels). */
public final class Analysis {

  private Analysis() {}

  public static List<String> terms(VietnameseAnalyzers.Tier tier, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = VietnameseAnalyzers.analyzer(tier).tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
