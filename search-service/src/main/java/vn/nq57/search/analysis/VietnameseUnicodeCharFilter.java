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
 *       no-break spaces become spaces; Ð/ð (U+00D0/U+00F0, look-alikes NFKC keeps) become Đ/đ;
 *   <li>a doubled tone mark is collapsed ({@link DoubledToneMarkCharFilter});
 *   <li>ICU NFC, or nfkc_cf when case folding is wanted (đ survives it).
 * </ol>
 */
public final class VietnameseUnicodeCharFilter extends CharFilter {

  private static final NormalizeCharMap INVISIBLES_AND_LOOKALIKES = buildMap();

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

  private static NormalizeCharMap buildMap() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    b.add("\u200B", " "); // zero-width space marks a word boundary
    for (String inWord : new String[] {"\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF"}) {
      b.add(inWord, "");
    }
    for (String space : new String[] {"\u00A0", "\u2007", "\u202F"}) {
      b.add(space, " ");
    }
    b.add("\u00D0", "\u0110");
    b.add("\u00F0", "\u0111");
    return b.build();
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff; // the chained filters correct their own offsets
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    return input.read(cbuf, off, len);
  }
}
