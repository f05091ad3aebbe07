package vn.nq57.loader.metadata;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of administrative areas in running text: the capitalised words after "tỉnh", "huyện", "xã"… */
public final class PlaceNames {
    /** A proper name: capitalised syllables ("Tân Lợi", "Định Hóa"). */
    public static final String NAME = "\\p{Lu}\\p{Ll}*(?: +\\p{Lu}\\p{Ll}*)*";

    private PlaceNames() {}

    /**
     * The area name most often written after {@code levelWord} (lower case: "tỉnh", "huyện", "xã"). A name seen
     * only glued to the next capitalised word ("xã Cao Minh Chương trình") counts for its shorter form.
     */
    public static Optional<String> mostFrequent(String text, String levelWord) {
        String flat = text.replace("\t", " | ").replaceAll("[ \\n\\r]+", " ");   // a tab ends a table cell, and a name
        Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(levelWord) + " (" + NAME + ")").matcher(flat);
        Map<String, Integer> counts = new LinkedHashMap<>();
        while (m.find()) counts.merge(m.group(1), 1, Integer::sum);
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
