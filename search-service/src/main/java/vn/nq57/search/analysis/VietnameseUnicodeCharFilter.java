package vn.nq57.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * The Unicode layer in front of every Vietnamese tokenizer, as a chain of char filters so that token offsets point into
 * the original text (highlighting marks exactly the characters the author wrote):
 *
 * <ol>
 *   <li>invisible characters go before normalising — nfkc_cf would delete a zero-width space and glue two syllables,
 *       so ZWSP becomes a space; soft hyphen, ZWJ, ZWNJ, word joiner and BOM sit inside words and are deleted;
 *       no-break spaces become spaces; letters that look like Vietnamese ones and that NFKC keeps apart become them
 *       ({@link #LOOKALIKES}: Ð/ð U+00D0/U+00F0 and Ɖ/ɖ U+0189/U+0256 → Đ/đ, Cyrillic and Greek letters shaped like
 *       Latin ones, as in Unicode's confusables.txt, UTS #39), so a word typed on another keyboard layout or pasted
 *       from a font-substituted PDF still matches;
 *   <li>a doubled tone mark is collapsed ({@link DoubledToneMarkCharFilter});
 *   <li>ICU NFC, or nfkc_cf when case folding is wanted (đ survives it).
 * </ol>
 */
public final class VietnameseUnicodeCharFilter extends CharFilter {


  /** Normalises and lower-cases (nfkc_cf): the form of the text tiers. */
  public VietnameseUnicodeCharFilter(Reader in) {
    this(in, true);
  }

  /** @param foldCase nfkc_cf when true, NFC (case kept) when false, e.g. for document numbers */
  public VietnameseUnicodeCharFilter(Reader in, boolean foldCase) {
    super(chain(in, foldCase));
  }

  private static Reader chain(Reader in, boolean foldCase) {
    Reader mapped = new MappingCharFilter(INVISIBLES_AND_LOOKALIKES, in);
    Reader collapsed = new DoubledToneMarkCharFilter(mapped);
    Normalizer2 normalizer =
        foldCase ? Normalizer2.getNFKCCasefoldInstance() : Normalizer2.getNFCInstance();
    return new ICUNormalizer2CharFilter(collapsed, normalizer);
  }

  /**
   * Whether the filter in its NFC form ({@code foldCase} false) gives {@code text} back unchanged, offsets and all: no
   * character it maps ({@link #LOOKALIKES}, invisibles, no-break spaces), no combining mark (a doubled tone mark is
   * one), and NFC already (ICU's quick check). Most text is, and then a tokenizer may read it without the filter.
   */
  public static boolean leavesUnchanged(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && c <= '\u036F' || MAPPED.get(c)) {
        return false;
      }
    }
    return Normalizer2.getNFCInstance().isNormalized(text);
  }

  /** Applies the filter to a whole string (for query text and tests). */
  public static String normalize(String text, boolean foldCase) {
    try (Reader r = new VietnameseUnicodeCharFilter(new java.io.StringReader(text), foldCase)) {
      StringBuilder out = new StringBuilder(text.length());
      char[] buf = new char[1024];
      for (int n; (n = r.read(buf)) != -1; ) {
        out.append(buf, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What the mapping step replaces: each key is one character. */
  private static java.util.Map<String, String> mappings() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("\u200B", " "); // zero-width space marks a word boundary
    for (String inWord : new String[] {"\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF"}) {
      m.put(inWord, "");
    }
    for (String space : new String[] {"\u00A0", "\u2007", "\u202F"}) {
      m.put(space, " ");
    }
    m.putAll(LOOKALIKES);
    return m;
  }

  private static NormalizeCharMap buildMap() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    mappings().forEach(b::add);
    return b.build();
  }

  private static java.util.BitSet mappedChars() {
    java.util.BitSet chars = new java.util.BitSet(0x10000);
    mappings().keySet().forEach(k -> chars.set(k.charAt(0)));
    return chars;
  }

  /**
   * Look-alike letter → the Latin letter Vietnamese writes (after UTS #39 confusables.txt, restricted to the letters of
   * the Vietnamese alphabet). Applied before NFC, so a look-alike followed by a combining tone mark composes too.
   */
  static final java.util.Map<String, String> LOOKALIKES = java.util.Map.ofEntries(
      java.util.Map.entry("\u00D0", "\u0110"), java.util.Map.entry("\u00F0", "\u0111"), // Ð ð (Icelandic eth)
      java.util.Map.entry("\u0189", "\u0110"), java.util.Map.entry("\u0256", "\u0111"), // Ɖ ɖ (African D)
      // Cyrillic
      java.util.Map.entry("\u0430", "a"), java.util.Map.entry("\u0435", "e"), java.util.Map.entry("\u043E", "o"),
      java.util.Map.entry("\u0440", "p"), java.util.Map.entry("\u0441", "c"), java.util.Map.entry("\u0443", "y"),
      java.util.Map.entry("\u0445", "x"), java.util.Map.entry("\u0456", "i"), java.util.Map.entry("\u0410", "A"),
      java.util.Map.entry("\u0412", "B"), java.util.Map.entry("\u0415", "E"), java.util.Map.entry("\u041A", "K"),
      java.util.Map.entry("\u041C", "M"), java.util.Map.entry("\u041D", "H"), java.util.Map.entry("\u041E", "O"),
      java.util.Map.entry("\u0420", "P"), java.util.Map.entry("\u0421", "C"), java.util.Map.entry("\u0422", "T"),
      java.util.Map.entry("\u0425", "X"), java.util.Map.entry("\u0406", "I"),
      // Greek
      java.util.Map.entry("\u03BF", "o"), java.util.Map.entry("\u039F", "O"), java.util.Map.entry("\u0391", "A"),
      java.util.Map.entry("\u0392", "B"), java.util.Map.entry("\u0395", "E"), java.util.Map.entry("\u0397", "H"),
      java.util.Map.entry("\u0399", "I"), java.util.Map.entry("\u039A", "K"), java.util.Map.entry("\u039C", "M"),
      java.util.Map.entry("\u039D", "N"), java.util.Map.entry("\u03A1", "P"), java.util.Map.entry("\u03A4", "T"),
      java.util.Map.entry("\u03A7", "X"), java.util.Map.entry("\u03A5", "Y"));

  /** Declared after {@link #LOOKALIKES}, which it reads: static fields initialise in order. */
  private static final NormalizeCharMap INVISIBLES_AND_LOOKALIKES = buildMap();

  /** The characters {@link #INVISIBLES_AND_LOOKALIKES} maps. */
  private static final java.util.BitSet MAPPED = mappedChars();

  @Override
  protected int correct(int currentOff) {
    return currentOff; // the chained filters correct their own offsets
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    return input.read(cbuf, off, len);
  }
}
