package vn.nq57.service.lineage;

import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.web.BadParameterException;

import java.util.List;
import java.util.Locale;

/**
 * The filters and page of a lineage-down request, validated: each bad value is a 400 naming its parameter.
 *
 * @param level a level name or null for all
 * @param type  {@code Task}, {@code Indicator}, {@code Document} or null for all
 * @param page  1-based
 */
public record DownFilter(String level, String type, int page, int size) {
    public static final List<String> TYPES = List.of("Task", "Indicator", EntityReader.DOCUMENT);
    public static final int DEFAULT_SIZE = 20, MAX_SIZE = 500;

    public static DownFilter parse(String level, String type, String page, String size) {
        return new DownFilter(level(level), type(type), number("page", page, 1, Integer.MAX_VALUE, 1),
                number("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
    }

    boolean matchesType(String itemType) {
        return type == null || type.equals(itemType);
    }

    boolean matchesLevel(String itemLevel) {
        return level == null || level.equals(itemLevel);
    }

    private static String level(String value) {
        if (value == null || value.isBlank()) return null;
        return Levels.named(value).map(l -> l.getLocalName()).orElseThrow(() -> new BadParameterException("level",
                "Parameter 'level' is '" + value + "'; use one of " + String.join(", ", Levels.NAMES),
                "Tham số 'level' là '" + value + "'; hãy dùng một trong các cấp " + String.join(", ", Levels.NAMES) + "."));
    }

    private static String type(String value) {
        if (value == null || value.isBlank()) return null;
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return TYPES.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new BadParameterException("type", "Parameter 'type' is '" + value
                        + "'; lineage down lists " + String.join(", ", TYPES), "Tham số 'type' là '" + value
                        + "'; nguồn gốc xuống chỉ liệt kê " + String.join(", ", TYPES) + "."));
    }

    private static int number(String parameter, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new BadParameterException(parameter, "Parameter '" + parameter + "' is '" + value + "'; give a whole number from "
                + min + (max == Integer.MAX_VALUE ? " up" : " to " + max), "Tham số '" + parameter + "' là '" + value
                + "'; hãy cho một số nguyên " + (max == Integer.MAX_VALUE ? "từ " + min + " trở lên." : "từ " + min + " đến " + max + "."));
    }
}
