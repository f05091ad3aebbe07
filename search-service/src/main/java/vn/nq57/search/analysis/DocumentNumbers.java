package vn.nq57.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Vietnamese document numbers in NFC text and gives their canonical keys. Spacing and the order of the
 * separators do not matter ("57-NQ/TW", "57 -NQ/TW", "57- NQ/TW"; "03/NQ-CP" = "03-NQ/CP"; "02-KH/BCĐTW" =
 * "02/KH-BCĐTW"), nor case, leading zeros or đ/d. A number is identified by number + kind + issuer (+ year when written),
 * so "57/2014/QH13" never gives the key of 57-NQ/TW.
 */
public final class DocumentNumbers {

  /** Words naming a kind of document, and the abbreviation documents use for it. */
  private static final Map<String, String> KIND_WORDS = Map.ofEntries(
      Map.entry("nghị quyết", "nq"), Map.entry("kế hoạch", "kh"), Map.entry("quyết định", "qd"),
      Map.entry("quy định", "qd"), Map.entry("nghị định", "nd"), Map.entry("chương trình", "ctr"),
      Map.entry("thông báo", "tb"), Map.entry("quy chế", "qc"), Map.entry("đề án", "da"),
      Map.entry("tờ trình", "ttr"), Map.entry("công văn", "cv"), Map.entry("chỉ thị", "ct"),
      Map.entry("thông tư", "tt"), Map.entry("hướng dẫn", "hd"), Map.entry("báo cáo", "bc"),
      Map.entry("kết luận", "kl"), Map.entry("luật", "luat"));

  /** Kind abbreviations written inside numbers (folded, lower case). */
  private static final Set<String> KINDS =
      Set.of("nq", "kh", "ctr", "tb", "qd", "qc", "da", "nd", "ttr", "cv", "ct", "tt", "hd", "bc", "kl", "tr", "ttg");

  /**
   * Kinds recognised before a separate number ("nq 57", "QĐ 877"): not "da" nor "tr", which are also words.
   */
  private static final Set<String> SPACED_KINDS =
      Set.of("nq", "kh", "ctr", "tb", "qd", "qc", "nd", "ttr", "cv", "ct", "tt", "hd", "bc", "kl", "ttg");

  private static final String ISSUER = "[\\p{L}\\d]+";
  private static final String NUM = "(?<![\\p{L}\\d])\\d{1,4}";

  /** The forms documents write numbers in (index and query alike). */
  private static final NumberPattern PATTERN = pattern(String.join("|", KIND_WORDS.keySet()), "số", false);

  /**
   * The forms a user types as well: the kind words and "số" without diacritics ("nghi quyet so 57"), and number, kind
   * and issuer apart ("57 NQ TW"). For queries only: in a document's text "Điều 3 QĐ này" is no number.
   */
  private static final NumberPattern TYPED = pattern(
      String.join("|", KIND_WORDS.keySet()) + "|" + String.join("|", KIND_WORDS.keySet().stream()
          .map(DocumentNumbers::fold).filter(w -> !KIND_WORDS.containsKey(w)).toList()), "s[ốo]", true);

