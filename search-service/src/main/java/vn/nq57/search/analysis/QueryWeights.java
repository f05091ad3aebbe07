package vn.nq57.search.analysis;

/**
 * Boosts of the query clauses. The order is what matters: what the user typed literally (exact tier) above the
 * tone-less tier above the folded tier; documents written without diacritics sit between, being compatible with any
 * accented query; fuzzy matches last.
 */
public record QueryWeights(
    float exact,
    float toneless,
    float unmarked,
    float folded,
    float spellingVariant,
    float decoded,
    float fuzzy,
    float exactPhrase,
    float foldedPhrase,
    float near,
    float shingle,
    float abbreviation,
    float documentNumber,
    float documentKind) {

  public static final QueryWeights DEFAULT =
      new QueryWeights(4f, 2f, 1.5f, 1f, 1f, 3f, 0.3f, 3f, 2f, 1f, 0.5f, 3f, 8f, 3f);
}
