package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

class FoldingFiltersTest {

  private static final String TEXT = "Chuyển đổi số Hoà Bình";

  @Test
  void tiers() throws IOException {
    assertEquals(List.of("chuyển", "đổi", "số", "hòa", "bình"), Tokens.terms(Tier.EXACT, TEXT));
    assertEquals(List.of("chuyên", "đôi", "sô", "hoa", "binh"), Tokens.terms(Tier.TONELESS, TEXT));
    assertEquals(List.of("chuyen", "doi", "so", "hoa", "binh"), Tokens.terms(Tier.FOLDED, TEXT));
  }

  @Test
  void unmarkedTierKeepsOnlyTokensWrittenWithoutDiacritics() throws IOException {
    assertEquals(List.of("chuyen", "so"), Tokens.terms(Tier.UNMARKED, "chuyen đổi so"));
  }

  @Test
  void looseSpellingOnlyInTheFoldedTier() throws IOException {
    assertEquals(List.of("qui", "dinh", "ki", "thuat", "li", "do"), Tokens.terms(Tier.FOLDED, "quy định kỹ thuật lý do"));
    assertEquals(List.of("qui", "dinh", "ki", "thuat", "li", "do"), Tokens.terms(Tier.FOLDED, "qui định kĩ thuật lí do"));
    assertEquals(List.of("y", "te", "giu", "gin", "quyet"), Tokens.terms(Tier.FOLDED, "y tế giữ gìn quyết"));
    assertEquals(List.of("quy", "định", "kỹ"), Tokens.terms(Tier.EXACT, "quy định kỹ"));
  }

  @Test
  void noStopWords() throws IOException {
    assertEquals(List.of("không", "được", "việc", "số", "năm", "bộ"), Tokens.terms(Tier.EXACT, "không được việc số năm bộ"));
  }

  @Test
  void shinglesOverTheFoldedTier() throws IOException {
    assertEquals(List.of("cong nghe", "cong nghe thong", "nghe thong", "nghe thong tin", "thong tin"),
        Tokens.terms(Tier.SHINGLE, "Công nghệ thông tin"));
  }
}
