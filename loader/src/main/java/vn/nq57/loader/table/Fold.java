package vn.nq57.loader.table;

import vn.nq57.loader.read.Spaces;

import com.ibm.icu.text.Normalizer2;

import java.util.Locale;

/** Matching key for Vietnamese text: no diacritics, đ → d, lower case, single spaces. Never stored. */
public final class Fold {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Fold() {}

    /** The key of {@code text}: "Ủy ban  Nhân dân" → "uy ban nhan dan". */
    public static String key(String text) {
        String decomposed = NFD.normalize(text.replace('đ', 'd').replace('Đ', 'D'));
        return Spaces.collapse(withoutMarks(decomposed).toLowerCase(Locale.ROOT)).strip();
    }

    /** {@code s} without its combining marks (Unicode category M: Mn, Mc, Me), as {@code replaceAll("\\p{M}+", "")}. */
    private static String withoutMarks(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (mark && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            else if (!mark && b != null) b.appendCodePoint(cp);
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
