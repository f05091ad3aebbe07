package vn.nq57.loader.unit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A responsible head as a task table names it: "Trưởng phòng Văn hóa - Xã hội" is the post, and "Phòng Văn hóa -
 * Xã hội" the unit it heads. {@code unit} is null when the label names no unit ("Chủ tịch").
 */
public record Post(String label, String unit) {
    /** Titles that fuse with the unit type: "Trưởng phòng X" heads "Phòng X". */
    private static final Pattern FUSED = Pattern.compile(
            "(?iu)^(?:phó\\s+)?trưởng\\s+(phòng|ban|trạm|khoa|đoàn|tổ|đài|phân xưởng)\\s+(\\S.*)$");
    /** Titles followed by the unit's full name: "Giám đốc Trung tâm …", "Chánh Văn phòng …". */
    private static final List<String> TITLES = List.of(
            "Bộ trưởng", "Thứ trưởng", "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Giám đốc", "Phó Chánh", "Chánh", "Phó Trưởng", "Trưởng",
            "Thủ trưởng", "Phó Bí thư", "Bí thư", "Chỉ huy trưởng", "Hiệu trưởng", "Cục trưởng", "Vụ trưởng",
            "Viện trưởng", "Trạm trưởng", "Tổng Giám đốc", "Người đứng đầu");

    public static Optional<Post> parse(String head) {
        if (head == null || head.isBlank()) return Optional.empty();
        String h = head.replaceAll("\\s+", " ").strip().replaceAll("[.;,]+$", "");
        Matcher fused = FUSED.matcher(h);
        if (fused.matches()) {
            String type = fused.group(1);
            return Optional.of(new Post(h, Character.toUpperCase(type.charAt(0)) + type.substring(1).toLowerCase() + " " + fused.group(2)));
        }
        for (String title : TITLES) {
            if (h.regionMatches(true, 0, title, 0, title.length())) {
                String rest = h.substring(title.length()).strip();
                if (rest.startsWith("các ") || rest.isEmpty()) return Optional.of(new Post(h, null));
                return Optional.of(new Post(h, Character.toUpperCase(rest.charAt(0)) + rest.substring(1)));
            }
        }
        return Optional.of(new Post(h, null));
    }
}
