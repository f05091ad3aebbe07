package vn.nq57.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Test helper: the tokens an analyzer produces, with offsets. */
record Tokens(String term, int start, int end) {

  static List<Tokens> of(Analyzer analyzer, String text) throws IOException {
    List<Tokens> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tokens(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  static List<String> terms(VietnameseAnalyzers.Tier tier, String text) throws IOException {
    return of(VietnameseAnalyzers.analyzer(tier), text).stream().map(Tokens::term).toList();
  }
}
