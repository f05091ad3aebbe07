package vn.nq57.alignment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of folded syllables and syllable pairs over a set of texts (every task and indicator
 * name of the store), so words every plan repeats ("triển khai", "và", "các") weigh little and rare, telling words
 * ("lõm sóng", "Đề án 06") weigh much. idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)), the BM25 form (Robertson and
 * Zaragoza 2009), which stays positive.
 */
public final class TermWeights {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  /** Masses of the profiles' term sets, by identity: the sets are immutable and shared by every item of one text. */
  private final Map<Set<String>, Double> masses = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
  private int texts;

  /** Counts each text's distinct syllables and syllable pairs. */
  public TermWeights(Collection<TextProfile> profiles) {
    for (TextProfile p : profiles) {
      texts++;
      p.terms().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      p.bigrams().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    documentFrequency.forEach((t, df) -> idfs.put(t, idfOf(df)));
    unseen = idfOf(0);
  }

  /** idf of every counted term, computed once: the ranking asks for it in every Dice and coverage of every pair. */
  private final Map<String, Double> idfs = new HashMap<>();
  /** idf of a term no text holds (df = 0). */
  private final double unseen;

  public double idf(String term) {
    Double known = idfs.get(term);
    return known != null ? known : unseen;
  }

  private double idfOf(int df) {
    return Math.log(1 + (texts - df + 0.5) / (df + 0.5));
  }

  /** Σ idf over {@code terms}; remembered per set (by identity), since one profile's sets are weighed many times. */
  public double mass(Set<String> terms) {
    Double known = masses.get(terms);
    if (known != null) {
      return known;
    }
    double sum = sumIdf(terms);
    masses.put(terms, sum);
    return sum;
  }

  private double sumIdf(Set<String> terms) {
    double sum = 0;
    for (String t : terms) {
      sum += idf(t);
    }
    return sum;
  }

  /**
   * The idf-weighted share of {@code part}'s terms that {@code whole} holds: Σ_{part∩whole} idf / Σ_part idf, in
   * [0, 1]; 0 when {@code part} is empty. Unlike {@link #dice} it does not fall with the length of {@code whole}, so a
   * short plan row copied out of a long upstream paragraph still scores high (the containment measure of Broder 1997).
   */
  public double coverage(Set<String> part, Set<String> whole) {
    double m = mass(part);
    if (m == 0) {
      return 0;
    }
    double shared = 0;
    for (String t : part) {
      if (whole.contains(t)) {
        shared += idf(t);
      }
    }
    return shared / m;
  }

  /**
   * The idf-weighted Dice coefficient of two term sets: 2 Σ_{a∩b} idf / (Σ_a idf + Σ_b idf), in [0, 1]; 0 when both
   * are empty.
   */
  public double dice(Set<String> a, Set<String> b) {
    double total = mass(a) + mass(b);
    if (total == 0) {
      return 0;
    }
    double shared = 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String t : small) {
      if (large.contains(t)) {
        shared += idf(t);
      }
    }
    return 2 * shared / total;
  }
}
