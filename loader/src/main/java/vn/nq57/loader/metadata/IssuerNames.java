package vn.nq57.loader.metadata;

import vn.nq57.loader.read.Spaces;
import vn.nq57.loader.unit.UnitNames;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issuer names in one written form: "Ủy ban nhân dân xã Cao Minh" and "UBND xã Cao Minh" alike → "UBND xã Cao Minh". */
public final class IssuerNames {
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("(?iu)^(?:ủy|uỷ) ban nhân dân(?=\\s|$)");
    private static final Pattern HEADER = Pattern.compile(
            "(?u)^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)(?:\\s+(.+))?$");

    /**
     * A body's term of office, "khóa XX" ("Ban Thường vụ Tỉnh ủy khóa XX", "Quốc hội khóa XV", "khoá 15"): it says which
     * term issued a document, it is no part of the body's name (the citation's quote keeps it).
     */
    public static final String TERM = "(?iu:khóa|khoá)\\s+(?i:[ivxlc]{1,7}|\\d{1,2})(?![\\p{L}\\d])";
    private static final Pattern TRAILING_TERM = Pattern.compile("(?u)\\s*\\(?\\s*(?<![\\p{L}])" + TERM + "\\s*\\)?$");

    /** How documents of the centre cite the central steering committee, whose numbers end "/BCĐTW". */
    public static final String CENTRAL_STEERING_COMMITTEE = "Ban Chỉ đạo Trung ương";

    private IssuerNames() {}

    /**
     * The body an issuer code spells out where the text names it by that code alone: "BCĐTW" (Ban Chỉ đạo + Trung
     * ương) is the central steering committee; null for every other code (a code names no body by itself).
     */
    public static String ofSteeringCode(String issuerCode) {
        if (issuerCode == null) return null;
        String c = issuerCode.toUpperCase(Locale.ROOT);
        return c.startsWith("BCĐ") && c.endsWith("TW") ? CENTRAL_STEERING_COMMITTEE : null;
    }

    /**
     * The one body of the nation an issuer code names by itself, for a document whose header names none: "BCĐTW" the
     * central steering committee ({@link #ofSteeringCode}), "TTg" the Prime Minister, "CP" the Government (the codes
     * of Decree 30/2020/NĐ-CP's examples, which no other body uses); null for every other code, which a body shares
     * with others of its kind ("UBND", "BTP" and "TW" alike: which committee, which of the Party's central bodies).
     */
    public static String ofNationalCode(String issuerCode) {
        if (issuerCode == null) return null;
        return switch (issuerCode) {
            case "TTg" -> "Thủ tướng Chính phủ";
            case "CP" -> "Chính phủ";
            default -> ofSteeringCode(issuerCode);
        };
    }

    /**
     * Whether the header's names are only the organisation above the issuing body ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG
     * BỘ TỈNH …"), as a web copy gives a Party header that lost the body's own line: such an organisation issues
     * nothing under its committee's number, so the header does not name the issuer.
     */
    public static boolean onlyParentLines(List<String> headerNames) {
        return !headerNames.isEmpty() && headerNames.stream()
                .allMatch(l -> PARTY_ORGANISATION.matcher(Spaces.collapse(l).strip()).find());
    }

    /** Whitespace collapsed, "Ủy ban nhân dân" shortened to "UBND", tone marks in the traditional place ("uỷ" → "ủy"),
     * a term of office at the end left out ("Ban Thường vụ Tỉnh ủy khóa XX" → "Ban Thường vụ Tỉnh ủy"). */
    public static String normalise(String name) {
        if (name == null) return null;
        String s = Spaces.collapse(name).strip().replaceAll("[\\s,;:.]+$", "");
        s = TRAILING_TERM.matcher(s).replaceFirst("");
        s = PEOPLES_COMMITTEE.matcher(s).replaceFirst("UBND");
        return UnitNames.traditionalTones(s);
    }

