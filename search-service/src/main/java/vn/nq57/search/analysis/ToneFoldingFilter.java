package vn.nq57.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The tone-less tier: removes the five tone marks, keeps ă â ê ô ơ ư đ (chuyển → chuyên). */
public final class ToneFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ToneFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String t = term.toString();
    String out = VietnameseFolding.removeTones(t);
    if (!out.equals(t)) {
      term.setEmpty().append(out);
    }
    return true;
  }
}
