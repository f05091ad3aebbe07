package vn.nq57.search.analysis;

import java.util.Optional;

/**
 * Decodes a word typed with Telex ("chuyeenr", "ddooir", "vieejt") or VNI ("vie65t", "chuye6n3") key sequences when
 * the keyboard driver was off. The result is offered only when it is a valid Vietnamese syllable and differs from the
 * input, so "process", "covid" and "café" are never decoded.
 */
public final class TelexVniDecoder {

  private static final String VOWELS = "aeiouy";

  private TelexVniDecoder() {}

  /** The decoded syllable (lower-case NFC, canonical tone), or empty. */
  public static Optional<String> decode(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.isEmpty() || w.length() > 12 || !w.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))
        || w.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    StringBuilder letters = new StringBuilder();
    Tone[] tone = {Tone.LEVEL};
    boolean ok = w.chars().anyMatch(Character::isDigit) ? vni(w, letters, tone) : telex(w, letters, tone);
    if (!ok) {
      return Optional.empty();
    }
    return VietnameseSyllable.parse(letters.toString())
        .filter(s -> s.tone() == Tone.LEVEL)
        .map(s -> s.withTone(tone[0]).toString())
        .filter(s -> !s.equals(w));
  }

  private static boolean telex(String w, StringBuilder out, Tone[] tone) {
    boolean vowelSeen = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      Tone t = vowelSeen ? telexTone(c) : null;
      if (t != null) {
        if (tone[0] != Tone.LEVEL) {
          return false; // two tone keys: an English word, not Telex
        }
        tone[0] = t;
        continue;
      }
      char last = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
      if (c == last && "aeod".indexOf(c) >= 0) {
        out.setCharAt(out.length() - 1, switch (c) {
          case 'a' -> 'â';
          case 'e' -> 'ê';
          case 'o' -> 'ô';
          default -> 'đ';
        });
      } else if (c == 'w') {
        if (!horn(out)) {
          out.append('ư');
          vowelSeen = true;
        }
      } else {
        out.append(c);
        vowelSeen |= VOWELS.indexOf(c) >= 0;
      }
    }
    return true;
  }

  private static Tone telexTone(char c) {
    return switch (c) {
      case 's' -> Tone.ACUTE;
      case 'f' -> Tone.GRAVE;
      case 'r' -> Tone.HOOK;
      case 'x' -> Tone.TILDE;
      case 'j' -> Tone.DOT;
      default -> null;
    };
  }

  private static boolean vni(String w, StringBuilder out, Tone[] tone) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c)) {
        out.append(c);
        continue;
      }
      boolean applied = switch (c) {
        case '1', '2', '3', '4', '5' -> {
          if (tone[0] != Tone.LEVEL) {
            yield false;
          }
          tone[0] = Tone.values()[c - '0'];
          yield true;
        }
        case '6' -> replaceLast(out, "aeo", "âêô");
        case '7' -> horn(out);
        case '8' -> replaceLast(out, "a", "ă");
        case '9' -> replaceLast(out, "d", "đ");
        default -> false;
      };
      if (!applied) {
        return false;
      }
    }
    return true;
  }

  /** The horn goes on "uo" together (ươ), else on the last o or u; a breve on a lone a (Telex "aw"). */
  private static boolean horn(StringBuilder out) {
    int uo = out.lastIndexOf("uo");
    if (uo >= 0 && uo + 2 >= out.length() - 1) {
      out.replace(uo, uo + 2, "ươ");
      return true;
    }
    return replaceLast(out, "oua", "ơưă");
  }

  private static boolean replaceLast(StringBuilder out, String from, String to) {
    for (int i = out.length() - 1; i >= 0; i--) {
      int k = from.indexOf(out.charAt(i));
      if (k >= 0) {
        out.setCharAt(i, to.charAt(k));
        return true;
      }
    }
    return false;
  }
}
