package vn.nq57.alignment;

/**
 * The parts of a candidate's score, each in [0, 1], and their weighted sum.
 *
 * @param words the folded syllables of the two names: the mean of their idf-weighted Dice and of the idf-weighted
 *     share of the downstream name's syllables the upstream name holds ({@link TermWeights#coverage}); for a downstream
 *     name of several sentences, the best of the whole name and each sentence alone
 * @param phrases the same over their adjacent syllable pairs (shared wording, not only shared words)
 * @param bm25 the candidate's BM25 score over upstream names and results, divided by the best hit's; for a downstream
 *     name of several sentences, the larger of that and the same in the search of one of its sentences alone
 * @param section how far the downstream item's section title matches the upstream item's section (or, for a group of
 *     tasks, its name): idf-weighted Dice
 * @param citation 1 when both cite the same document (other than the documents of the lineage itself), else 0
 * @param leadUnit 1 when the lead units are of one kind (shared words of their names besides the level: "Công an xã"
 *     and "Bộ Công an"), else 0
 * @param kind 1 when both are tasks or both indicators, else 0
 * @param measure for two indicators: ½ for the same unit of measure plus ½ for the same kind of target, else 0
 * @param specificity 1 when the upstream item's document itself carries out another of the item's upstream documents
 *     (the national programme that details a resolution, 03/NQ-CP under 57-NQ/TW), else 0: between two upstream items
 *     worded alike, the more detailed one is the one a plan carries out
 * @param total the weighted sum, {@link Weights#combine}
 */
public record ScoreParts(double words, double phrases, double bm25, double section, double citation, double leadUnit,
    double kind, double measure, double specificity, double total) {

  /** The parts' names, in the order of the record; the graph writes part {@code x} as {@code nq:scoreX}. */
  public static final java.util.List<String> FEATURES = java.util.List.of("words", "phrases", "bm25", "section",
      "citation", "leadUnit", "kind", "measure", "specificity");

  /** The parts by name ({@link #FEATURES}, in that order), total left out. */
  public java.util.Map<String, Double> byFeature() {
    double[] values = {words, phrases, bm25, section, citation, leadUnit, kind, measure, specificity};
    java.util.Map<String, Double> parts = new java.util.LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      parts.put(FEATURES.get(i), values[i]);
    }
    return parts;
  }

  /**
   * The non-zero parts in one string, {@code feature=value} separated by spaces, in {@link #FEATURES} order, each value
   * rounded to 4 decimals with trailing zeros dropped ({@code "words=0.61 phrases=0.42 bm25=1 kind=1"}); empty when
   * every part is 0. The graph's form of the parts of ranks 2–3 ({@code nq:scoreParts}): one literal instead of a quad
   * per part.
   */
  public String packed() {
    StringBuilder out = new StringBuilder();
    byFeature().forEach((feature, value) -> {
      String v = new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString();
      if (!v.equals("0")) {
        out.append(out.isEmpty() ? "" : " ").append(feature).append('=').append(v);
      }
    });
    return out.toString();
  }

  /**
   * The parts {@link #packed} wrote, by feature; every feature of {@link #FEATURES} is present, a part not named being
   * 0; names it does not know are ignored.
   *
   * @throws NumberFormatException a value is not a number
   */
  public static java.util.Map<String, Double> unpack(String packed) {
    java.util.Map<String, Double> parts = new java.util.TreeMap<>();
    FEATURES.forEach(f -> parts.put(f, 0.0));
    for (String pair : packed.trim().split(" +")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && parts.containsKey(pair.substring(0, eq))) {
        parts.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
      }
    }
    return parts;
  }

  /** The weights of the parts; they sum to 1 so the total stays in [0, 1]. */
  public record Weights(double words, double phrases, double bm25, double section, double citation, double leadUnit,
      double kind, double measure, double specificity) {

    /** The weights the method uses (chosen on the judged set, see docs/ALIGNMENT.md). */
    public static final Weights DEFAULT = new Weights(0.18, 0.14, 0.35, 0.10, 0.05, 0.05, 0.07, 0.03, 0.03);

    ScoreParts combine(double w, double p, double b, double s, double c, double l, double k, double m, double sp) {
      double total = words * w + phrases * p + bm25 * b + section * s + citation * c + leadUnit * l + kind * k
          + measure * m + specificity * sp;
      return new ScoreParts(w, p, b, s, c, l, k, m, sp, total);
    }
  }
}
