package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/** What a query is not (list markers, symbols), look-alike letters, and a kind written apart from its number. */
class SearchInputAnalysisTest {

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
    "a) chuyển đổi số|chuyển đổi số",
    "1. chuyển đổi số|chuyển đổi số",
    "1.2. chuyển đổi số|chuyển đổi số",
    "II. chuyển đổi số|chuyển đổi số",
    "(3) chuyển đổi số|chuyển đổi số",
    "- a) chuyển đổi số|chuyển đổi số",
    "• chuyển đổi số|chuyển đổi số",
    "🙂 ATTT|ATTT",
    "™ ATTT|ATTT",
    "ATTT 👍🏽|ATTT",
    "chuyển ★ đổi số|chuyển đổi số",
    "57-NQ/TW|57-NQ/TW",
    "2026|2026",
    "KH&CN|KH&CN"
  })
  void markersAndSymbolsAreNotWords(String typed, String words) {
    assertEquals(List.of(words.split("\\s+")),
        List.of(VietnameseQueryBuilder.searchableWords(typed).strip().split("\\s+")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0189ồng Nai", "\u00D0ồng Nai", "Đ\u043E\u0302\u0300ng Nai", "Ðồng Nаi"})
  void lookAlikeLettersAreTheVietnameseOnes(String typed) throws IOException {
    assertEquals(Tokens.terms(Tier.EXACT, "Đồng Nai"), Tokens.terms(Tier.EXACT, typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nq 57", "NQ 57", "nq  57"})
  void aKindWrittenApartFromItsNumber(String typed) throws IOException {
    assertEquals(List.of("nq:57"), Tokens.terms(Tier.DOCNUMBER, typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"da 3", "nq 57-NQ/TW extra", "ủy ban 5"})
  void notEveryWordBeforeANumberIsAKind(String typed) throws IOException {
    List<String> terms = Tokens.terms(Tier.DOCNUMBER, typed);
    assertEquals(typed.contains("57-NQ/TW") ? List.of("57/nq/tw", "nq:57") : List.of(), terms);
  }
}
