package vn.nq57.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.util.Optional;
import java.util.Set;

/**
 * One Vietnamese syllable split into onset, vowel group (nucleus) and final consonant (coda), with its tone held apart
 * from the letters. {@link #parse} is the syllable guard: it accepts only strings that are spelled like a Vietnamese
 * syllable, so loanwords and acronyms ("café", "vneid", "process") are never rewritten.
 *
 * <p>Input is a lower-case NFC string; the letters keep their letter marks (ă â ê ô ơ ư đ).
 */
public record VietnameseSyllable(String onset, String nucleus, String coda, Tone tone) {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** Longest first, so "ngh" wins over "ng" and "ng" over "n". */
  private static final String[] ONSETS = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"
  };

  private static final Set<String> CODAS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

  /** Vowel groups of standard orthography (letter marks kept, tones removed). */
  private static final Set<String> NUCLEI = Set.of(
      "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
      "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
      "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê", "ya",
      "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu");

  private static final String VOWELS = "aăâeêioôơuưy";
  private static final String MARKED_VOWELS = "ăâêôơư";

  /** Parses a lower-case NFC token; empty when it is not spelled like a Vietnamese syllable or carries two tones. */
  public static Optional<VietnameseSyllable> parse(String token) {
    if (token.isEmpty() || token.length() > 10) {
      return Optional.empty();
    }
    String decomposed = NFD.normalize(token);
    Tone tone = Tone.LEVEL;
    StringBuilder letters = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      Tone t = Tone.ofMark(c);
      if (t == null) {
        letters.append(c);
      } else if (tone == Tone.LEVEL) {
        tone = t;
      } else {
        return Optional.empty();
      }
    }
    String base = NFC.normalize(letters);
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (VOWELS.indexOf(c) < 0 && "bcdđghklmnpqrstvx".indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    String onset = onsetOf(base);
    int vowelEnd = onset.length();
    while (vowelEnd < base.length() && VOWELS.indexOf(base.charAt(vowelEnd)) >= 0) {
      vowelEnd++;
    }
    String nucleus = base.substring(onset.length(), vowelEnd);
    String coda = base.substring(vowelEnd);
    if (!NUCLEI.contains(nucleus) || !CODAS.contains(coda)) {
      return Optional.empty();
    }
    return Optional.of(new VietnameseSyllable(onset, nucleus, coda, tone));
  }

  /** In gi+vowel and qu+vowel the i / u belong to the onset; in "gì", "gìn" the i is the vowel. */
  private static String onsetOf(String base) {
    for (String onset : ONSETS) {
      if (base.startsWith(onset)) {
        boolean glide = onset.equals("gi") || onset.equals("qu");
        if (glide && (base.length() == 2 || VOWELS.indexOf(base.charAt(2)) < 0)) {
          continue;
        }
        return onset;
      }
    }
    return "";
  }

  /** Index in {@link #nucleus} of the vowel that carries the tone, traditional style (hòa, khỏe, thủy). */
  public int toneIndex() {
    for (int i = nucleus.length() - 1; i >= 0; i--) {
      if (MARKED_VOWELS.indexOf(nucleus.charAt(i)) >= 0) {
        return i; // ă â ê ô ơ ư take the tone; in ươ the last, ơ
      }
    }
    if (!coda.isEmpty()) {
      return nucleus.length() - 1;
    }
    return nucleus.length() == 3 ? 1 : 0;
  }

  /** The same syllable with another tone. */
  public VietnameseSyllable withTone(Tone newTone) {
    return new VietnameseSyllable(onset, nucleus, coda, newTone);
  }

  /** The same syllable with another vowel group, e.g. the i / y spelling variant. */
  public VietnameseSyllable withNucleus(String newNucleus) {
    return new VietnameseSyllable(onset, newNucleus, coda, tone);
  }

  /** The letters without the tone. */
  public String toneless() {
    return onset + nucleus + coda;
  }

  /** The canonical NFC spelling: the tone on the vowel {@link #toneIndex()} names. */
  @Override
  public String toString() {
    if (tone == Tone.LEVEL) {
      return toneless();
    }
    int at = toneIndex();
    String toned = NFC.normalize(nucleus.substring(0, at + 1) + tone.mark()) + nucleus.substring(at + 1);
    return onset + toned + coda;
  }
}
