package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelexVniDecoderTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "chuyeenr, chuyển", "ddooir, đổi", "soos, số", "vieejt, việt", "nguoiwf, người", "hoaf, hòa",
    "vie65t, việt", "chuye6n3, chuyển", "d9o6i3, đổi", "so61, số", "nguo7i2, người"
  })
  void decodes(String typed, String expected) {
    assertEquals(expected, TelexVniDecoder.decode(typed).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"process", "café", "covid", "nam", "chuyen", "57", "covid19", "vneid"})
  void leavesOtherWordsAlone(String word) {
    assertTrue(TelexVniDecoder.decode(word).isEmpty(), word);
  }
}
