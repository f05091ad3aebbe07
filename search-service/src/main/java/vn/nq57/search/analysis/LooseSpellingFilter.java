package vn.nq57.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Loose i / y spelling for the folded tier only (ky → ki, quy → qui); y tế and gi-syllables are untouched. Expects folded terms. */
public final class LooseSpellingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public LooseSpellingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String t = term.toString();
    String out = VietnameseFolding.looseSpelling(t);
    if (!out.equals(t)) {
      term.setEmpty().append(out);
    }
    return true;
  }
}
