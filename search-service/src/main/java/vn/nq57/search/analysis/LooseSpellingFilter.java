package vn.nq57.search.analysis;

import org.apache.lucene.analysis.TokenStream;

/** Loose i / y spelling for the folded tier only (ky → ki, quy → qui); y tế and gi-syllables are untouched. Expects folded terms. */
public final class LooseSpellingFilter extends TermRewritingFilter {

  private static final TermCache CACHE = new TermCache();

  public LooseSpellingFilter(TokenStream in) {
    super(in, CACHE);
  }

  @Override
  String rewrite(String term) {
    return VietnameseFolding.looseSpelling(term);
  }
}
