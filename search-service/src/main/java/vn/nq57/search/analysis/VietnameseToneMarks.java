package vn.nq57.search.analysis;

import com.ibm.icu.text.Normalizer2;

/** Pure functions about the tone marks of lower-case NFC text. */
public final class VietnameseToneMarks {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private VietnameseToneMarks() {}

  /**
   * The syllable with its tone on the canonical vowel (traditional style: hòa, khỏe, thủy, ủy), which also repairs
   * misplaced marks (hòan → hoàn, ngừơi → người). Returns the token itself when it is not a Vietnamese syllable.
   */
  public static String canonical(String token) {
    if (isAscii(token)) {
      return token; // no tone to place
    }
    return VietnameseSyllable.parse(token).map(VietnameseSyllable::toString).orElse(token);
  }

  /** True when the character is, or decomposes to, a letter carrying one of the five tone marks. */
  public static boolean carriesTone(int c) {
    if (c < 0x80) {
      return false;
    }
    if (Tone.isToneMark(c)) {
      return true;
    }
    String d = NFD.getDecomposition(c);
    return d != null && d.chars().anyMatch(Tone::isToneMark);
  }

  /** True when some character of the text carries a tone mark. */
  public static boolean hasTone(CharSequence text) {
    return text.chars().anyMatch(VietnameseToneMarks::carriesTone);
  }

  static boolean isAscii(CharSequence text) {
    return text.chars().allMatch(c -> c < 0x80);
  }
}
