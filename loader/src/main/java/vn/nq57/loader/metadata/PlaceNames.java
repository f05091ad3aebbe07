package vn.nq57.loader.metadata;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of administrative areas in running text: the capitalised words after "tỉnh", "huyện", "xã"… */
public final class PlaceNames {
    /** A proper name: capitalised syllables ("Tân Lợi", "Định Hóa"). */
    public static final String NAME = "\\p{Lu}\\p{Ll}*(?:['’]\\p{Ll}+)?(?: +\\p{Lu}\\p{Ll}*(?:['’]\\p{Ll}+)?)*";

    /** The pattern of a name after each level word asked for. */
    private static final Map<String, Pattern> AFTER_LEVEL_WORD = new ConcurrentHashMap<>();

    private PlaceNames() {}

    /** {@code text} with each run of spaces, LF and CR as one space: {@code replaceAll("[ \\n\\r]+", " ")}. */
    private static String flatten(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\r';
            if (!space) b.append(c);
            else if (!inRun) b.append(' ');
            inRun = space;
        }
        return b.toString();
    }

    /**
     * The area name most often written after {@code levelWord} (lower case: "tỉnh", "huyện", "xã"). A name seen
     * only glued to the next capitalised word ("xã Cao Minh Chương trình") counts for its shorter form.
     */
    public static Optional<String> mostFrequent(String text, String levelWord) {
        String flat = flatten(text.replace("\t", " | "));   // a tab ends a table cell, and a name
        Matcher m = AFTER_LEVEL_WORD.computeIfAbsent(levelWord,
                        w -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + " (" + NAME + ")"))
                .matcher(flat).useTransparentBounds(true).useAnchoringBounds(false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        // Matcher.find, tried only where the level word stands (a document's body is long, the word is rare)
        for (int at = flat.indexOf(levelWord); at >= 0; ) {
            if (m.region(at, flat.length()).lookingAt()) {
                counts.merge(m.group(1), 1, Integer::sum);
                at = flat.indexOf(levelWord, m.end());
            } else {
                at = flat.indexOf(levelWord, at + 1);
            }
        }
        Map<String, Integer> support = new LinkedHashMap<>();
        counts.forEach((name, n) -> {
            int s = 0;
            for (var e : counts.entrySet())
                if (e.getKey().equals(name) || e.getKey().startsWith(name + " ")) s += e.getValue();
            support.put(name, s);
        });
        return support.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey);
    }

    /** "QUẢNG NGÃI" → "Quảng Ngãi": an upper-case header name in the case of running text. */
    public static String titleCase(String upper) {
        return UCharacter.toTitleCase(Locale.of("vi"), upper.toLowerCase(Locale.of("vi")), BreakIterator.getWordInstance(),
                UCharacter.TITLECASE_NO_LOWERCASE);
    }

    /** True when every letter of {@code s} is upper case and there is at least one. */
    public static boolean isUpperCase(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) return false;
            }
        }
        return letter;
    }
}
