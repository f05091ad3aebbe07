package vn.nq57.loader.metadata;

import vn.nq57.loader.unit.UnitNames;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issuer names in one written form: "Ủy ban nhân dân xã Cao Minh" and "UBND xã Cao Minh" alike → "UBND xã Cao Minh". */
public final class IssuerNames {
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("(?iu)^(?:ủy|uỷ) ban nhân dân(?=\\s|$)");
    private static final Pattern HEADER = Pattern.compile(
            "(?u)^(?:ỦY|UỶ) BAN NHÂN DÂN\\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)(?:\\s+(.+))?$");

    private IssuerNames() {}

    /** Whitespace collapsed, "Ủy ban nhân dân" shortened to "UBND", tone marks in the traditional place ("uỷ" → "ủy"). */
    public static String normalise(String name) {
        if (name == null) return null;
        String s = name.replaceAll("\\s+", " ").strip().replaceAll("[\\s,;:.]+$", "");
        s = PEOPLES_COMMITTEE.matcher(s).replaceFirst("UBND");
        return UnitNames.traditionalTones(s);
    }

    /**
     * An upper-case header ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "BỘ TƯ PHÁP") in running-text case: people's
     * committees are rebuilt ("UBND tỉnh Quảng Ngãi"); other bodies take the spelling the body text uses, else
     * a capital on the first word only.
     */
    public static String fromHeader(String upper, String body) {
        String h = upper.replaceAll("\\s+", " ").strip();
        Matcher m = HEADER.matcher(h);
        if (m.matches())
            return "UBND " + m.group(1).toLowerCase(java.util.Locale.of("vi"))
                    + (m.group(2) == null ? "" : " " + PlaceNames.titleCase(m.group(2)));
        Matcher inBody = Pattern.compile("(?iu)" + Pattern.quote(h).replace(" ", "\\E\\s+\\Q")).matcher(body);
        while (inBody.find()) {
            String written = inBody.group();
            if (!PlaceNames.isUpperCase(written)) return normalise(written);
        }
        String lower = h.toLowerCase(java.util.Locale.of("vi"));
        return normalise(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
}
