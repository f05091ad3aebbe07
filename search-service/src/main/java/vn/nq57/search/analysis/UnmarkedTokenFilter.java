package vn.nq57.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps only tokens the author wrote without any diacritic. Such a token is compatible with any accented query syllable
 * folding to it ("chuyen" may be "chuyển"), whereas a token written with other marks ("chuyện") is a different word.
 * Position gaps are kept so phrases still work.
 */
public final class UnmarkedTokenFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public UnmarkedTokenFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
