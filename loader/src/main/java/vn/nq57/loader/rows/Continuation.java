package vn.nq57.loader.rows;

import vn.nq57.loader.table.Fold;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows that a page end broke without leaving a blank line: an unnumbered row continues the item above when its text
 * cannot start an item (a lower-case word, a running enumeration "(5) …") or the item above stops mid-sentence (a
 * comma, semicolon, colon or a connective word at its end). Joining leaves out what the item already says: converters
 * repeat the last words of a page at the top of the next ("Phòng Văn hóa - Xã hội" + "Xã hội").
 */
final class Continuation {
    private static final Pattern ENUMERATION = Pattern.compile("^\\((?:\\d{1,2}|[ivx]{1,4}|[a-zđ])\\)\\s.*");
    private static final Set<String> CONNECTIVES = Set.of(
            "va", "cua", "cho", "voi", "ve", "tai", "trong", "cac", "theo", "de", "tu", "den", "hoac", "nhung", "la",
            "gom", "nhu", "tren", "duoi", "bang", "o");
    private static final Pattern NOT_TEXT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Continuation() {}

    /** True when {@code name}, on an unnumbered row, continues the item named {@code previous}. */
    static boolean continues(String previous, String name) {
        if (name == null || name.isBlank() || previous == null || previous.isBlank()) return false;
        String n = name.strip();
        int first = n.codePointAt(0);
        if (Character.isLetter(first) && Character.isLowerCase(first)) return true;
        if (ENUMERATION.matcher(n).matches()) return true;
        String p = previous.strip();
        char end = p.charAt(p.length() - 1);
        if (end == ',' || end == ';' || end == ':' || end == '-' || end == '–') return true;
        String[] words = Fold.key(p).split(" ");
        return CONNECTIVES.contains(words[words.length - 1]);
    }

    /**
     * {@code a} followed by {@code b}, without what of {@code b} is already in {@code a} or in {@code seen} (the item's
     * other text): nothing when {@code b} is repeated whole, else {@code b} from the first word that does not repeat
     * the end of {@code a}.
     */
    static String join(String a, String b, String... seen) {
        if (b == null || b.isBlank()) return a;
        if (a == null || a.isBlank()) {
            for (String s : seen) if (repeats(s, b)) return a == null ? "" : a;
            return b.strip();
        }
        if (repeats(a, b)) return a;
        for (String s : seen) if (repeats(s, b)) return a;
        String[] aw = a.strip().split("\\s+"), bw = b.strip().split("\\s+");
        int overlap = 0;
        for (int k = Math.min(aw.length, bw.length - 1); k >= 1; k--) {
            if (key(String.join(" ", java.util.Arrays.copyOfRange(aw, aw.length - k, aw.length)))
                    .equals(key(String.join(" ", java.util.Arrays.copyOfRange(bw, 0, k))))) { overlap = k; break; }
        }
        return a.strip() + " " + String.join(" ", java.util.Arrays.copyOfRange(bw, overlap, bw.length));
    }

    /** True when {@code fragment} (two words or more, or one long word) already stands in {@code text}. */
    static boolean repeats(String text, String fragment) {
        if (text == null || fragment == null) return false;
        String f = key(fragment);
        if (f.isEmpty()) return true;
        if (!f.contains(" ") && f.length() < 6) return false;
        return (" " + key(text) + " ").contains(" " + f + " ");
    }

    private static String key(String s) {
        return NOT_TEXT.matcher(Fold.key(s)).replaceAll(" ").strip();
    }
}
