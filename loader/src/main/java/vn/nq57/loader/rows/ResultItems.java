package vn.nq57.loader.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an expected-output cell into its items: one per line (list items and {@code <br>} became lines), and
 * " - " bullets run together on one line are split where a bullet follows the end of a clause or opens a number.
 */
final class ResultItems {
    private static final Pattern BULLET = Pattern.compile("^[-–•+*]\\s*");
    private static final Pattern INLINE_BULLET = Pattern.compile("(?<=[.;:])\\s+[-–•]\\s+|\\s+[-–•]\\s+(?=\\d)");

    private ResultItems() {}

    static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String[] parts = BULLET.matcher(line).find() ? INLINE_BULLET.split(line) : new String[] {line};
            for (String part : parts) {
                String item = BULLET.matcher(part.strip()).replaceFirst("").strip();
                if (!item.isEmpty()) items.add(item);
            }
        }
        return items;
    }
}
