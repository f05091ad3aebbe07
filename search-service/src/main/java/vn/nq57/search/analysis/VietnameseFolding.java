package vn.nq57.search.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/** The folding tiers as pure functions on lower-case NFC text. */
public final class VietnameseFolding {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private VietnameseFolding() {}

  /** Removes the five tone marks and keeps the letter marks: "chuyển" → "chuyên", "đổi" → "đôi". */
  public static String removeTones(String text) {
    if (VietnameseToneMarks.isAscii(text)) {
      return text;
    }
    String d = NFD.normalize(text);
    StringBuilder out = new StringBuilder(d.length());
    d.codePoints().filter(c -> !Tone.isToneMark(c)).forEach(out::appendCodePoint);
    return NFC.normalize(out);
  }

  /** Removes every combining mark and maps đ → d: "chuyển đổi" → "chuyen doi". */
  public static String removeMarks(String text) {
    if (VietnameseToneMarks.isAscii(text)) {
      return text;
    }
    String d = NFD.normalize(text);
    StringBuilder out = new StringBuilder(d.length());
    d.codePoints()
        .filter(c -> UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK)
        .map(c -> c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Loose i / y spelling of a folded syllable: an open syllable whose only vowel is y after a consonant is spelled with i
   * (ky → ki, ly → li, quy → qui), as in the older orthography. "y" alone (y tế) and other syllables are left alone.
   */
  public static String looseSpelling(String folded) {
    return iyVariant(folded).filter(v -> v.endsWith("i")).orElse(folded);
  }

  /**
   * The other i / y spelling of an open single-vowel syllable after a consonant (kỹ ↔ kĩ, lý ↔ lí, quy ↔ qui), with
   * its tone kept; empty when the syllable has no such variant.
   */
  public static java.util.Optional<String> iyVariant(String syllable) {
    return VietnameseSyllable.parse(syllable)
        .filter(s -> !s.onset().isEmpty() && s.coda().isEmpty())
        .filter(s -> s.nucleus().equals("i") || s.nucleus().equals("y"))
        .filter(s -> !s.onset().equals("g")) // "gi" is the onset gi + i, never "gy"
        .map(s -> s.withNucleus(s.nucleus().equals("i") ? "y" : "i").toString());
  }
}
