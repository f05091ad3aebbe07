package vn.nq57.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a name is cut into sentences for the alignment, on rows as the plans write them. */
class SentencesTest {

  @Test
  void aNameOfOneSentenceHasNoSentencesOfItsOwn() {
    assertThat(Sentences.of("Xây dựng, triển khai Đề án chuyển đổi số trong lĩnh vực Văn hóa")).isEmpty();
    assertThat(Sentences.of("Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu.")).isEmpty();
    assertThat(Sentences.of(null)).isEmpty();
    assertThat(Sentences.of("  ")).isEmpty();
  }

  @Test
  void fullStopsBeforeACapitalEndSentencesAndTheTextIsKeptVerbatim() {
    assertThat(Sentences.of("Đẩy mạnh chuyển đổi số trong lĩnh vực văn hóa. Xây dựng và phát triển các sản phẩm văn "
        + "hóa số chất lượng cao.  Thúc đẩy xây dựng các cơ sở dữ liệu về văn hoá."))
        .containsExactly("Đẩy mạnh chuyển đổi số trong lĩnh vực văn hóa.",
            "Xây dựng và phát triển các sản phẩm văn hóa số chất lượng cao.",
            "Thúc đẩy xây dựng các cơ sở dữ liệu về văn hoá.");
    assertThat(Sentences.of("Tăng trưởng kinh tế số đạt 30% GDP. Tỉ lệ sử dụng dịch vụ công trực tuyến đạt 80%"))
        .containsExactly("Tăng trưởng kinh tế số đạt 30% GDP.", "Tỉ lệ sử dụng dịch vụ công trực tuyến đạt 80%");
  }

  @Test
  void semicolonsAndFullStopsInsideNumbersOrBeforeLowerCaseDoNotEndSentences() {
    assertThat(Sentences.of("Tuyên truyền, quán triệt sâu sắc Nghị quyết số 57-NQ/TW; Nghị quyết số 03/NQ-CP; "
        + "Kế hoạch số 25/KH-UBND của tỉnh")).isEmpty();
    assertThat(Sentences.of("Triển khai mục 1.2. của kế hoạch; đạt 2.5 lần so với năm 2024")).isEmpty();
  }
}
