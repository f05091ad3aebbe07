package vn.nq57.loader.read;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SpacesTest {

    /** Every kind of white space Java's \s knows, the no-break space, an em space (not \s) and letters. */
    private static final char[] ALPHABET = {' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'a', 'ệ', 'Đ'};

    @Test
    void collapsesAsTheRegularExpressionsDid() {
        Random random = new Random(57);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), Spaces.collapse(s), () -> "collapse of " + escaped(s));
            assertEquals(s.replaceAll("[\\s\\u00A0]+", " "), Spaces.collapseWithNoBreak(s), () -> "with no-break " + escaped(s));
        }
    }

    @Test
    void keepsTextThatHasNothingToCollapse() {
        String s = "Ủy ban nhân dân xã";
        assertSame(s, Spaces.collapse(s));
        assertEquals("Ủy ban nhân dân xã ", Spaces.collapse("Ủy ban\tnhân dân\n\n xã  "));
        assertEquals("a b", Spaces.collapseWithNoBreak("a\u00A0 b"));
        assertEquals("a\u00A0b", Spaces.collapse("a\u00A0b"));
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04X", c)));
        return b.toString();
    }
}
