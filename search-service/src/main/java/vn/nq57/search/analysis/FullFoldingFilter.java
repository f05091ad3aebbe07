package vn.nq57.search.analysis;

import org.apache.lucene.analysis.TokenStream;

/** The folded tier: removes every mark and maps đ → d (chuyển đổi → chuyen doi). */
public final class FullFoldingFilter extends TermRewritingFilter {

  private static final TermCache CACHE = new TermCache();

  public FullFoldingFilter(TokenStream in) {
    super(in, CACHE);
  }

  @Override
  String rewrite(String term) {
    return VietnameseFolding.removeMarks(term);
  }
}
