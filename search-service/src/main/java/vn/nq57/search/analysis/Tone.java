package vn.nq57.search.analysis;

/** The six Vietnamese tones and the combining mark that writes each (none for the level tone). */
public enum Tone {
  LEVEL('\0'),
  ACUTE('\u0301'),
  GRAVE('\u0300'),
  HOOK('\u0309'),
  TILDE('\u0303'),
  DOT('\u0323');

  private final char mark;

  Tone(char mark) {
    this.mark = mark;
  }

  /** The combining mark, or {@code '\0'} for {@link #LEVEL}. */
  public char mark() {
    return mark;
  }

  /** The tone a combining mark writes, or null when the character is not a tone mark. */
  public static Tone ofMark(int c) {
    // a switch, not a loop over values(): this runs for every character analysed, and values() copies the array
    return switch (c) {
      case '\u0301' -> ACUTE;
      case '\u0300' -> GRAVE;
      case '\u0309' -> HOOK;
      case '\u0303' -> TILDE;
      case '\u0323' -> DOT;
      default -> null;
    };
  }

  public static boolean isToneMark(int c) {
    return ofMark(c) != null;
  }
}
