package vn.nq57.loader.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The administrative level of an issuing body (local names of the NQ Levels scheme), from its name or, failing
 * that, from the issuer code of a document number.
 */
public final class Levels {
    public static final String CENTRAL = "central", MINISTRY = "ministry", PROVINCE = "province",
            DISTRICT = "district", COMMUNE = "commune";

    // Order matters: "Bộ Chính trị" is central before "Bộ …" is a ministry; "xã" before "tỉnh" ("Ban Chỉ đạo xã").
    // A city under the centre has a Thành ủy, the Party committee of a province's rank ("Ban Thường vụ Thành ủy Hải Phòng").
    private static final List<Map.Entry<Pattern, String>> BY_NAME = List.of(
            Map.entry(words("bộ chính trị|ban bí thư|trung ương|chính phủ|thủ tướng|quốc hội|ban chấp hành trung ương"
                    + "|(?:ủy|uỷ) ban quốc gia|ban chỉ đạo quốc gia|hội đồng quốc gia"), CENTRAL),
            Map.entry(words("xã|phường|đặc khu|thị trấn"), COMMUNE),
            Map.entry(words("huyện|huyện ủy|huyện uỷ|quận|thị xã"), DISTRICT),
            Map.entry(words("tỉnh|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|thành phố|sở"), PROVINCE),
            // a ministry's department ("Vụ Pháp chế"), not a Party committee's standing board ("Ban Thường vụ …")
            Map.entry(words("bộ|bộ trưởng|cục|(?<!thường )vụ"), MINISTRY));

    private static final List<Map.Entry<Pattern, String>> BY_CODE = List.of(
            Map.entry(Pattern.compile("TW|BCĐTW|CQTTBCĐ|CP|TTG|QH\\d*|VPCP|TGV|BBT|BCT"), CENTRAL),
            Map.entry(Pattern.compile("TU|S[A-ZĐ]{2,}(-.*)?"), PROVINCE),
            Map.entry(Pattern.compile("HU"), DISTRICT),
            Map.entry(Pattern.compile("B[A-ZĐ]{1,6}(-.*)?"), MINISTRY));

    private Levels() {}

    /** Level of a named body ("UBND xã Tân Lợi" → commune, "Bộ Tư pháp" → ministry), or null. */
    public static String ofName(String issuer) {
        if (issuer == null) return null;
        String s = issuer.toLowerCase(Locale.ROOT);
        for (var e : BY_NAME) if (e.getKey().matcher(s).find()) return e.getValue();
        return null;
    }

    /** Level implied by an issuer code ("TU" → province); null for codes every level uses (UBND, BCĐ). */
    public static String ofCode(String issuerCode) {
        if (issuerCode == null) return null;
        String c = issuerCode.toUpperCase(Locale.ROOT);
        if (c.startsWith("BCĐ") && !c.equals("BCĐTW")) return null;   // a steering committee of any level
        for (var e : BY_CODE) if (e.getKey().matcher(c).matches()) return e.getValue();
        return null;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})");
    }
}
