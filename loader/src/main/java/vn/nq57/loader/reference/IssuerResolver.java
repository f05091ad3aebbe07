package vn.nq57.loader.reference;

import vn.nq57.loader.metadata.Area;
import vn.nq57.loader.metadata.IssuerNames;
import vn.nq57.loader.metadata.Levels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes an issuer named relative to the citing document: in a commune plan of Đồng Nai province
 * "UBND tỉnh" is "UBND tỉnh Đồng Nai", "Tỉnh ủy" is "Tỉnh ủy Đồng Nai", and "Ban Chỉ đạo" of a plan
 * numbered …/BCĐ is the commune's own steering committee.
 */
final class IssuerResolver {
    private static final Pattern LEVEL_WORD_AT_END = Pattern.compile("(?iu)(?<!\\p{L})(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)$");
    private static final Pattern COMMITTEE_AT_END = Pattern.compile("(?u)(?<!\\p{L})(Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy)$");

    private IssuerResolver() {}

    static String resolve(String phrase, DocumentNumber number, Area area) {
        String p = IssuerNames.normalise(phrase);
        if (p == null || p.isEmpty()) return null;
        Matcher level = LEVEL_WORD_AT_END.matcher(p);
        if (level.find()) {
            String name = areaName(level.group(1).toLowerCase(), area);
            return name == null ? p : p + " " + name;
        }
        Matcher committee = COMMITTEE_AT_END.matcher(p);
        if (committee.find()) {
            String name = switch (committee.group(1)) {
                case "Tỉnh ủy", "Thành ủy" -> area == null ? null : area.province();
                case "Huyện ủy" -> area == null ? null : area.district();
                default -> area == null ? null : area.commune();
            };
            return name == null ? p : p + " " + name;
        }
        if (p.equalsIgnoreCase("Ban Chỉ đạo") && number != null && number.issuerCode() != null) {
            if (number.issuerCode().toUpperCase().endsWith("TW")) return IssuerNames.CENTRAL_STEERING_COMMITTEE;
            if (area != null && Levels.COMMUNE.equals(area.level()) && area.commune() != null)
                return "Ban Chỉ đạo xã " + area.commune();
            if (area != null && Levels.PROVINCE.equals(area.level()) && area.province() != null)
                return "Ban Chỉ đạo tỉnh " + area.province();
        }
        return p;
    }

    private static String areaName(String levelWord, Area area) {
        if (area == null) return null;
        return switch (levelWord) {
            case "tỉnh", "thành phố" -> area.province();
            case "huyện", "quận", "thị xã" -> area.district();
            default -> area.commune();
        };
    }
}
