package vn.nq57.loader.rows;

import vn.nq57.loader.unit.Post;
import vn.nq57.loader.unit.UnitNames;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assignment written as a sentence: the bodies named before the first verb of assignment lead ("Ban Tuyên giáo
 * Trung ương chủ trì, …", "Đảng đoàn Quốc hội lãnh đạo, chỉ đạo …"), the bodies after "phối hợp với" up to the next
 * verb coordinate. A sentence addressed to everyone ("Các bộ, ngành, địa phương xây dựng kế hoạch …") or to posts
 * ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ …") assigns nothing to a body and gives no task.
 *
 * @param lead         the leading bodies as printed ("Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông")
 * @param coordinating the coordinating bodies as printed, or ""
 */
record Assignment(String lead, String coordinating) {
    /** Verbs that end the name of the assignee; "tổ chức" after "các" and "chỉ đạo" after "Ban" are nouns. */
    private static final String VERBS = "chủ trì|phối hợp|(?<!ban )lãnh đạo|(?<!ban )chỉ đạo|có trách nhiệm|chịu trách nhiệm|theo dõi"
            + "|hướng dẫn|tham mưu|tập trung|thực hiện|triển khai|(?<!các |những )tổ chức|xây dựng|bảo đảm|đảm bảo|rà soát"
            + "|nghiên cứu|kiểm tra|thể chế hoá|thể chế hóa|đôn đốc|bố trí|vận động|báo cáo|đánh giá|giám sát|ban hành"
            + "|tuyên truyền|quán triệt|cụ thể hoá|cụ thể hóa|tăng cường|đẩy mạnh|tiếp tục|khẩn trương|chủ động|số hóa|số hoá|cập nhật|hoàn thành|để|nhằm";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:.;]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VERB = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])");
    private static final Pattern COORDINATING = Pattern.compile("(?iu)phối hợp (?:chặt chẽ )?với\\s+");
    private static final Pattern POST = Pattern.compile(
            "(?iu)^(?:bộ trưởng|thủ trưởng|chủ tịch|phó chủ tịch|giám đốc|trưởng|bí thư|người đứng đầu|lãnh đạo)(?!\\p{L})");
    private static final Pattern GENERIC = Pattern.compile("(?iu)^(?:các|những|mọi|tất cả)(?!\\p{L})");
    private static final int MAX_NAME_WORDS = 16;

    /** The assignment a sentence states, or null when it opens with no named body. */
    static Assignment of(String sentence) {
        if (sentence == null) return null;
        String s = sentence.strip();
        Matcher verb = VERB.matcher(s);
        if (!verb.find() || verb.start() == 0) return null;
        String body = s.substring(0, verb.start()).strip().replaceAll("[,;:]+$", "").strip();
        if (!isBody(body)) return null;
        String coordinating = "";
        Matcher with = COORDINATING.matcher(s);
        if (with.find()) {
            String rest = s.substring(with.end());
            Matcher next = VERB.matcher(rest);
            int end = next.find() ? next.start() : rest.length();
            int stop = indexOfAny(rest, ";.");
            if (stop >= 0 && stop < end) end = stop;
            coordinating = rest.substring(0, end).strip().replaceAll("[,;:]+$", "").strip();
        }
        return new Assignment(body, coordinating);
    }

    /**
     * The body an item only names ("a) Tổ đảng ở các thôn:", "Ủy ban nhân dân xã"), so that the items under it are its
     * tasks; null when the item says more than a name.
     *
     * @param item       the item's text without its label
     * @param itemsUnder whether points stand under the item: a name heading them may be long ("b) Tổ đảng ở Thường
     *                   trực Hội đồng Dân tộc", nine words) when it ends as a heading does, without a full stop
     * @return the body's name as printed, without a closing ":", or null
     */
    static String heading(String item, boolean itemsUnder) {
        if (item == null) return null;
        String s = item.strip();
        boolean announces = s.endsWith(":");
        boolean sentence = s.endsWith(".") || s.endsWith(";");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
        if (s.isEmpty() || VERB.matcher(s).find() || POST.matcher(s).find()) return null;   // a post: postHeading
        int words = SPACES.split(s).length;
        if (words > (announces || (itemsUnder && !sentence) ? MAX_NAME_WORDS : 8)) return null;
        return UnitNames.readsAsUnitName(s) ? s : null;
    }

    /**
     * The post an item only names, over the items it heads ("8. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực
     * thuộc trung ương:"): those items are tasks of that post, led by the body it heads. One post heading a named body;
     * a list of posts ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …") addresses everyone and is no heading.
     *
     * @param item the item's text without its label
     * @return the post with the body it heads, or null when the item names no single post of a named body
     */
    static Post postHeading(String item) {
        if (item == null) return null;
        String s = item.strip();
        if (!s.endsWith(":")) return null;
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
        if (s.isEmpty() || !POST.matcher(s).find() || VERB.matcher(s).find()
                || SPACES.split(s).length > MAX_NAME_WORDS) return null;
        Post post = Post.parse(s).orElse(null);
        if (post == null || post.unit() == null || POST.matcher(post.unit()).find()
                || !UnitNames.readsAsUnitName(post.unit()) || GENERIC.matcher(post.unit()).find()) return null;
        return post;
    }

    /**
     * True when {@code body} names one body or lists several ("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, …
     * và các cơ quan thông tấn, báo chí"): the first a named body, none of them longer than a name.
     */
    static boolean isBody(String body) {
        if (body.isEmpty() || GENERIC.matcher(body).find() || POST.matcher(body).find()) return false;
        for (String name : LIST_SEPARATOR.split(body))
            if (SPACES.split(name.strip()).length > MAX_NAME_WORDS) return false;
        return UnitNames.readsAsUnitName(body);
    }

    /** True when {@code text} holds a verb of assignment or work ("thực hiện", "số hóa", "hoàn thành" …). */
    static boolean hasVerb(String text) {
        return VERB.matcher(text).find();
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?iu),\\s*|\\s+và\\s+");

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
