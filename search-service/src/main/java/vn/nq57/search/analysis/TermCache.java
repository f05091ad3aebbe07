package vn.nq57.search.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers a pure term rewrite. A language's running text repeats a few thousand syllables, so parsing each
 * occurrence again (syllable structure, decomposition) would dominate indexing; the cache is bounded so an unusual
 * corpus (codes, numbers) cannot grow it without limit — past the bound terms are simply rewritten each time.
 *
 * <p>A token filter asks with its term buffer ({@link #rewrite(char[], int, UnaryOperator)}): a small direct-mapped
 * front, keyed by the characters themselves, answers most terms without making a String of each (hashing and copying
 * the term was a tenth of the index build). Its entries are immutable and published by a plain array write, which the
 * final fields make safe: a reader sees no entry, an old one or a whole new one, and a miss only asks the map behind.
 */
final class TermCache {

  private static final int MAX_ENTRIES = 100_000;

  /** Slots of the front: a power of two, some times the syllables of ordinary text. */
  private static final int FRONT_SLOTS = 1 << 14;

  private final Map<String, String> rewritten = new ConcurrentHashMap<>();

  private final Front[] front = new Front[FRONT_SLOTS];

  /** A term of the front, its rewrite, and whether the rewrite is the term itself. */
  private record Front(char[] term, String rewritten, boolean same) {}

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

  /**
   * The rewrite of the term in {@code buffer[0, length)}, or null when the rewrite is the term itself (the buffer then
   * stays as it is). The buffer is only read.
   */
  String rewrite(char[] buffer, int length, UnaryOperator<String> rewrite) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[i];
    }
    int slot = (hash ^ (hash >>> 14)) & (FRONT_SLOTS - 1);
    Front known = front[slot];
    if (known != null && sameTerm(known.term, buffer, length)) {
      return known.same ? null : known.rewritten;
    }
    String term = new String(buffer, 0, length);
    String out = rewrite(term, rewrite);
    boolean same = out.equals(term);
    front[slot] = new Front(Arrays.copyOf(buffer, length), out, same);
    return same ? null : out;
  }

  /**
   * Whether {@code term} is {@code buffer[0, length)}. A loop, not {@code Arrays.equals}: for a syllable's few
   * characters the intrinsic's set-up cost more than the comparison (most of this cache's time in a profile).
   */
  private static boolean sameTerm(char[] term, char[] buffer, int length) {
    if (term.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (term[i] != buffer[i]) {
        return false;
      }
    }
    return true;
  }
}
