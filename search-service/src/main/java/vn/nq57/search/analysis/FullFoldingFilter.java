package vn.nq57.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The folded tier: removes every mark and maps đ → d (chuyển đổi → chuyen doi). */
public final class FullFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public FullFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String t = term.toString();
    String out = VietnameseFolding.removeMarks(t);
    if (!out.equals(t)) {
      term.setEmpty().append(out);
    }
    return true;
  }
}