  /** {@link #KIND_WORDS} by their folded spelling, so a kind word typed without diacritics finds its kind. */
  private static final Map<String, String> FOLDED_KIND_WORDS = KIND_WORDS.entrySet().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> fold(e.getKey()), Map.Entry::getValue));

  /**
   * A pattern of numbers, and the letters its kind words start with: a match starts at a digit, at a word's first
   * letter, or at a kind word (which may be glued to what precedes it), so no other place need be tried.
   */
  private record NumberPattern(Pattern pattern, String kindInitials) {

    /** False only where no match of the pattern can start (see {@link #find(NumberPattern, CharSequence)}). */
    boolean mayStartAt(CharSequence text, int i) {
      char c = text.charAt(i);
      if (isDigit(c) || Character.isSurrogate(c)) {
        return true;
      }
      if (!Character.isLetter(c)) {
        return false;
      }
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      if (!Character.isLetter(before) && !isDigit(before)) {
        return true; // a word's first letter: a kind glued to its number ("NQ57") or written apart ("QĐ 877")
      }
      // inside a word only a kind word can start; the pattern ignores case as Character does
      return kindInitials.indexOf(Character.toLowerCase(c)) >= 0
          || kindInitials.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
    }
  }

  private static NumberPattern pattern(String kindWords, String numberWord, boolean spacedIssuer) {
    StringBuilder initials = new StringBuilder();
    for (String word : kindWords.split("\\|")) {
      char first = Character.toLowerCase(word.charAt(0));
      if (initials.indexOf(String.valueOf(first)) < 0) {
        initials.append(first);
      }
    }
    return new NumberPattern(Pattern.compile(
        "(?:(?<kw>" + kindWords + ")\\s+(?:" + numberWord + "\\s*:?\\s*)?)?(?:"
            + "(?<an>" + NUM + ")\\s*/\\s*(?<ay>(?:19|20)\\d{2})\\s*/\\s*(?<aa>" + ISSUER + ")(?:\\s*-\\s*(?<ab>" + ISSUER + "))?"
            + "|(?<bn>" + NUM + ")\\s*-\\s*(?<bk>\\p{L}{1,4})\\s*/\\s*(?<bi>" + ISSUER + ")"
            + "|(?<cn>" + NUM + ")\\s*/\\s*(?<ck>\\p{L}{1,4})\\s*-\\s*(?<ci>" + ISSUER + ")"
            + (spacedIssuer ? "|(?<gn>" + NUM + ")\\s+(?<gk>" + String.join("|", SPACED_KINDS) + "|qđ|nđ)\\s+(?<gi>\\p{L}[\\p{L}\\d]{1,7})(?![\\p{L}\\d])" : "")
            + "|(?<en>" + NUM + ")(?![\\d/.,\\-]*\\d)"
            + "|(?<![\\p{L}\\d])(?<dk>\\p{L}{2,3})(?<dn>\\d{1,4})(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])(?<fk>\\p{L}{2,3})\\s+(?<fn>\\d{1,4})(?![\\p{L}\\d/.,\\-])"
            + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), initials.toString());
  }

  private DocumentNumbers() {}

  /**
   * Every document number in the text, in order. The same as matching the whole text ({@link #findInWholeText}), but
   * the pattern is tried only where a match can start: every match holds a digit, its first digit starts a run of
   * digits, and what stands before that digit in the match is at most {@link #WORDS_BEFORE_A_NUMBER} words and the
   * start of the digit's own word. So for each run of digits the pattern is tried
   * ({@code lookingAt} with transparent bounds, which is what {@code find} does there) from that many words before it,
   * leftmost first, and the scan goes on from the end of a match as {@code find} does. Trying it at every character of
   * a clause was a sixth of the index build's CPU.
   */
  public static List<DocumentNumber> find(CharSequence text) {
    return find(PATTERN, text);
  }

  /**
   * Every document number in what a user typed, in order: the forms of {@link #find}, and also kind words and "số"
   * without diacritics ("nghi quyet so 57" as "nghị quyết số 57") and number, kind and issuer written apart ("57 NQ
   * TW" as "57-NQ/TW"; the kind must be one documents use and no word: not "57 ha noi", "57 da nang").
   */
  public static List<DocumentNumber> findInQuery(CharSequence query) {
    return find(TYPED, query);
  }

  /**
   * Whole words before the word of a number's first digit that a match may start in: a kind word of two, "số", ":"
   * and a kind written apart from its number ("nghị quyết số : QĐ 877").
   */
  private static final int WORDS_BEFORE_A_NUMBER = 5;

  private static List<DocumentNumber> find(NumberPattern pattern, CharSequence text) {
    List<DocumentNumber> found = new ArrayList<>();
    Matcher m = pattern.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    int next = 0; // no match starts before the end of the last one
    for (int digit = 0; digit < length; digit++) {
      if (digit < next || !isDigit(text.charAt(digit)) || digit > 0 && isDigit(text.charAt(digit - 1))) {
        continue;
      }
      for (int start = Math.max(next, wordsBefore(text, digit)); start <= digit; start++) {
        if (!pattern.mayStartAt(text, start)) {
          continue; // most places inside a word: the pattern would fail there, and trying it is what costs
        }
        m.region(start, length);
        if (m.lookingAt()) {
          DocumentNumber n = toNumber(m);
          if (n != null) {
            found.add(n);
          }
          next = m.end();
          break;
        }
      }
    }
    return found;
  }

  /** Where the {@link #WORDS_BEFORE_A_NUMBER} words before the word holding {@code at} start (words split at {@code \s}). */
  private static int wordsBefore(CharSequence text, int at) {
    int i = at;
    while (i > 0 && !isSpace(text.charAt(i - 1))) {
      i--;
    }
    for (int words = 0; words < WORDS_BEFORE_A_NUMBER && i > 0; words++) {
      while (i > 0 && isSpace(text.charAt(i - 1))) {
        i--;
      }
      while (i > 0 && !isSpace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** White space as the pattern's {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Every document number in the text, in order, by matching the whole text: what {@link #find} must give. */
  static List<DocumentNumber> findInWholeText(CharSequence text) {
    List<DocumentNumber> found = new ArrayList<>();
    collect(PATTERN.pattern().matcher(text), found);
    return found;
  }

  private static void collect(Matcher m, List<DocumentNumber> found) {
    while (m.find()) {
      DocumentNumber n = toNumber(m);
      if (n != null) {
        found.add(n);
      }
    }
  }

  private static DocumentNumber toNumber(Matcher m) {
    String contextKind = m.group("kw") == null ? null : FOLDED_KIND_WORDS.get(fold(m.group("kw")));
    if (m.group("an") != null) {
      String first = m.group("aa");
      String second = m.group("ab");
      int end = m.end();
      if (second != null) {
        String issuer = unglue(second);
        end = m.start("ab") + issuer.length();
        return number(m, end, m.group("an"), m.group("ay"), fold(first), fold(issuer), contextKind);
      }
      String issuer = unglue(first);
      return number(m, m.start("aa") + issuer.length(), m.group("an"), m.group("ay"), null, fold(issuer), contextKind);
    }
    for (String form : m.pattern() == TYPED.pattern() ? new String[] {"b", "c", "g"} : new String[] {"b", "c"}) {
      if (m.group(form + "n") != null) {
        String kind = fold(m.group(form + "k"));
        if (!KINDS.contains(kind)) {
          return null;
        }
        String issuer = unglue(m.group(form + "i"));
        return number(m, m.start(form + "i") + issuer.length(), m.group(form + "n"), null, kind, fold(issuer), contextKind);
      }
    }
    if (m.group("en") != null) {
      return contextKind == null ? null : number(m, m.end(), m.group("en"), null, null, null, contextKind);
    }
    if (m.group("fk") != null) {
      String spaced = fold(m.group("fk"));
      return SPACED_KINDS.contains(spaced) ? number(m, m.end(), m.group("fn"), null, spaced, null, null) : null;
    }
    String kind = fold(m.group("dk"));
    if (!KINDS.contains(kind)) {
      return null;
    }
    return number(m, m.end(), m.group("dn"), null, kind, null, null);
  }

  private static DocumentNumber number(
      Matcher m, int end, String digits, String year, String kind, String issuer, String contextKind) {
    String n = digits.replaceFirst("^0+(?=\\d)", "");
    List<String> keys = new ArrayList<>(2);
    if (issuer != null) {
      StringBuilder full = new StringBuilder(n);
      if (year != null) {
        full.append('/').append(year);
      }
      if (kind != null) {
        full.append('/').append(kind);
      }
      keys.add(full.append('/').append(issuer).toString());
    }
    String k = kind != null ? kind : contextKind;
    if (k != null) {
      keys.add(k + ":" + n);
    }
    return new DocumentNumber(m.start(), end, List.copyOf(keys));
  }

  /** An issuer glued to the next word ("TWcủa") ends where the capitals stop and a lower-case word begins. */
  private static String unglue(String issuer) {
    Matcher glued = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d]*\\p{Ll}?)(\\p{Ll}{2,}.*)$").matcher(issuer);
    if (glued.matches() && glued.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
      String head = glued.group(1);
      // "TTg" keeps its final lower-case letter; "TWcủa" loses "của"
      return Character.isLowerCase(head.charAt(head.length() - 1)) && glued.group(2).length() >= 2
          ? head.substring(0, head.length() - 1)
          : head;
    }
    return issuer;
  }

  private static String fold(String s) {
    return VietnameseFolding.removeMarks(s.toLowerCase(Locale.ROOT));
  }
}
