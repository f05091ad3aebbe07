package vn.nq57.loader.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a row's deadline, note or footnotes say the task is already done ("Nhiệm vụ đã hoàn thành"). */
final class Completion {
    private static final Pattern DONE = Pattern.compile("(?<!\\p{L})(đã|da)\\s+hoàn\\s+thành(?!\\p{L})");
    private static final Pattern NOT_DONE = Pattern.compile("(?<!\\p{L})(chưa|không)\\s+hoàn\\s+thành(?!\\p{L})");

    private Completion() {}

    static boolean stated(Iterable<String> texts) {
        for (String t : texts) {
            if (t == null) continue;
            String s = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (DONE.matcher(s).find() && !NOT_DONE.matcher(s).find()) return true;
        }
        return false;
    }
}
