package vn.nq57.search.analysis;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the canonical keys of the document numbers in the text ({@link DocumentNumbers}) and nothing else; the keys of
 * one number share a position and the number's offsets. Reads the whole input, as PatternTokenizer does, because a
 * number may be split across a line break.
 */
public final class DocumentNumberTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  private final StringBuilder text = new StringBuilder();
  private Iterator<DocumentNumber> numbers;
  private DocumentNumber current;
  private Iterator<String> keys;
  private int finalOffset;

  /**
   * The tokens of the document-number tier's analyzer for a text its char filter leaves unchanged ({@link
   * VietnameseUnicodeCharFilter#leavesUnchanged}): this tokenizer over the text itself, without the filter's copies.
   */
  public static Tokenizer over(String text) {
    DocumentNumberTokenizer tokenizer = new DocumentNumberTokenizer();
    tokenizer.setReader(new java.io.StringReader(text));
    return tokenizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (numbers == null) {
      readAll();
    }
    boolean first = false;
    while (keys == null || !keys.hasNext()) {
      if (!numbers.hasNext()) {
        return false;
      }
      current = numbers.next();
      keys = current.keys().iterator();
      first = true;
    }
    term.append(keys.next());
    posInc.setPositionIncrement(first ? 1 : 0);
    offset.setOffset(correctOffset(current.start()), correctOffset(current.end()));
    return true;
  }

  private void readAll() throws IOException {
    text.setLength(0);
    char[] buf = new char[4096];
    for (int n; (n = input.read(buf)) != -1; ) {
      text.append(buf, 0, n);
    }
    List<DocumentNumber> found = DocumentNumbers.find(text);
    numbers = found.iterator();
    finalOffset = correctOffset(text.length());
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    numbers = null;
    keys = null;
    current = null;
  }
}
