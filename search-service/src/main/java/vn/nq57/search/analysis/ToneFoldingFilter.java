package vn.nq57.search.analysis;

import org.apache.lucene.analysis.TokenStream;

/** The tone-less tier: removes the five tone marks, keeps ă â ê ô ơ ư đ (chuyển → chuyên). */
public final class ToneFoldingFilter extends TermRewritingFilter {

  private static final TermCache CACHE = new TermCache();

  public ToneFoldingFilter(TokenStream in) {
    super(in, CACHE);
  }

  @Override
  String rewrite(String term) {
    return VietnameseFolding.removeTones(term);
  }
}