    /**
     * An upper-case header ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "BỘ TƯ PHÁP") in running-text case: people's
     * committees are rebuilt ("UBND tỉnh Quảng Ngãi"); other bodies take the spelling the body text uses, else
     * a capital on the first word only.
     */
    public static String fromHeader(String upper, String body) {
        String h = Spaces.collapse(upper).strip();
        Matcher m = HEADER.matcher(h);
        if (m.matches())
            return "UBND " + m.group(1).toLowerCase(java.util.Locale.of("vi"))
                    + (m.group(2) == null ? "" : " " + PlaceNames.titleCase(m.group(2)));
        Matcher inBody = Pattern.compile("(?iu)" + Pattern.quote(h).replace(" ", "\\E\\s+\\Q")).matcher(body);
        while (inBody.find()) {
            String written = inBody.group();
            if (!PlaceNames.isUpperCase(written)) return normalise(written);
        }
        return normalise(runningCase(h));
    }

    /**
     * The issuer of a header printed over several lines: one body wrapped ("ỦY BAN NHÂN DÂN" / "XÃ TÂN LỢI"), or an
     * office under its parent ("ĐẢNG ỦY CHÍNH PHỦ" / "VĂN PHÒNG" → "Văn phòng Đảng ủy Chính phủ").
     */
    public static String ofHeaderLines(List<String> lines, String body) {
        List<String> upperLines = ownLines(lines.stream().map(l -> Spaces.collapse(l).strip()).toList());
        if (upperLines.size() >= 2) {
            String last = Spaces.collapse(upperLines.getLast()).strip();
            if (OFFICE.matcher(last).find()) {
                String parent = fromHeader(String.join(" ", upperLines.subList(0, upperLines.size() - 1)), body);
                String office = fromHeader(last, body);
                return normalise(office + " " + parent.replaceFirst("^UBND ", ""));
            }
        }
        return fromHeader(String.join(" ", upperLines), body);
    }

