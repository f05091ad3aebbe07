package vn.nq57.loader.table;

import com.ibm.icu.text.Normalizer2;

import java.util.Locale;
import java.util.regex.Pattern;

/** Matching key for Vietnamese text: no diacritics, đ → d, lower case, single spaces. Never stored. */
public final class Fold {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {}

    public static String key(String text) {
        String decomposed = NFD.normalize(text.replace('đ', 'd').replace('Đ', 'D'));
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(bare).replaceAll(" ").strip();
    }
}
