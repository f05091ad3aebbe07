package vn.nq57.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-literal form of a rank 2–3 alignment's parts ({@code nq:scoreParts}) gives back what was packed. */
class ScorePartsTest {

  @Test
  void packedPartsNameOnlyTheNonZeroOnesAndUnpackToTheSameValues() {
    ScoreParts parts = ScoreParts.Weights.DEFAULT.combine(0.48123, 0.2, 0.77309, 0, 0, 1, 1, 0, 1);
    String packed = parts.packed();
    assertEquals("words=0.4812 phrases=0.2 bm25=0.7731 leadUnit=1 kind=1 specificity=1", packed);
    assertFalse(packed.contains("section") || packed.contains("citation") || packed.contains("measure"), packed);

    Map<String, Double> back = ScoreParts.unpack(packed);
    assertEquals(ScoreParts.FEATURES.size(), back.size(), "every feature, the unnamed ones 0: " + back);
    parts.byFeature().forEach((feature, value) -> assertEquals(value, back.get(feature), 0.00005, feature));
    assertEquals(0.0, back.get("section"));
  }

  @Test
  void allZeroPacksToNothing() {
    assertEquals("", ScoreParts.Weights.DEFAULT.combine(0, 0, 0, 0, 0, 0, 0, 0, 0).packed());
  }
}
