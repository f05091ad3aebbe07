package vn.nq57.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Puts each syllable's tone on its canonical vowel (hoà → hòa, hòan → hoàn); tokens that are not Vietnamese syllables pass unchanged. Expects lower-case NFC terms. */
public final class ToneMarkNormalizationFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ToneMarkNormalizationFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String t = term.toString();
    String out = VietnameseToneMarks.canonical(t);
    if (!out.equals(t)) {
      term.setEmpty().append(out);
    }
    return true;
  }
}
