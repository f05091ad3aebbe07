package vn.nq57.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The tokens of one text as an analyzer made them, kept so several token streams can start from them without
 * analysing the text again: every text tier begins with the same char filter, ICU tokenizer and tone normalisation
 * and only folds differently afterwards, so indexing a text once per tier repeated the costly part five times.
 * {@link #stream()} replays the tokens with their term, offsets, position increment and length and type; it is a
 * {@link TokenStream} like any other (reset, incrementToken, end, close), one per consumer.
 */
final class TokenReplay {

  private record Token(String term, int start, int end, int positionIncrement, int positionLength, String type) {}

  private final List<Token> tokens;
  private final int finalOffset;
  private final int finalPositionIncrement;

  private TokenReplay(List<Token> tokens, int finalOffset, int finalPositionIncrement) {
    this.tokens = tokens;
    this.finalOffset = finalOffset;
    this.finalPositionIncrement = finalPositionIncrement;
  }

  /**
   * Runs {@code analyzer} over {@code text} (as field {@code field}) once and keeps what it gave.
   *
   * @throws IOException as {@link TokenStream#incrementToken()} does (never for a String source)
   */
  static TokenReplay of(Analyzer analyzer, String field, String text) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
            increment.getPositionIncrement(), length.getPositionLength(), type.type()));
      }
      ts.end();
      return new TokenReplay(tokens, offset.endOffset(), increment.getPositionIncrement());
    }
  }

  /** A new token stream giving the kept tokens, then the kept final offset and position increment at {@link TokenStream#end()}. */
  TokenStream stream() {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
      private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
      private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
      private final TypeAttribute type = addAttribute(TypeAttribute.class);
      private int next;

      @Override
      public boolean incrementToken() {
        if (next >= tokens.size()) {
          return false;
        }
        clearAttributes();
        Token t = tokens.get(next++);
        term.setEmpty().append(t.term());
        offset.setOffset(t.start(), t.end());
        increment.setPositionIncrement(t.positionIncrement());
        length.setPositionLength(t.positionLength());
        type.setType(t.type());
        return true;
      }

      @Override
      public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
        increment.setPositionIncrement(finalPositionIncrement);
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = 0;
      }
    };
  }
}
