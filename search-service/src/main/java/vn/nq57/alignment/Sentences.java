package vn.nq57.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a task's or indicator's name, for names of several: a commune row often lists what several upstream
 * tasks ask in one cell ("Đẩy mạnh chuyển đổi số trong lĩnh vực văn hóa. Xây dựng … Thúc đẩy …"), and each sentence
 * may carry out a task of its own that the whole row, diluted by the others, does not reach.
 */
final class Sentences {

  /**
   * A sentence ends at a full stop (or ! ?) followed by a space and a capital. Semicolons are not sentence ends: in
   * these rows they separate items of one list ("Nghị quyết số 57-NQ/TW; Nghị quyết số 03/NQ-CP"), which are not
   * tasks of their own. An abbreviation's full stop before a capital ("TP. Huế") splits too, as does a sentence ending
   * in an abbreviation ("… GDP. Tỉ lệ …"), which is why it is kept: a part is only ever searched and compared in
   * addition to the whole name, so a stray split costs a search, not a candidate.
   */
  private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private Sentences() {}

  /**
   * The sentences of {@code name}, verbatim and trimmed, in order.
   *
   * @param name a name, possibly null
   * @return its sentences when it has at least two, else an empty list (a name of one sentence is its own passage)
   */
  static List<String> of(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String[] parts = END.split(name.strip());
    if (parts.length < 2) {
      return List.of();
    }
    List<String> sentences = new ArrayList<>(parts.length);
    for (String p : parts) {
      if (!p.isBlank()) {
        sentences.add(p.strip());
      }
    }
    return sentences.size() < 2 ? List.of() : List.copyOf(sentences);
  }
}
