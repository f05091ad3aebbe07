package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/**
 * The index analyses a text once and folds the kept tokens into every tier ({@link TierFields#fieldsFor}); a search
 * analyses the query with each tier's own analyzer. They must give the very same tokens — term, offsets, positions,
 * type and the final offset — or a query would miss what the index holds. Checked on every line of the real
 * documents and on the inputs the analysis exists for (NFD text, tones on the wrong vowel, doubled marks, document
 * numbers, Telex-like ASCII, mixed scripts, empty text).
 */
class OnePassTierFieldsTest {

  private static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();

  private record Token(String term, int start, int end, int increment, int length, String type) {}

  private record Analysed(List<Token> tokens, int finalOffset, int finalIncrement) {}

  @Test
  void everyTierOfTheOnePassFieldsIsWhatTheTiersAnalyzerGives() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "", "   ", "Chuyển đổi số", "Chuyển đổi số".replace("ể", "e\u0302\u0309"), "hoà hợp, thuỷ lợi, khoẻ",
        "Hòan thành kết nối", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; 03/NQ-CP",
        "chuyen doi so, ATTT, TTHC, CĐS", "Tỷ lệ 100% hồ sơ TTHC; 80 % dịch vụ công trực tuyến toàn trình",
        "Quyết định 877/QĐ-BTP; KH 45; NQ57; Kế hoạch số: 92/KH-UBND", "hoaf thanhf; nghij quyeets",
        "Đường dây nóng 1900-1234 – IoT, AI và 5G (Wi-Fi) … «dữ liệu»", "日本 and Tiếng Việt mixed 123abc",
        // numbers in text the char filter changes: no-break space, Cyrillic К, zero-width space, doubled tone, NFD
        "Nghị quyết số\u00A057-NQ/TW", "\u041Aế hoạch 45/KH-UBND", "Quyết định\u200B877/QĐ-TTg",
        "tiế\u0301n độ theo 03/NQ-CP", "\u041Aế hoạch số 45", "nghị quyết\u00A057", "Nghị quyế\u0301t 57",
        "Ke\u0302\u0301 hoa\u0323ch 92/KH-UBND ngày 1/2/2025",
        "\u1100\u1161 57-NQ/TW")); // conjoining jamo: NFC alone shortens the text
    try (Stream<Path> files = Files.list(ROOT.resolve("data/sources"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() > 1000, "the real documents' lines are read: " + texts.size());

    int compared = 0;
    for (String text : texts) {
      for (IndexableField field : TierFields.TEXT.fieldsFor(text)) {
        if (field.fieldType().indexOptions() == org.apache.lucene.index.IndexOptions.NONE) {
          assertEquals(text, field.stringValue(), "the exact field stores the text verbatim");
          continue;
        }
        VietnameseAnalyzers.Tier tier = tierOf(field.name());
        Analyzer analyzer = VietnameseAnalyzers.analyzer(tier);
        Analysed expected = analyse(analyzer.tokenStream(field.name(), text));
        Analysed actual = analyse(field.tokenStream(VietnameseAnalyzers.perFieldAnalyzer(), null));
        assertEquals(expected, actual, () -> tier + " of: " + text);
        compared++;
      }
    }
    assertEquals(texts.size() * VietnameseAnalyzers.Tier.values().length, compared);
  }

  private static VietnameseAnalyzers.Tier tierOf(String field) {
    for (VietnameseAnalyzers.Tier tier : VietnameseAnalyzers.Tier.values()) {
      if (TierFields.TEXT.field(tier).equals(field)) {
        return tier;
      }
    }
    throw new AssertionError("not a tier field: " + field);
  }

  private static Analysed analyse(TokenStream stream) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
            increment.getPositionIncrement(), length.getPositionLength(), type.type()));
      }
      ts.end();
      return new Analysed(tokens, offset.endOffset(), increment.getPositionIncrement());
    }
  }
}
