package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

class VietnameseUnicodeCharFilterTest {

  private static final String DECOMPOSED_DUONG = "\u0111u\u031Bo\u031B\u0300ng"; // đ u+horn o+horn+grave n g

  @Test
  void decomposedTextComposesWithOffsetsIntoTheOriginal() throws IOException {
    String text = "con " + DECOMPOSED_DUONG + " mới";
    List<Tokens> tokens = Tokens.of(VietnameseAnalyzers.analyzer(Tier.EXACT), text);
    assertEquals(List.of("con", "đường", "mới"), tokens.stream().map(Tokens::term).toList());
    Tokens duong = tokens.get(1);
    assertEquals(DECOMPOSED_DUONG, text.substring(duong.start(), duong.end()));
    Tokens moi = tokens.get(2);
    assertEquals("mới", text.substring(moi.start(), moi.end()));
  }

  @Test
  void highlightMarksExactlyTheDecomposedCharacters() {
    String text = "Làm " + DECOMPOSED_DUONG + " giao thông";
    VietnameseHighlighter highlighter = new VietnameseHighlighter(TierFields.TEXT);
    String marked = highlighter.highlight(text, new VietnameseQueryBuilder().build("đường"), "[", "]");
    assertEquals("Làm [" + DECOMPOSED_DUONG + "] giao thông", marked);
  }

  /** What {@link VietnameseUnicodeCharFilter#leavesUnchanged} says must be what the filter does. */
  @Test
  void leavesUnchangedExactlyTheTextTheNfcFilterGivesBack() {
    List<String> texts = List.of("", "Nghị quyết số 57-NQ/TW ngày 22/12/2024", "Đường dây nóng 1900-1234 – IoT «dữ liệu»",
        "日本 123", "ƯU TIÊN Ơ Đ ă", "con " + DECOMPOSED_DUONG, "tiế\u0301n", "số\u00A057", "\u041Aế hoạch",
        "a\u200Bb", "a\u00ADb", "\u00D0\u00F0", "Ω ohm \u2126", "ﬁ ligature", "e\u0302");
    for (String text : texts) {
      boolean unchanged = VietnameseUnicodeCharFilter.normalize(text, false).equals(text);
      assertEquals(unchanged, VietnameseUnicodeCharFilter.leavesUnchanged(text), text);
    }
  }

  @Test
  void invisiblesAndLookalikes() throws IOException {
    assertEquals(List.of("đại", "học"), Tokens.terms(Tier.EXACT, "đại\u200Bhọc"));
    assertEquals(List.of("công", "nghệ"), Tokens.terms(Tier.EXACT, "công ngh\u00ADệ"));
    assertEquals(List.of("thông", "tin"), Tokens.terms(Tier.EXACT, "\uFEFFthông\u00A0tin"));
    assertEquals(List.of("đại", "hội", "đảng"), Tokens.terms(Tier.EXACT, "\u00D0ại hội \u00D0ảng"));
    assertEquals(List.of("đá"), Tokens.terms(Tier.EXACT, "\u00F0á"));
  }

  @Test
  void doubledToneMarkCollapses() throws IOException {
    assertEquals(List.of("tiếng", "việt"), Tokens.terms(Tier.EXACT, "tiế\u0301ng Việt"));
    assertEquals(List.of("tiếng"), Tokens.terms(Tier.EXACT, "tiê\u0301\u0301ng"));
    assertEquals(List.of("tiếng"), Tokens.terms(Tier.EXACT, "tiê\u0301ng"));
  }

  @Test
  void offsetsOfEveryTokenMapBackIntoTheOriginalOfEverySource() throws IOException {
    Path sources = Path.of(System.getProperty("nq57.root", "../")).resolve("data/sources");
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file);
        // decompose the original so that every accented letter changes length under normalisation
        String nfd = com.ibm.icu.text.Normalizer2.getNFDInstance().normalize(text);
        for (Tokens t : Tokens.of(VietnameseAnalyzers.analyzer(Tier.EXACT), nfd)) {
          String original = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(nfd.substring(t.start(), t.end()));
          assertEquals(t.term(), VietnameseToneMarks.canonical(original),
              file.getFileName() + " @" + t.start());
        }
      }
    }
  }
}
