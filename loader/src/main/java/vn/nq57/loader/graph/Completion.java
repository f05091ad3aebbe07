package vn.nq57.loader.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a row's deadline, note or footnotes say the task is already done ("Nhiệm vụ đã hoàn thành"), and how a
 * reported state reads ("Hoàn thành" is done; "Đang thực hiện", "Chưa hoàn thành", "Quá hạn" are not). A completion
 * the words after it qualify as partial ("Đã hoàn thành giai đoạn 1", "đã hoàn thành một phần", "đã hoàn thành 50%")
 * is not the task done.
 */
final class Completion {
    /** What, right after "hoàn thành", says only a part is done: a phase, step, round, part, item or a percentage. */
    private static final String PARTIAL = "\\s*(?:(?:giai\\s+đoạn|bước|đợt|phần|hạng\\s+mục|một\\s+phần|một\\s+số)(?!\\p{L})|\\d+(?:[.,]\\d+)?\\s*%)";
    private static final Pattern DONE = Pattern.compile("(?<!\\p{L})(đã|da)\\s+hoàn\\s+thành(?!\\p{L})(?!" + PARTIAL + ")");
    private static final Pattern NOT_DONE = Pattern.compile("(?<!\\p{L})(chưa|không)\\s+hoàn\\s+thành(?!\\p{L})");

    private static final Pattern STATUS_DONE = Pattern.compile(
            "^(?:đã\\s+)?(?:hoàn\\s+thành|xong|đã\\s+thực\\s+hiện\\s+xong|đã\\s+ban\\s+hành)(?!\\p{L})(?!" + PARTIAL + ")");

    private Completion() {}

    /** True when a status cell reports the work as done: it opens with "Hoàn thành" / "Đã hoàn thành" / "Xong". */
    static boolean statusDone(String status) {
        if (status == null || status.isBlank()) return false;
        String s = Normalizer.normalize(status.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return STATUS_DONE.matcher(s).find() && !NOT_DONE.matcher(s).find();
    }

    static boolean stated(Iterable<String> texts) {
        for (String t : texts) {
            if (t == null) continue;
            String s = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (DONE.matcher(s).find() && !NOT_DONE.matcher(s).find()) return true;
        }
        return false;
    }
}
