package vn.nq57.service.search;

import vn.nq57.search.index.EntityType;
import vn.nq57.search.index.SearchRequest;
import vn.nq57.service.web.BadParameterException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns the search API's request parameters into a {@link SearchRequest}, naming any parameter it cannot use. */
final class SearchParameters {

    static final int MAX_PAGE_SIZE = 100;
    /** The most rows a download holds. */
    static final int MAX_EXPORT_ROWS = 10_000;
    private static final Set<String> LEVELS = Set.of("central", "ministry", "province", "district", "commune");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

    private SearchParameters() {}

    /**
     * The request the search API's parameters ask for. {@code type} … {@code unit} hold every value given of each
     * (a parameter repeated: {@code province=Đồng Nai&province=Bắc Ninh}); blank values are left out.
     *
     * @throws BadParameterException 400 naming the first parameter that cannot be used
     */
    static SearchRequest request(String q, List<String> type, List<String> level, List<String> province,
                                 List<String> issuer, List<String> document, List<String> unit, String deadlineFrom,
                                 String deadlineTo, String completed, String page, String size, boolean download) {
        checkLength("q", q);
        checkLength("province", province);
        checkLength("issuer", issuer);
        checkLength("document", document);
        checkLength("unit", unit);
        int pageNumber = integer("page", page, 1, 1, Integer.MAX_VALUE / MAX_EXPORT_ROWS);
        int pageSize = download
                ? integer("size", size, MAX_EXPORT_ROWS, 1, MAX_EXPORT_ROWS)
                : integer("size", size, SearchRequest.DEFAULT_SIZE, 0, MAX_PAGE_SIZE);
        SearchRequest r = SearchRequest.of(q).withPage(pageNumber).withSize(pageSize)
                .withTypes(each(type, SearchParameters::type))
                .withLevels(each(level, SearchParameters::level))
                .withProvinces(each(province, SearchParameters::blankToNull))
                .withIssuers(each(issuer, SearchParameters::blankToNull))
                .withDocuments(each(document, SearchParameters::blankToNull))
                .withUnits(each(unit, SearchParameters::blankToNull))
                .withDeadline(day("deadlineFrom", deadlineFrom, false), day("deadlineTo", deadlineTo, true))
                .withCompleted(bool("completed", completed));
        if (r.deadlineFrom() != null && r.deadlineTo() != null && r.deadlineFrom().isAfter(r.deadlineTo()))
            throw new BadParameterException("deadlineTo", "Parameter 'deadlineTo' (" + r.deadlineTo()
                    + ") is before 'deadlineFrom' (" + r.deadlineFrom() + ")", "Tham số 'deadlineTo' (" + r.deadlineTo()
                    + ") ở trước 'deadlineFrom' (" + r.deadlineFrom() + "); hạn cuối của khoảng phải từ ngày đầu trở đi.");
        return r;
    }

