package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's words read once build the same queries over the text and the name as reading them for each field. */
class QueryReadingTest {

  private static final AbbreviationSource ABBREVIATIONS =
      () -> List.of(new Abbreviation("ATTT", List.of("an toàn thông tin")));
  private final VietnameseQueryBuilder text = new VietnameseQueryBuilder(TierFields.TEXT, ABBREVIATIONS);
  private final VietnameseQueryBuilder name = new VietnameseQueryBuilder(TierFields.of("name"), ABBREVIATIONS);

  @ParameterizedTest
  @ValueSource(strings = {"chuyển đổi số", "chuyen doi so", "ATTT cấp xã", "bảo đảm an toàn thông tin",
      "\"dịch vụ công\" trực tuyến", "Nghị quyết 57-NQ/TW", "nghi quyet so 57", "1. Phòng Văn hóa - Xã hội", ""})
  void oneReadingBuildsWhatEachFieldsOwnReadingBuilds(String typed) {
    VietnameseQueryBuilder.Reading read = text.read(typed);
    assertParts(text.buildParts(typed), text.buildParts(read));
    assertParts(name.buildParts(typed), name.buildParts(read));
    VietnameseQueryBuilder.Reading loose = text.forgiving().read(typed);
    assertParts(name.forgiving().buildParts(typed), name.forgiving().buildParts(loose));
  }

  @Test
  void aReadingBuildsOnlyQueriesOfItsOwnMode() {
    VietnameseQueryBuilder.Reading strict = text.read("chuyển đổi số");
    assertThrows(IllegalArgumentException.class, () -> text.forgiving().buildParts(strict));
    assertThrows(IllegalArgumentException.class, () -> name.buildParts(text.forgiving().read("chuyển đổi số")));
  }

  private static void assertParts(VietnameseQueryBuilder.Parts expected, VietnameseQueryBuilder.Parts actual) {
    assertEquals(expected.matching(), actual.matching());
    assertEquals(expected.firstPass(), actual.firstPass());
    assertEquals(expected.proximity(), actual.proximity());
    assertEquals(expected.size(), actual.size());
    assertEquals(expected.documentNumbers(), actual.documentNumbers());
  }
}
