package vn.nq57.loader.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words just before a number's kind words ("… Nghị quyết số"), and whether they say the document is amended. */
class AmendingWordsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung                         | true
            ngày 01/4/2025 của Chính phủ về việc sửa đổi, bổ sung, cập nhật       | true
            của Chính phủ bổ sung, sửa đổi                                        | true
            của UBND tỉnh sửa đổi và bổ sung                                      | true
            Sửa đổi, bổ sung                                                      | true
            về việc sửa đổi                                                       | true
            bổ sung                                                               | true
            cập nhật                                                              | true
            sua doi, bo sung                                                      | true
            SỬA ĐỔI, BỔ SUNG                                                      | true
            sửa đổi, bổ sung một số điều của                                      | true
            sửa đổi Điều 1, 2 và 5 của                                            | true
            sửa đổi, bổ sung khoản 3 Điều 2 của                                   | true
            bổ sung nhiệm vụ tại                                                  | true
            bổ sung nguồn lực thực hiện                                           | false
            bổ sung nguồn lực cho                                                 | false
            bố trí kinh phí bổ sung cho                                           | false
            sửa đổi, bổ sung cơ chế chính sách theo                               | false
            Rà soát, đề xuất sửa đổi, bổ sung                                     | false
            kiến nghị cấp có thẩm quyền sửa đổi, bổ sung                          | false
            tham mưu UBND tỉnh bổ sung                                            | false
            thay thế                                                              | false
            về việc sửa đổi, bổ sung cập nhật Kế hoạch của UBND tỉnh triển khai thực hiện | false
            các nội dung đã được cập nhật trong                                   | false
            bổ sung kinh phí thực hiện                                            | false
            """)
    void amendingWordsMustGovernTheNumber(String before, boolean amends) {
        assertEquals(amends, AmendingWords.precede(before));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kế hoạch này sửa đổi, bổ sung               | true
            Quyết định này bổ sung                      | true
            ke hoach nay sua doi                        | true
            UBND tỉnh sửa đổi, bổ sung                  | false
            của Chính phủ sửa đổi                       | false
            """)
    void theCitingDocumentSpeaksOfItself(String before, boolean self) {
        assertEquals(self, AmendingWords.bySelf(before));
    }
}
