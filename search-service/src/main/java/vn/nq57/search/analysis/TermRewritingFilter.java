package vn.nq57.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A filter that rewrites each term by a pure function, remembered per filter class in a {@link TermCache}, touching
 * the term buffer only when the term changes.
 */
abstract class TermRewritingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermCache cache;

  TermRewritingFilter(TokenStream in, TermCache cache) {
    super(in);
    this.cache = cache;
  }

  /** The term as this filter's tier writes it. */
  abstract String rewrite(String term);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String t = term.toString();
    String out = cache.rewrite(t, this::rewrite);
    if (!out.equals(t)) {
      term.setEmpty().append(out);
    }
    return true;
  }
}
