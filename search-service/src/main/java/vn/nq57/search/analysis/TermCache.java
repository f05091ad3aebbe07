package vn.nq57.search.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers a pure term rewrite. A language's running text repeats a few thousand syllables, so parsing each
 * occurrence again (syllable structure, decomposition) would dominate indexing; the cache is bounded so an unusual
 * corpus (codes, numbers) cannot grow it without limit — past the bound terms are simply rewritten each time.
 */
final class TermCache {

  private static final int MAX_ENTRIES = 100_000;

  private final Map<String, String> rewritten = new ConcurrentHashMap<>();

  String rewrite(String term, UnaryOperator<String> rewrite) {
    String out = rewritten.get(term);
    if (out == null) {
      out = rewrite.apply(term);
      if (rewritten.size() < MAX_ENTRIES) {
        rewritten.put(term, out);
      }
    }
    return out;
  }
}
