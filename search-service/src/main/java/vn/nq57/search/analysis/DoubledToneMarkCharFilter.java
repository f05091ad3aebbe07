package vn.nq57.search.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Drops a combining tone mark that follows a letter already carrying a tone ("tiế" + U+0301 → "tiế"), which NFC
 * cannot do. Works on composed and decomposed input alike; keeps offsets exact.
 */
final class DoubledToneMarkCharFilter extends BaseCharFilter {

  private boolean toneSeen;
  private int outputOffset;
  private int removed;

  DoubledToneMarkCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      int c = input.read();
      if (c == -1) {
        return n == 0 ? -1 : n;
      }
      if (Tone.isToneMark(c)) {
        if (toneSeen) {
          removed++;
          addOffCorrectMap(outputOffset, removed);
          continue;
        }
        toneSeen = true;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        toneSeen = VietnameseToneMarks.carriesTone(c); // a new base letter starts a new combining sequence
      }
      cbuf[off + n++] = (char) c;
      outputOffset++;
    }
    return n;
  }
}
