package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The term cache answers from its front by the characters of a term buffer. Whatever the front holds — a term whose
 * slot another term took, a longer buffer than the term, several threads writing the same slots — the answer must be
 * the rewrite itself.
 */
class TermCacheTest {

  private static final UnaryOperator<String> FOLD = VietnameseFolding::removeTones;

  @Test
  void theFrontAnswersWhatTheRewriteGivesFromAnyThread() throws Exception {
    TermCache cache = new TermCache();
    List<String> terms = terms(60_000, new Random(57)); // more terms than the front has slots: slots are shared
    int threads = 4;
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          Random random = new Random(seed);
          char[] buffer = new char[64];
          for (int i = 0; i < 200_000; i++) {
            String term = terms.get(random.nextInt(terms.size()));
            term.getChars(0, term.length(), buffer, 0);
            buffer[term.length()] = 'x'; // what lies past the term in the buffer is not the term
            String expected = FOLD.apply(term);
            String out = cache.rewrite(buffer, term.length(), FOLD);
            if (expected.equals(term)) {
              assertNull(out, term);
            } else {
              assertEquals(expected, out, term);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
  }

  private static List<String> terms(int n, Random random) {
    String letters = "abcdeghiklmnopqrstuvxyàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(7); k > 0; k--) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      out.add(b.toString());
    }
    return out;
  }
}
