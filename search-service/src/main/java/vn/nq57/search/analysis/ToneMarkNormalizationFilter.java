package vn.nq57.search.analysis;

import org.apache.lucene.analysis.TokenStream;

/** Puts each syllable's tone on its canonical vowel (hoà → hòa, hòan → hoàn); tokens that are not Vietnamese syllables pass unchanged. Expects lower-case NFC terms. */
public final class ToneMarkNormalizationFilter extends TermRewritingFilter {

  private static final TermCache CACHE = new TermCache();

  public ToneMarkNormalizationFilter(TokenStream in) {
    super(in, CACHE);
  }

  @Override
  String rewrite(String term) {
    return VietnameseToneMarks.canonical(term);
  }
}
