package vn.nq57.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
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
  private final UnaryOperator<String> rewrite = this::rewrite;

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
    String out = cache.rewrite(term.buffer(), term.length(), rewrite);
    if (out != null) {
      term.setEmpty().append(out);
    }
    return true;
  }
}
