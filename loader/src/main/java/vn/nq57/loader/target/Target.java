package vn.nq57.loader.target;

import java.math.BigDecimal;

/**
 * An indicator's target as printed ("≥ 60", "66% đến 70%", "Liên thông") and what it says.
 *
 * @param comparator "≥", "≤", "=", "range" (value..max) or "text" (no number: "Đạt", "Liên thông")
 * @param value      the number, or the lower bound of a range; null for text
 * @param max        the upper bound of a range, else null
 * @param unitHint   "%" or the words beside the number ("Mức độ"), else null
 */
public record Target(String raw, String comparator, BigDecimal value, BigDecimal max, String unitHint) {
    public static final String AT_LEAST = "≥", AT_MOST = "≤", EQUALS = "=", RANGE = "range", TEXT = "text";
}