    /**
     * The lines that name the issuing body itself (Decree 30/2020/NĐ-CP, Appendix I: the body, under the body it
     * answers to, if any). Parents printed above it are left out when the body's own lines name its place: "TỈNH NGHỆ
     * AN" / "HUYỆN DIỄN CHÂU" above "ỦY BAN NHÂN DÂN XÃ DIỄN KỶ", "ĐẢNG BỘ TỈNH THANH HÓA" above "ĐẢNG ỦY XÃ HOẰNG ĐẠO";
     * so are the places printed under a body that has named its own ("XÃ MỸ AN" / "HUYỆN THÁP MƯỜI, TỈNH ĐỒNG
     * THÁP"). A parent is kept when the body is named without a place ("ĐẢNG BỘ TỈNH BẮC NINH" / "BAN THƯỜNG VỤ").
     */
    static List<String> ownLines(List<String> lines) {
        int start = 0;
        while (start < lines.size() && (PLACE_LINE.matcher(lines.get(start)).matches()
                || PARTY_ORGANISATION.matcher(lines.get(start)).find())) start++;
        if (start == lines.size() || !NAMED_PLACE.matcher(String.join(" ", lines.subList(start, lines.size()))).find()
                && !HOSTED_PARTY_BODY.matcher(lines.get(start)).find())
            start = 0;
        List<String> own = new java.util.ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            if (!own.isEmpty() && PLACE_LINE.matcher(line).matches()
                    && NAMED_PLACE.matcher(String.join(" ", own)).find()) continue;
            own.add(line);
        }
        return own;
    }

    private static final String CAPS_LEVEL = "(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)";
    /** A level word and a name, not a Party committee ("TỈNH ỦY") nor "XÃ HỘI" (society). */
    private static final String CAPS_PLACE = CAPS_LEVEL + "\\s+(?!(?:ỦY|UỶ|HỘI)(?![\\p{L}\\p{M}]))[\\p{Lu}\\p{N}]";
    /** A line of places only: "TỈNH NGHỆ AN", "HUYỆN THÁP MƯỜI, TỈNH ĐỒNG THÁP". */
    private static final Pattern PLACE_LINE = Pattern.compile("(?u)^" + CAPS_PLACE + "[\\p{Lu}\\p{N}\\p{M} ]*"
            + "(?:\\s*[,–-]\\s*" + CAPS_PLACE + "[\\p{Lu}\\p{N}\\p{M} ]*)*$");
    /** A place named in capitals anywhere in a line. */
    private static final Pattern NAMED_PLACE = Pattern.compile("(?u)(?<![\\p{L}\\p{M}])" + CAPS_PLACE);
    /**
     * The Party organisation above the body that issues (Hướng dẫn 36-HD/VPTW, the header's left column): "ĐẢNG BỘ
     * TỈNH THANH HÓA" above its committee, "BAN CHẤP HÀNH TRUNG ƯƠNG" above a Party delegation of the centre.
     */
    private static final Pattern PARTY_ORGANISATION = Pattern.compile("(?u)^(?:ĐẢNG BỘ\\s|BAN CHẤP HÀNH TRUNG ƯƠNG$)");
    /**
     * A Party body that names the organ it sits in, and so needs no parent: "ĐẢNG ĐOÀN QUỐC HỘI", "BAN CÁN SỰ ĐẢNG BỘ
     * TƯ PHÁP", "ĐẢNG ỦY CHÍNH PHỦ".
     */
    private static final Pattern HOSTED_PARTY_BODY =
            Pattern.compile("(?u)^(?:ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|ĐẢNG (?:ỦY|UỶ))\\s+\\p{Lu}");

    /** Upper-case words in the case of running text: the first word capitalised, bodies and places as they are written. */
    static String runningCase(String upper) {
        StringBuilder words = new StringBuilder();
        for (String w : upper.split("(?<=\\s)|(?=\\s)"))     // spaces kept as they are
            words.append(ABBREVIATION.matcher(w).matches() ? w : w.toLowerCase(Locale.of("vi")));
        String s = words.toString();
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        for (String proper : PROPER)
            s = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(proper) + "(?!\\p{L})").matcher(s)
                    .replaceAll(Matcher.quoteReplacement(proper));
        // the first syllable of each element of an institution's name: "Bộ Khoa học và Công nghệ", "Ban Tuyên giáo"
        Matcher org = ORG_NAME.matcher(s);
        StringBuilder named = new StringBuilder();
        while (org.find()) org.appendReplacement(named, Matcher.quoteReplacement(org.group(1) + capital(org.group(2))));
        org.appendTail(named);
        s = named.toString();
        Matcher place = PLACE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (place.find()) place.appendReplacement(out, Matcher.quoteReplacement(place.group(1) + " " + PlaceNames.titleCase(place.group(2))));
        place.appendTail(out);
        return out.toString();
    }

    /**
     * An abbreviation in a name in capitals ("KHCN", "ĐMST", "CĐS", "KH&CN", "UBND", "HĐND"), kept in capitals: letters
     * without a vowel, which no Vietnamese syllable is, or a committee's initials; a comma or bracket after it allowed.
     */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?u)^\\(?(?:(?:[\\p{Lu}&&[^AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]]|&){2,}"
            + "|UBND|HĐND|UBMTTQ|UBKT)[,;:)]*$");

    private static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static final Pattern ORG_NAME = Pattern.compile(
            "(?u)((?:^|(?<=\\s))(?:Bộ|Sở|Ban|Phòng|Cục|Chi cục|Vụ|Trung tâm|Văn phòng)\\s+|\\s+và\\s+)(\\p{Ll}\\p{L}*)");

    /** Offices printed under their parent body in a two-line header. */
    private static final Pattern OFFICE = Pattern.compile("(?u)^(?:VĂN PHÒNG|SỞ|BAN|PHÒNG|CỤC|CHI CỤC|VỤ|TRUNG TÂM|THANH TRA)(?!\\p{L})");
    /** Names of bodies written with capitals inside (Vietnamese orthography for the names of institutions). */
    private static final List<String> PROPER = List.of("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư",
            "Chính phủ", "Trung ương", "Quốc hội", "Đảng ủy", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Ban Chấp hành",
            "Ban Thường vụ", "Ban Chỉ đạo", "Văn phòng", "Mặt trận Tổ quốc", "Việt Nam", "Đảng bộ", "Thủ tướng");
    private static final Pattern PLACE = Pattern.compile("(?u)(?<!\\p{L})(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|(?:Tỉnh|Thành|Huyện) ủy)\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3})$");
}
