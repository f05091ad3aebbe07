package vn.nq57.loader.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vietnamese document number: party style {@code 57-NQ/TW}, state style {@code 92/KH-UBND}, three-part
 * {@code 193/2025/QH15} or {@code 180/2025/NĐ-CP}, official letters {@code 8002/BKHCN-VP} (no kind code; the
 * issuer code keeps its office suffix). A draft leaves the number blank ({@code Số: /KH-UBND}): {@code number} is null.
 *
 * @param number     the serial number as printed ("03"), or null when left blank
 * @param kindCode   "KH", "NQ", "CTr", "QĐ"…, or null when the number carries none (laws, official letters)
 * @param issuerCode "UBND", "TW", "BCĐTW", "CP", "QH15", "BKHCN-VP"
 * @param year       the year of a three-part number, else null
 * @param partyStyle true for {@code N-KIND/ISSUER}
 */
public record DocumentNumber(String number, String kindCode, String issuerCode, String year, boolean partyStyle) {

    /** A number found in a text, with its char offsets [start, end) and the text as printed there. */
    public record Found(DocumentNumber number, int start, int end, String raw) {}

    // A code: upper-case letters and digits, at most one trailing lower-case letter (CTr, TTg) that ends the word —
    // so a number glued to the next word ("57-NQ/TWcủa") stops before it.
    private static final String CODE = "\\p{Lu}[\\p{Lu}\\d&]+(?:\\p{Ll}(?!\\p{L}))?";
    /** Between a number's parts: spaces, and a speck a scan may leave there ("139/CĐ- ~TTg"); none is ever printed. */
    private static final String SEP = "\\s*(?:[~`^]\\s*)?";
    /** The ordinal: digits, and one letter a registry adds to tell apart documents given the same one ("30c/NQ-CP"). */
    private static final String ORDINAL = "\\d{1,5}[a-zđ]?";
    /** The Government or the Prime Minister written out where their code belongs ("107/2021/NĐ-Chính phủ"). */
    private static final String SPELLED_ISSUER = "(?iu:thủ\\s+tướng(?:\\s+chính\\s+phủ)?|chính\\s+phủ)(?!\\p{L})";
    private static final Pattern SPELLED = Pattern.compile(SPELLED_ISSUER);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{N}/])(?:"
            + "(?<n3>" + ORDINAL + ")" + SEP + "/" + SEP + "(?<y3>(?:19|20)\\d{2})" + SEP + "/" + SEP + "(?<a3>" + CODE + ")"
            + "(?:" + SEP + "-" + SEP + "(?<b3>" + SPELLED_ISSUER + "|" + CODE + "))?"
            + "|(?<np>" + ORDINAL + ")" + SEP + "-" + SEP + "(?<kp>" + CODE + ")" + SEP + "/" + SEP + "(?<ip>" + CODE + ")"
            + "|(?<ns>" + ORDINAL + ")" + SEP + "/" + SEP + "(?<ks>" + CODE + ")" + SEP + "(?<sep>[-/])" + SEP + "(?<is>" + SPELLED_ISSUER + "|" + CODE + ")"
            + "(?:" + SEP + "-" + SEP + "(?<os>" + CODE + "))?"
            + "|(?:(?<=[\\s:(])|^)/" + SEP + "(?<kb>" + CODE + ")" + SEP + "-" + SEP + "(?<ib>" + CODE + ")"
            + ")");

    /** Issuer codes of Party bodies: decides the style of an ambiguous {@code 11/CTr/BCĐ}. */
    private static final Pattern PARTY_ISSUER = Pattern.compile("TW|TU|HU|ĐU|QU|BCĐ.*|CQTTBCĐ|TGV|BTV.*|.*ĐU");

    /** The first number in {@code text}. */
    public static Optional<DocumentNumber> parse(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst().number());
    }

    /** Every number in {@code text}, in order, with char offsets. Numbers may span line breaks ("57 -\nNQ/TW"). */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        if (text.indexOf('/') < 0) return found;   // every form holds a slash
        // What Matcher.find would do, but the pattern is tried only where a number can start (an ASCII digit or a
        // slash): trying its four branches at every character was a tenth of parsing a document. The bounds are
        // transparent and not anchoring, so the look-behinds and "^" see the whole text as find does.
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if ((c == '/' || c >= '0' && c <= '9') && m.region(i, length).lookingAt()) {
                DocumentNumber n = of(m);
                if (n != null) found.add(new Found(n, m.start(), m.end(), text.substring(m.start(), m.end())));
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static DocumentNumber of(Matcher m) {
        if (m.group("n3") != null) {
            String a = m.group("a3"), b = issuerCode(m.group("b3"));
            return b == null ? new DocumentNumber(m.group("n3"), null, a, m.group("y3"), false)
                             : new DocumentNumber(m.group("n3"), a, b, m.group("y3"), false);
        }
        if (m.group("np") != null)
            return new DocumentNumber(m.group("np"), undoubled(m.group("kp")), m.group("ip"), null, true);
        if (m.group("ns") != null) {
            String k = undoubled(m.group("ks")), i = issuerCode(m.group("is")), office = m.group("os");
            if (m.group("sep").equals("/"))   // 11/CTr/BCĐ: a party number written with two slashes
                return new DocumentNumber(m.group("ns"), k, i, null, PARTY_ISSUER.matcher(i).matches());
            if (DocumentKind.ofCode(k).isEmpty())   // 8002/BKHCN-VP: an official letter, issuer-office
                return new DocumentNumber(m.group("ns"), null, k + "-" + i + (office == null ? "" : "-" + office), null, false);
            return new DocumentNumber(m.group("ns"), k, office == null ? i : i + "-" + office, null, false);
        }
        String k = m.group("kb");
        if (DocumentKind.ofCode(k).isEmpty()) return null;   // "/ABC-XYZ" after a blank is not a number
        return new DocumentNumber(null, k, m.group("ib"), null, false);
    }

    /** The code an issuer written out stands for ("Chính phủ": CP, "Thủ tướng Chính phủ": TTg); a code as it is. */
    private static String issuerCode(String printed) {
        if (printed == null || !SPELLED.matcher(printed).matches()) return printed;
        return Character.toLowerCase(printed.charAt(0)) == 't' ? "TTg" : "CP";
    }

    /**
     * A kind code with one letter doubled, as a scan reads it ("QĐĐ" for QĐ, "KHH" for KH), in its known form; no
     * kind code doubles a letter, so any other code is returned as it is.
     */
    static String undoubled(String code) {
        if (code == null || DocumentKind.ofCode(code).isPresent()) return code;
        for (int i = 1; i < code.length(); i++) {
            if (code.charAt(i) != code.charAt(i - 1)) continue;
            String once = code.substring(0, i) + code.substring(i + 1);
            if (DocumentKind.ofCode(once).isPresent()) return once;
        }
        return code;
    }

    /** True when the serial number was left blank (a draft). */
    public boolean blank() { return number == null; }

    /** The kind the code denotes, if it is a known one. */
    public Optional<DocumentKind> kind() { return DocumentKind.ofCode(kindCode); }

    /** The form to print: "57-NQ/TW", "92/KH-UBND", "193/2025/QH15", "180/2025/NĐ-CP", "/KH-UBND" for a blank. */
    public String canonical() {
        String n = number == null ? "" : number;
        // a known kind code in its usual spelling: "CTR" printed in a title in capitals is "CTr"
        String kindCode = kind().map(DocumentKind::code).filter(c -> c.equalsIgnoreCase(this.kindCode)).orElse(this.kindCode);
        String issuerCode = usualSpelling(this.issuerCode);
        if (year != null) return n + "/" + year + "/" + (kindCode == null ? issuerCode : kindCode + "-" + issuerCode);
        if (kindCode == null) return n + "/" + issuerCode;
        return partyStyle ? n + "-" + kindCode + "/" + issuerCode : n + "/" + kindCode + "-" + issuerCode;
    }

    /** Issuer codes whose usual spelling has a lower-case letter, by their spelling in capitals ("TTG": Thủ tướng). */
    private static final java.util.Map<String, String> MIXED_CASE_ISSUERS = java.util.Map.of("TTG", "TTg");

    /** {@code code} with each of its parts ("TTG", "TTG-KGVX") in its usual spelling: a title in capitals prints "TTG". */
    private static String usualSpelling(String code) {
        if (code == null) return null;
        StringBuilder out = new StringBuilder();
        for (String part : code.split("-", -1)) {
            if (!out.isEmpty()) out.append('-');
            out.append(MIXED_CASE_ISSUERS.getOrDefault(part, part));
        }
        return out.toString();
    }

    /**
     * Identity regardless of how it was printed: 03/NQ-CP, 03-NQ/CP and 3/NQ-CP share a key. Null for a blank
     * number, which identifies nothing.
     */
    public String key() {
        if (number == null) return null;
        String n = number.replaceFirst("^0+(?=\\d)", "");
        return n + "|" + upper(kindCode) + "|" + upper(issuerCode) + "|" + (year == null ? "" : year);
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replace('Ð', 'Đ');
    }

    @Override
    public String toString() { return canonical(); }
}
