package vn.nq57.ontology;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thesaurus maps each abbreviation to exactly its expansion and lists both tone-mark styles. */
class ThesaurusTest {
    private final List<Thesaurus.Entry> entries = Thesaurus.entries();

    @Test
    void everyAbbreviationHasAnExpansion() {
        assertTrue(entries.size() >= 60, "entries: " + entries.size());
        for (Thesaurus.Entry e : entries) {
            assertFalse(e.prefLabel().isBlank(), e.conceptIri());
            assertTrue(e.conceptIri().startsWith(Thesaurus.NS), e.conceptIri());
            for (String a : e.abbreviations()) assertFalse(a.isBlank(), e.conceptIri());
        }
    }

    @Test
    void noAbbreviationOrVariantMapsToTwoConcepts() {
        // Case and normalisation folded as a query would be: "Atttt" typed in lower case still must not be ambiguous.
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Thesaurus.Entry e : entries) {
            Set<String> keys = new HashSet<>();
            e.abbreviations().forEach(a -> keys.add(key(a)));
            e.altLabels().forEach(a -> keys.add(key(a)));
            keys.add(key(e.prefLabel()));
            for (String k : keys) {
                String previous = owner.putIfAbsent(k, e.conceptIri());
                if (previous != null) clashes.add(k + ": " + previous + " and " + e.conceptIri());
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void theRequiredAbbreviationsExpandToExactlyTheirMeaning() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("UBND", "Ủy ban nhân dân"), Map.entry("HĐND", "Hội đồng nhân dân"),
                Map.entry("KHCN", "khoa học và công nghệ"), Map.entry("KH&CN", "khoa học và công nghệ"),
                Map.entry("ĐMST", "đổi mới sáng tạo"), Map.entry("CĐS", "chuyển đổi số"), Map.entry("CDS", "chuyển đổi số"),
                Map.entry("TTHC", "thủ tục hành chính"), Map.entry("DVCTT", "dịch vụ công trực tuyến"),
                Map.entry("DVC", "dịch vụ công"), Map.entry("CSDL", "cơ sở dữ liệu"),
                Map.entry("ATTT", "an toàn thông tin"), Map.entry("ANM", "an ninh mạng"),
                Map.entry("CNTT", "công nghệ thông tin"), Map.entry("BCĐ", "Ban Chỉ đạo"),
                Map.entry("MTTQ", "Mặt trận Tổ quốc Việt Nam"), Map.entry("CCHC", "cải cách hành chính"),
                Map.entry("TMĐT", "thương mại điện tử"), Map.entry("AI", "trí tuệ nhân tạo"), Map.entry("TTNT", "trí tuệ nhân tạo"),
                Map.entry("NQ", "Nghị quyết"), Map.entry("KH", "Kế hoạch"), Map.entry("CTr", "Chương trình"),
                Map.entry("TB", "Thông báo"), Map.entry("QĐ", "Quyết định"), Map.entry("NĐ", "Nghị định"),
                Map.entry("TTg", "Thủ tướng Chính phủ"), Map.entry("CP", "Chính phủ"), Map.entry("TU", "Tỉnh ủy"),
                Map.entry("HU", "Huyện ủy"), Map.entry("BTV", "Ban Thường vụ"), Map.entry("VH-XH", "Văn hóa - Xã hội"),
                Map.entry("VP HĐND-UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"));
        for (var e : expected.entrySet()) {
            assertEquals(Optional.of(e.getValue()), expansion(e.getKey()), e.getKey());
        }
        for (String present : List.of("BCĐTW", "VNeID", "KPI", "IoT", "5G", "ĐBSCL", "BĐS")) {
            assertTrue(expansion(present).isPresent(), present);
        }
    }

    @Test
    void bothToneMarkStylesAreListed() {
        List<String> missing = new ArrayList<>();
        for (Thesaurus.Entry e : entries) {
            Set<String> labels = new HashSet<>(e.altLabels());
            labels.add(e.prefLabel());
            for (String label : List.copyOf(labels)) {
                String other = otherToneStyle(label);
                if (!other.equals(label) && !labels.contains(other)) missing.add(label + " → " + other);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("Uỷ ban nhân dân", otherToneStyle("Ủy ban nhân dân"));
        assertEquals("Văn hoá - Xã hội", otherToneStyle("Văn hóa - Xã hội"));
        assertEquals("quý hoàn thành", otherToneStyle("quý hoàn thành"), "qu- and closed syllables have one style");
    }

    @Test
    void commaAndConjunctionSpellingsOfScienceAndTechnologyAreOneConcept() {
        Thesaurus.Entry khcn = entries.stream().filter(e -> e.abbreviations().contains("KHCN")).findFirst().orElseThrow();
        assertTrue(khcn.altLabels().contains("khoa học, công nghệ"));
        assertTrue(khcn.abbreviations().contains("KH&CN"));
    }

    @Test
    void labelsAreNfc() {
        for (Thesaurus.Entry e : entries) {
            List<String> all = new ArrayList<>(e.altLabels());
            all.addAll(e.abbreviations());
            all.add(e.prefLabel());
            for (String s : all) assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), s);
        }
    }

    private Optional<String> expansion(String abbreviation) {
        return entries.stream().filter(e -> e.abbreviations().contains(abbreviation)).map(Thesaurus.Entry::prefLabel).findFirst();
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    // An open syllable ending in oa, oe or uy (not after q), one tone mark on either vowel: the two styles differ only there.
    private static final Pattern OPEN_OA_OE_UY = Pattern.compile(
            "(?<![qQ\\p{L}\\p{M}])([^\\s\\p{Punct}]*?)([oO])([" + TONES + "]?)([aAeE])([" + TONES + "]?)(?![\\p{L}\\p{M}])"
            + "|(?<![\\p{L}\\p{M}])([^\\s\\p{Punct}]*?(?<![qQ]))([uU])([" + TONES + "]?)([yY])([" + TONES + "]?)(?![\\p{L}\\p{M}])");

    /** The same text with the tone of each open oa/oe/uy syllable moved to the other vowel ("hóa" ⇄ "hoá", "ủy" ⇄ "uỷ"). */
    static String otherToneStyle(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        Matcher m = OPEN_OA_OE_UY.matcher(nfd);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int g = m.group(2) != null ? 1 : 6;
            String onset = m.group(g), first = m.group(g + 1), tone1 = m.group(g + 2), second = m.group(g + 3), tone2 = m.group(g + 4);
            String replacement = m.group();
            if (tone1.isEmpty() != tone2.isEmpty() && !onset.matches(".*[" + TONES + "\\u0302\\u0306\\u031B].*")) {
                replacement = onset + first + tone2 + second + tone1;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }
}
