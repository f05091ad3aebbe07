package vn.nq57.loader.table;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoldTest {

    /** What Fold.key was written as: the patterns it no longer runs, kept here as its definition. */
    private static String byPatterns(String text) {
        String decomposed = Normalizer2.getNFDInstance().normalize(text.replace('đ', 'd').replace('Đ', 'D'));
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Test
    void foldsVietnameseToItsKey() {
        assertEquals("uy ban nhan dan xa tan loi", Fold.key("  Ủy ban  Nhân dân\txã TÂN LỢI "));
        assertEquals("phong van hoa - xa hoi", Fold.key("Phòng Văn hoá - Xã hội"));
        assertEquals("dang uy", Fold.key("Đảng ủy"));
    }

    @Test
    void agreesWithItsDefinitionOnAnyText() {
        // NFC and NFD letters, combining marks of every kind (Mn, Mc, Me), a mark outside the BMP, spaces, đ
        String[] pieces = {"ệ", "e\u0323\u0302", "Ư", "đ", "Đ", " ", "\t", "\n", "\u00A0", "\u0903", "\u20DD",
                "\uD834\uDD65", "\uD835\uDC00", "A", "1", "-", "\u0301"};
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            assertEquals(byPatterns(s), Fold.key(s), s);
        }
    }
}
