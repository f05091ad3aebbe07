package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseToneMarksTest {

  @Test
  void everyToneMarkReadsBackAsItsToneAndNothingElseDoes() {
    for (Tone t : Tone.values()) {
      if (t != Tone.LEVEL) assertEquals(t, Tone.ofMark(t.mark()));
    }
    assertNull(Tone.ofMark('a'));
    assertNull(Tone.ofMark('\u0302')); // the circumflex of â ê ô writes a letter, not a tone
    assertNull(Tone.ofMark('\u031B')); // the horn of ơ ư
    assertNull(Tone.ofMark('\0'));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // new style → traditional style in open oa / oe / uy
    "hoà, hòa", "khoẻ, khỏe", "thuỷ, thủy", "uỷ, ủy", "thuý, thúy", "hòa, hòa",
    // misplaced marks
    "hòan, hoàn", "qúy, quý", "ngòai, ngoài", "khủyu, khuỷu", "ngừơi, người", "nghịêm, nghiệm", "lựơng, lượng",
    // already canonical
    "người, người", "rượu, rượu", "chuyển, chuyển", "hoạch, hoạch", "huýt, huýt", "khoét, khoét", "mía, mía",
    "cửa, cửa", "quý, quý", "giữ, giữ", "giá, giá", "gìn, gìn", "gì, gì", "giường, giường", "việt, việt",
    // guard: not Vietnamese syllables
    "café, café", "vneid, vneid", "process, process", "covid, covid", "tèa, tèa"
  })
  void canonicalPlacement(String in, String expected) {
    assertEquals(expected, VietnameseToneMarks.canonical(in));
  }

  @ParameterizedTest
  @ValueSource(strings = {"café", "vneid", "process", "email", "wifi", "zalo"})
  void guardRejectsNonSyllables(String token) {
    assertTrue(VietnameseSyllable.parse(token).isEmpty(), token);
  }

  @ParameterizedTest(name = "{0}: onset {1}")
  @CsvSource({"giá, gi, a", "gìn, g, i", "gì, g, i", "quý, qu, y", "giữ, gi, ư", "nghiệm, ngh, iê"})
  void onsetRule(String token, String onset, String nucleus) {
    VietnameseSyllable s = VietnameseSyllable.parse(token).orElseThrow();
    assertEquals(onset, s.onset());
    assertEquals(nucleus, s.nucleus());
  }
}