    /**
     * Every value of a parameter the request gives, as sent: a repeated parameter gives several. Read from the
     * request itself because Spring's conversion of one value to a list splits it at commas, and names hold commas
     * ("UBND xã Mỹ An, huyện Tháp Mười").
     */
    static List<String> values(jakarta.servlet.http.HttpServletRequest http, String name) {
        String[] values = http.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** The most values one filter parameter may repeat. */
    static final int MAX_VALUES = 50;

    /** Each value parsed; null results (blank values) left out. */
    private static <T> List<T> each(List<String> values, java.util.function.Function<String, T> parse) {
        if (values == null) return List.of();
        return values.stream().map(parse).filter(java.util.Objects::nonNull).toList();
    }

    /** @throws BadParameterException 400 naming the parameter when a value is too long or it has too many values */
    static void checkLength(String name, List<String> values) {
        if (values == null) return;
        if (values.size() > MAX_VALUES)
            throw new BadParameterException(name, "Parameter '" + name + "' is given " + values.size()
                    + " times; at most " + MAX_VALUES + " values are accepted", "Tham số '" + name + "' được gửi "
                    + values.size() + " lần; chỉ nhận tối đa " + MAX_VALUES + " giá trị.");
        values.forEach(v -> checkLength(name, v));
    }

    /** The longest text a parameter may hold, in characters. */
    static final int MAX_LENGTH = 1000;

    /** @throws BadParameterException 400 naming the parameter when its value is longer than {@link #MAX_LENGTH} */
    static void checkLength(String name, String value) {
        if (value != null && value.length() > MAX_LENGTH)
            throw new BadParameterException(name, "Parameter '" + name + "' is " + value.length()
                    + " characters long; at most " + MAX_LENGTH + " are accepted", "Tham số '" + name + "' dài "
                    + value.length() + " ký tự; chỉ nhận tối đa " + MAX_LENGTH + " ký tự.");
    }

    static EntityType type(String type) {
        if (type == null || type.isBlank()) return null;
        String types = Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.joining(", "));
        return EntityType.parse(type).orElseThrow(() -> new BadParameterException("type",
                "Parameter 'type' is '" + type + "'; use one of " + types,
                "Tham số 'type' là '" + type + "'; hãy dùng một trong các giá trị " + types
                        + " (nhiệm vụ, chỉ tiêu, văn bản, cơ quan/đơn vị)."));
    }

    /** Levels by their Vietnamese names (NFC, lower case). */
    private static final java.util.Map<String, String> LEVEL_NAMES = java.util.Map.of(
            "trung ương", "central", "bộ", "ministry", "bộ, ngành", "ministry", "tỉnh", "province",
            "thành phố", "province", "huyện", "district", "xã", "commune", "phường", "commune");

    /** A level by name (any case or Unicode form), Vietnamese name ("xã") or IRI (…/ontology#commune). */
    private static String level(String level) {
        if (level == null || level.isBlank()) return null;
        String l = java.text.Normalizer.normalize(level.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        l = l.substring(Math.max(l.lastIndexOf('#'), l.lastIndexOf('/')) + 1);
        l = LEVEL_NAMES.getOrDefault(l, l);
        if (!LEVELS.contains(l))
            throw new BadParameterException("level", "Parameter 'level' is '" + level + "'; use one of "
                    + String.join(", ", LEVELS.stream().sorted().toList()), "Tham số 'level' là '" + level
                    + "'; hãy dùng một trong các cấp " + String.join(", ", LEVELS.stream().sorted().toList())
                    + " (hoặc tên tiếng Việt: trung ương, bộ, tỉnh, huyện, xã).");
        return l;
    }

    static int integer(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw new BadParameterException(name, "Parameter '" + name + "' is '" + value + "'; it must be a whole number from "
                + min + " to " + max, "Tham số '" + name + "' là '" + value + "'; phải là số nguyên từ " + min + " đến " + max + ".");
    }

    /** A day (2026-06-30) or a quarter (2026-Q2: its first day, or its last when {@code end}). */
    private static LocalDate day(String name, String value, boolean end) {
        if (value == null || value.isBlank()) return null;
        Matcher quarter = QUARTER.matcher(value.strip());
        if (quarter.matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
            return end ? first.plusMonths(3).minusDays(1) : first;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "Parameter '" + name + "' is '" + value
                    + "'; give a day as 2026-06-30 or a quarter as 2026-Q2", "Tham số '" + name + "' là '" + value
                    + "'; hãy ghi ngày theo dạng 2026-06-30 hoặc quý theo dạng 2026-Q2.");
        }
    }

    /** A true/false parameter with a default when absent. */
    static boolean flag(String name, String value, boolean absent) {
        Boolean b = bool(name, value);
        return b == null ? absent : b;
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) return null;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new BadParameterException(name, "Parameter '" + name + "' is '" + value + "'; use true or false",
                    "Tham số '" + name + "' là '" + value + "'; hãy dùng true (có) hoặc false (không).");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
