package vn.nq57.loader.reference;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of policy document: the code printed inside a number ("KH" in 92/KH-UBND), the Vietnamese words that
 * name the kind in running text, and the local name of the ontology class ({@code vn.nq57.ontology.NQ}).
 */
public enum DocumentKind {
    PLAN("Plan", List.of("KH"), List.of("Kế hoạch hành động", "Kế hoạch")),
    RESOLUTION("Resolution", List.of("NQ"), List.of("Nghị quyết")),
    ACTION_PROGRAMME("ActionProgramme", List.of("CTr"), List.of("Chương trình hành động", "Chương trình công tác", "Chương trình")),
    NOTICE("Notice", List.of("TB", "KL"), List.of("Thông báo kết luận", "Thông báo", "Kết luận")),
    DECISION("Decision", List.of("QĐ"), List.of("Quyết định")),
    REGULATION("Regulation", List.of("QC"), List.of("Quy chế", "Quy định")),
    SCHEME("Scheme", List.of("ĐA"), List.of("Đề án")),
    OFFICIAL_LETTER("OfficialLetter", List.of("CV"), List.of("Công văn", "văn bản")),
    SUBMISSION("Submission", List.of("TTr"), List.of("Tờ trình")),
    DECREE("Decree", List.of("NĐ"), List.of("Nghị định")),
    DIRECTIVE("Directive", List.of("CT"), List.of("Chỉ thị")),
    LAW("Law", List.of(), List.of("Luật")),
    REPORT("Report", List.of("BC"), List.of("Báo cáo")),
    CIRCULAR("Circular", List.of("TT"), List.of("Thông tư")),
    GUIDANCE("Guidance", List.of("HD"), List.of("Hướng dẫn")),
    TELEGRAM("Telegram", List.of("CĐ"), List.of("Công điện")),
    APPENDIX("Appendix", List.of("PL"), List.of("Phụ lục")),
    /** A document whose kind the text does not state: plain PolicyDocument, no code (never guessed). */
    OTHER("PolicyDocument", List.of(), List.of());

    private final String className;
    private final List<String> codes;
    private final List<String> words;

    DocumentKind(String className, List<String> codes, List<String> words) {
        this.className = className;
        this.codes = codes;
        this.words = words;
    }

    /** Local name of the ontology class, e.g. "Plan". */
    public String className() { return className; }

    /** The code printed in numbers ("KH"), or null for kinds that have none (laws). */
    public String code() { return codes.isEmpty() ? null : codes.getFirst(); }

    /** Words naming this kind in text, longest first ("Kế hoạch hành động", "Kế hoạch"). */
    public List<String> words() { return words; }

    /** The kind a number's code denotes; "Qđ" and "QĐ" alike. QĐ is ambiguous (decision / regulation): decision. */
    public static Optional<DocumentKind> ofCode(String code) {
        if (code == null) return Optional.empty();
        String c = fold(code);
        for (DocumentKind k : values())
            for (String kc : k.codes) if (fold(kc).equals(c)) return Optional.of(k);
        return Optional.empty();
    }

    /** The kind named by the words at the start of {@code text} ("Kế hoạch số …", "KẾ HOẠCH"), case-insensitive. */
    public static Optional<DocumentKind> ofLeadingWords(String text) {
        String original = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        String t = fold(original);
        DocumentKind best = null;
        int bestLen = 0;
        for (DocumentKind k : values())
            for (String w : k.words) {
                String fw = fold(w);
                // a heading may be glued to the next upper-case word ("KẾ HOẠCHDỰ THẢO"), a word may not ("Luật" ≠ "Luật sư")
                if (fw.length() > bestLen && t.startsWith(fw)
                        && (t.length() == fw.length() || !Character.isLowerCase(original.charAt(fw.length())))) {
                    best = k;
                    bestLen = fw.length();
                }
            }
        return Optional.ofNullable(best);
    }

    /** The kind whose words end {@code text} ("… của Kế hoạch" → PLAN; "Luật Khoa học … số" is handled by callers). */
    public static Optional<DocumentKind> ofTrailingWords(String text) {
        String t = fold(text.strip());
        DocumentKind best = null;
        int bestLen = 0;
        for (DocumentKind k : values())
            for (String w : k.words) {
                String fw = fold(w);
                if (fw.length() > bestLen && t.endsWith(fw)
                        && (t.length() == fw.length() || !Character.isLetter(t.charAt(t.length() - fw.length() - 1)))) {
                    best = k;
                    bestLen = fw.length();
                }
            }
        return Optional.ofNullable(best);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ð', 'đ');
    }
}
