package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

class DocumentNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"57-NQ/TW", "57 -NQ/TW", "57- NQ/TW", "Nghị quyết số 57-NQ/TW", "57-NQ/TWcủa Bộ Chính trị"})
  void resolution57FullForms(String text) throws IOException {
    assertEquals(List.of("57/nq/tw", "nq:57"), Tokens.terms(Tier.DOCNUMBER, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nq57", "nghị quyết 57", "Nghị quyết số 57"})
  void resolution57ShortForms(String text) throws IOException {
    assertEquals(List.of("nq:57"), Tokens.terms(Tier.DOCNUMBER, text));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "03/NQ-CP, 03-NQ/CP",
    "02-KH/BCĐTW, 02/KH-BCĐTW",
    "'02- KH/BCĐTW', 2-KH/BCĐTW",
    "180/2025/nd-cp, 180/2025/NĐ-CP",
    "193/2025/QH15, 193/2025/qh15",
    "06 - TB/CQTTBCĐ, 06-TB/CQTTBCĐ"
  })
  void sameCanonicalKeys(String a, String b) throws IOException {
    List<String> keys = Tokens.terms(Tier.DOCNUMBER, a);
    assertFalse(keys.isEmpty());
    assertEquals(keys, Tokens.terms(Tier.DOCNUMBER, b));
  }

  @Test
  void numberBrokenAcrossLines() throws IOException {
    assertEquals(List.of("2/kh/bcdtw", "kh:2"), Tokens.terms(Tier.DOCNUMBER, "Kế hoạch số 02-\nKH/BCĐTW ngày"));
  }

  @Test
  void distinctNumbersStayDistinct() throws IOException {
    List<String> law = Tokens.terms(Tier.DOCNUMBER, "Luật Khoa học và Công nghệ số 57/2014/QH13");
    assertFalse(law.contains("57/nq/tw") || law.contains("nq:57"), law.toString());
    assertFalse(Tokens.terms(Tier.DOCNUMBER, "180/2024/NĐ-CP").contains("180/2025/nd/cp"));
    assertEquals(List.of(), Tokens.terms(Tier.DOCNUMBER, "Số: /KH-UBND ngày 15/9/2025, năm 2025-2030"));
  }

  @Test
  void seedsCite57NqTw() throws IOException {
    Path sources = Path.of(System.getProperty("nq57.root", "../")).resolve("data/sources");
    int files = 0;
    int citations = 0;
    try (var list = Files.list(sources)) {
      for (Path f : list.toList()) {
        long n = Tokens.terms(Tier.DOCNUMBER, Files.readString(f)).stream().filter("57/nq/tw"::equals).count();
        files += n > 0 ? 1 : 0;
        citations += (int) n;
      }
    }
    // grep counts 43 literal "57-NQ/TW"; spaced variants add to them
    assertTrue(citations >= 43, "citations " + citations);
    assertTrue(files >= 5, "files " + files);
  }

  /** What an officer types without diacritics, or with number, kind and issuer apart, names the same document. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "nghi quyet 57, nq:57",
    "Nghi quyet so 57, nq:57",
    "nghị quyết so 57, nq:57",
    "ke hoach so: 45, kh:45",
    "quyet dinh 877, qd:877",
    "cong van 402, cv:402",
    "57 NQ TW, 57/nq/tw nq:57",
    "57 nq tw, 57/nq/tw nq:57",
    "03 nq cp, 3/nq/cp nq:3",
    "877 QĐ BTP, 877/qd/btp qd:877",
    "nghi quyet 57 NQ TW, 57/nq/tw nq:57"
  })
  void typedFormsOfANumber(String typed, String keys) {
    List<DocumentNumber> found = DocumentNumbers.findInQuery(typed);
    assertEquals(1, found.size(), typed + ": " + found);
    assertEquals(List.of(keys.split(" ")), found.getFirst().keys());
    assertEquals(0, found.getFirst().start(), typed);
  }

  /** Words around a number are not its kind or issuer unless documents use them so. */
  @ParameterizedTest
  @ValueSource(strings = {"57 ha noi", "57 da nang", "12 tr hoa", "nghi 57", "de an 3 xa", "2025 ke hoach"})
  void typedWordsThatAreNoNumber(String typed) {
    for (DocumentNumber n : DocumentNumbers.findInQuery(typed)) {
      assertTrue(n.keys().stream().noneMatch(k -> k.contains("/")), typed + ": " + n);
    }
    assertTrue(DocumentNumbers.findInQuery("57 ha noi").isEmpty());
  }

  /** In a document's text the typed forms are not read: "Điều 3 QĐ này" cites no decision 3, and unaccented words stay words. */
  @ParameterizedTest
  @ValueSource(strings = {"Điều 3 QĐ này có hiệu lực", "nghi quyet 57", "57 NQ TW"})
  void aDocumentsTextKeepsTheWrittenFormsOnly(String text) {
    assertTrue(DocumentNumbers.find(text).isEmpty(), text + ": " + DocumentNumbers.find(text));
  }

  /**
   * The scan that looks only at runs of characters a number can be made of finds exactly what matching the whole text
   * finds: on every line and every whole file of the real documents (numbers across line breaks), and on numbers
   * next to punctuation, at the edges of the text, glued to words, in NFD and beside letters outside the BMP.
   */
  @Test
  void theScanOfRunsFindsWhatTheWholeTextGives() throws IOException {
    List<String> texts = new java.util.ArrayList<>(List.of("", "57", "(57-NQ/TW)", "NQ57.", "Kế hoạch\n45/KH-UBND,",
        "Nghị quyết số: 57 - NQ/TW; 03/NQ-CP.", "số 12/2024/NĐ-CP;180/2024/NĐ-CP", "1.2.3 -4/5", "Quyết định 877",
        "KH 45, QĐ 877/QĐ-BTP", "TTg 12", "năm 2025-2030.", "Nghi\u0323 quyê\u0301t 57-NQ/TW", "𝐍𝐐 57 𠀀 12/KH-UBND",
        "x57-NQ/TWcủa", "kế hoạch   số :  45", "xnghị quyết số : TTg 12", "Kế hoạch số: KH 45 ngày 1/2"));
    Path sources = Path.of(System.getProperty("nq57.root", "../")).resolve("data/sources");
    try (var list = Files.list(sources)) {
      for (Path f : list.toList()) {
        String whole = Files.readString(f);
        texts.add(whole);
        texts.addAll(whole.lines().toList());
      }
    }
    int numbers = 0;
    for (String text : texts) {
      List<DocumentNumber> expected = DocumentNumbers.findInWholeText(text);
      assertEquals(expected, DocumentNumbers.find(text), text.length() > 200 ? text.substring(0, 200) : text);
      numbers += expected.size();
    }
    assertTrue(numbers > 300, "numbers compared: " + numbers);
  }

  /**
   * A kind word glued to the word before it still names the kind of the number after it, as matching the whole text
   * finds it: the scan tries the pattern inside a word where a kind word can start, in any case.
   */
  @Test
  void aKindWordGluedToTheWordBeforeItIsFound() {
    for (String text : List.of("xnghị quyết 57", "dựthảoKẾ HOẠCH số 12", "theoQuyết định 877", "(cácnghị quyết số: 57)",
        "vàĐề án 06")) {
      List<DocumentNumber> expected = DocumentNumbers.findInWholeText(text);
      assertFalse(expected.isEmpty(), text);
      assertEquals(expected, DocumentNumbers.find(text), text);
    }
  }

  /**
   * The same on 30,000 random texts made of the pieces numbers and their kind words are made of, glued and spaced in
   * every way: kind words inside other words, "số" and ":" apart, runs of spaces and line breaks, digits next to
   * letters, slashes and dashes.
   */
  @Test
  void theScanFindsWhatTheWholeTextGivesOnRandomPieces() {
    String[] pieces = {"nghị", "quyết", "Nghị quyết", "kế hoạch", "Kế", "hoạch", "số", "so", ":", "x", "chương trình",
        "luật", "QĐ", "qđ", "NQ", "KH", "TW", "UBND", "CP", "TTg", "57", "03", "2024", "12345", "1", "-", "/", ".", ",",
        " ", " ", "  ", "\n", "\t", "(", ")", "năm", "ngày", "của", "Đ", "đa", "tr", "NQ57", "s\u1ed1"};
    java.util.Random random = new java.util.Random(57);
    int numbers = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(14); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      List<DocumentNumber> expected = DocumentNumbers.findInWholeText(text);
      assertEquals(expected, DocumentNumbers.find(text), text);
      numbers += expected.size();
    }
    assertTrue(numbers > 5_000, "numbers compared: " + numbers);
  }
}
