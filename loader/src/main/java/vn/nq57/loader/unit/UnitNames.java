package vn.nq57.loader.unit;

import vn.nq57.loader.read.Spaces;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the units a task table assigns work to: splitting a cell into names, telling collective phrases
 * ("Các cơ quan, đơn vị liên quan") from units, and a key under which the spellings of one unit meet
 * ("Phòng Văn hóa - Xã hội", "Phòng Văn hoá – Xã hội xã", "VH-XH").
 */
public final class UnitNames {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Locale VI = Locale.of("vi");

    /** Generic administrative abbreviations, folded (lower case, no dash) → their words. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("vhxh", "văn hóa xã hội"), Map.entry("vh", "văn hóa"), Map.entry("xh", "xã hội"),
            Map.entry("kt", "kinh tế"), Map.entry("vp", "văn phòng"), Map.entry("hđnd", "hội đồng nhân dân"),
            Map.entry("ubnd", "ủy ban nhân dân"), Map.entry("mttq", "mặt trận tổ quốc"), Map.entry("bcđ", "ban chỉ đạo"),
            Map.entry("khcn", "khoa học công nghệ"), Map.entry("kh&cn", "khoa học công nghệ"),
            Map.entry("cntt", "công nghệ thông tin"), Map.entry("cđs", "chuyển đổi số"),
            Map.entry("vhtt", "văn hóa thông tin"), Map.entry("ttdvc", "trung tâm dịch vụ công"),
            Map.entry("tthcc", "trung tâm hành chính công"), Map.entry("ubmttq", "ủy ban mặt trận tổ quốc"),
            Map.entry("bchqs", "ban chỉ huy quân sự"), Map.entry("qs", "quân sự"), Map.entry("ca", "công an"));

    // Patterns compiled once: String.split and replaceAll compile theirs on every call, and these run on every cell.
    private static final Pattern PIECE_BREAK = Pattern.compile("[;\\n]|<br\\s*/?>");
    private static final Pattern LIST_MARK = Pattern.compile("^[-+•]\\s+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[-+•.\\s]+|[.\\s]+$");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
    /** Words that begin a unit's name: a new name starts where one follows a comma or "và". */
    private static final Pattern HEAD = Pattern.compile(
            "(?iu)^(?:phòng|văn phòng|trung tâm|công an|ban|ủy ban|uỷ ban|ubnd|ub|đảng ủy|đảng uỷ|trạm|trường|sở|bộ|hội|đoàn"
            + "|cục|chi cục|viện|vụ|mặt trận|mttq|bưu điện|ngân hàng|quỹ|công ty|bảo hiểm|kho bạc|chi nhánh|tòa án|viện kiểm sát"
            + "|bộ phận|các|những|tổ|đội|hợp tác xã|thường trực|công chức|cán bộ|người|đảng đoàn|ban cán sự|chi bộ|cấp ủy"
            + "|cấp uỷ|hội đồng|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|đảng bộ|tập đoàn|tổng cục|học viện"
            + "|đại học|bệnh viện|thanh tra|chính phủ|quốc hội|đài|thông tấn xã|cổng thông tin|tạp chí|nhà xuất bản"
            + "|liên đoàn|liên hiệp|liên minh|kiểm toán nhà nước|tổng công ty)(?!\\p{L})");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?iu)^(?:các|những|tất cả)(?!\\p{L})|(?<!\\p{L})các (?:cơ quan|đơn vị|phòng|ban|ngành|sở|xã|tổ chức|thôn|ấp)|liên quan$");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile(" (?:xã|phường|đặc khu|thị trấn|tỉnh|huyện)$");
    private static final Pattern DASH = Pattern.compile("\\s*[-‐‑‒–—]\\s*");
    /** A dash between words of a name, not inside an abbreviation ("KH-TH", "VH-XH" keep theirs). */
    private static final Pattern SPACED_DASH = Pattern.compile(
            "\\s+[-‐‑‒–—]\\s*|\\s*[-‐‑‒–—]\\s+|(?<=\\p{Ll})[-‐‑‒–—](?=\\p{L})|(?<=\\p{L})[-‐‑‒–—](?=\\p{Ll})|[‒–—]");

    /**
     * A comma between names: not one joining the abbreviations inside a name without a space ("Ủy ban KH,CN&MT",
     * "KH,CN,ĐMST"), which has capitals on both sides.
     */
    private static final Pattern NAME_COMMA = Pattern.compile("(?<![\\p{Lu}&]),|,(?![\\p{Lu}&]+(?:[,\\s]|$))");

    /** A name ending in a plural's first kind: "… của các bộ", "những sở". */
    private static final Pattern PLURAL_END = Pattern.compile("(?iu)(?<!\\p{L})(?:các|những)\\s+\\p{L}+$");

    private UnitNames() {}

    /**
     * The unit names of a lead or coordinating cell, in order: split on ";" and line breaks (list marks dropped), and on
     * "," or "và" where a new name begins. Collective phrases stay whole, as do names that contain "và" or a dash.
     */
    public static List<String> split(String cell) {
        List<String> names = new ArrayList<>();
        if (cell == null) return names;
        for (String piece : PIECE_BREAK.split(cell)) {
            String collapsed = Spaces.collapse(piece).strip();
            Matcher mark = LIST_MARK.matcher(collapsed);
            // a cell listed with dashes whose lines ran together ("- Các đơn vị thuộc Bộ - Các đơn vị chuyên trách",
            // as a scan's cell reads): the same mark before a capital opens the next item
            List<String> items = mark.lookingAt() && mark.group().startsWith("-")
                    ? List.of(collapsed.substring(mark.end()).split("\\s+-\\s+(?=\\p{Lu})"))
                    : List.of(mark.replaceFirst(""));
            for (String p : items) {
                if (p.isBlank()) continue;
                splitPiece(p.strip(), names);
            }
        }
        return names;
    }

    private static void splitPiece(String piece, List<String> names) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean collective = false;
        for (String comma : NAME_COMMA.split(piece)) {
            String c = comma.strip();
            // "Bộ Khoa học, Công nghệ": a comma inside the name of one of the nation's bodies (looked up only where
            // the words after the comma open no body of their own, so most cells cost no lookup)
            if (!current.isEmpty() && !collective && !HEAD.matcher(c).find()
                    && NationalBodies.officialName(current + ", " + c).isPresent()) {
                current.append(", ").append(c);
                continue;
            }
            // "Phòng Bưu chính, Viễn thông": after a comma, a field named by words in lower case after one capital, with
            // no kind of body and no abbreviation, cannot be a unit by itself; it goes on the name a kind of body opened
            if (!current.isEmpty() && !collective && HEAD.matcher(current).find() && fieldOfName(c)) {
                current.append(", ").append(c);
                continue;
            }
            List<String> byVa = splitOnVa(c);
            // "Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Văn hóa, Thể thao và Du lịch": after a comma, domains closed by
            // "và" and naming no kind of body continue the name that a kind of body opened
            if (!current.isEmpty() && !collective && byVa.size() == 1 && VA.matcher(c).find() && !HEAD.matcher(c).find()
                    && !isAbbreviationPhrase(c) && HEAD.matcher(current).find()) {
                current.append(", ").append(c);
                continue;
            }
            for (String part : byVa) {
                String t = part.strip();
                if (t.isEmpty()) continue;
                // "… của các bộ, ngành liên quan": a plural's list of kinds goes on after its comma in lower case
                boolean pluralGoesOn = !current.isEmpty() && Character.isLowerCase(t.codePointAt(0))
                        && PLURAL_END.matcher(current).find();
                boolean startsName = !pluralGoesOn && (Character.isUpperCase(t.codePointAt(0))
                        || COLLECTIVE.matcher(t).find() || isKnownDepartment(t));
                if (current.isEmpty() || (!collective && startsName)) {
                    if (!current.isEmpty()) parts.add(current.toString());
                    current = new StringBuilder(t);
                    collective = COLLECTIVE.matcher(t).find() && t.toLowerCase(VI).startsWith("các");
                } else {
                    current.append(part.startsWith("và ") ? " " : ", ").append(t);
                }
            }
        }
        if (!current.isEmpty()) parts.add(current.toString());
        for (String p : parts) {
            String clean = untilVerb(LEADING_VA.matcher(EDGE_MARKS.matcher(p).replaceAll("")).replaceFirst(""));
            if (!clean.isEmpty()) addRunOn(clean, names);
        }
    }

    /** A field's words: one capital, then two or more lower-case words in all ("Viễn thông", "Hạ tầng đô thị"). */
    private static final Pattern FIELD = Pattern.compile("(?u)\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)+");

    /**
     * True when the text after a comma reads as more words of a name rather than a unit: a field ("Viễn thông") with no
     * word of a kind of body, no abbreviation and no place or level word ("xã", "tỉnh") that would close a name.
     */
    private static boolean fieldOfName(String c) {
        return FIELD.matcher(c).matches() && !HEAD.matcher(c).find() && !COLLECTIVE.matcher(c).find()
                && !LEVEL_WORD.matcher(c).find() && !isKnownDepartment(c);
    }

    private static final Pattern LEVEL_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:xã|phường|thị trấn|đặc khu|tỉnh|huyện|quận|thành phố|thị xã)(?!\\p{L})");

    /** "và" before a cell's last name, as a cell wrapped after the name before it reads ("và các đơn vị có liên quan"). */
    private static final Pattern LEADING_VA = Pattern.compile("^và\\s+");
    /**
     * A verb of assignment in lower case after a body's name: the cell goes on as a sentence ("Đảng ủy Bộ lãnh đạo, chỉ
     * đạo thực hiện", "Cục Kiểm tra văn bản … tổng hợp trên cơ sở kết quả rà soát …"). In lower case only: a name
     * capitalises its words ("Ban Chỉ đạo", "Viện Nghiên cứu").
     */
    private static final Pattern SENTENCE_VERB = Pattern.compile("\\s(?:chủ trì|phối hợp|(?<![Bb]an )lãnh đạo"
            + "|(?<![Bb]an )chỉ đạo|tổng hợp|tham mưu|theo dõi|đôn đốc|có trách nhiệm|chịu trách nhiệm)(?!\\p{L})");

    /**
     * The body's name a cell opens with when the cell goes on as a sentence: cut before the first verb of assignment,
     * where the words before it name more than a kind of body ("Đảng ủy Bộ", not "Ban" of "Ban chỉ đạo …") and no
     * group ("Các cơ quan chủ trì quản lý …" says which agencies); else the cell as it is. Verbs that also name a
     * body's work ("xây dựng", "tổ chức", "triển khai": "Vụ Công tác xây dựng văn bản …", "Tổ công tác triển khai Đề
     * án 06") are not taken.
     */
    static String untilVerb(String name) {
        Matcher verb = SENTENCE_VERB.matcher(name);
        if (!verb.find()) return name;
        String before = name.substring(0, verb.start()).strip().replaceAll("[,;:]+$", "");
        Matcher head = HEAD.matcher(before);
        if (!head.find() || before.substring(head.end()).isBlank()
                || COLLECTIVE.matcher(before).find()) return name;
        return before;
    }

    /**
     * Adds {@code name}, or the nation's bodies it runs together with no separator (a cell wrapped from a PDF: "Bộ
     * Thông tin và Truyền thông Bộ Khoa học và Công nghệ"), each on its own: split only where every part is one of
     * {@link NationalBodies}, so no other name is cut.
     */
    private static void addRunOn(String name, List<String> names) {
        if (NationalBodies.officialName(name).isEmpty()) {
            for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
                String left = name.substring(0, i), right = name.substring(i + 1);
                // only where a capitalised kind of body opens the rest, so few names are looked up
                if (Character.isUpperCase(right.codePointAt(0)) && HEAD.matcher(right).find()
                        && NationalBodies.officialName(left).isPresent()) {
                    List<String> rest = new ArrayList<>();
                    addRunOn(right, rest);
                    if (rest.stream().allMatch(r -> NationalBodies.officialName(r).isPresent())) {
                        names.add(left);
                        names.addAll(rest);
                        return;
                    }
                }
            }
        }
        names.add(name);
    }

    private static final Pattern VA = Pattern.compile("\\s+và\\s+");

    /**
     * A department named by its field in lower case after a comma ("Văn phòng thống kê, văn hóa xã hội", "Công an xã,
     * quân sự xã") is a unit of its own: its key is one the abbreviations stand for (văn hóa xã hội, quân sự, …).
     */
    private static boolean isKnownDepartment(String t) {
        return t.contains(" ") && ABBREVIATIONS.containsValue(canonicalKey(t));
    }

    private static boolean isAbbreviationPhrase(String s) {
        return isAbbreviation(s.strip().split("\\s+")[0]);
    }

    /**
     * Splits on " và " only where a unit name of two words or more follows ("… và Phòng Kinh tế", not "HĐND và
     * UBND"); two abbreviated bodies joined by "và" name one joint office ("Văn phòng HĐND và UBND xã").
     */
    private static List<String> splitOnVa(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = VA.matcher(text);
        int from = 0;
        while (m.find()) {
            String rest = text.substring(m.end());
            String[] before = text.substring(0, m.start()).strip().split("\\s+");
            boolean jointOffice = isAbbreviation(before[before.length - 1]) && isAbbreviation(rest.strip().split("\\s+")[0]);
            if (!jointOffice && HEAD.matcher(rest).find() && rest.strip().contains(" ")) {
                out.add(text.substring(from, m.start()));
                from = m.end();
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * True when a short text reads as the name of a body ("Sở Tài chính", "Các xã, phường", "UBND các xã") rather
     * than a sentence or a note ("Theo Kế hoạch số 12/KH-UBND", "Ban hành trước 30/6"): it opens with a word that
     * names a kind of body, or names a group of bodies.
     */
    public static boolean readsAsUnitName(String text) {
        if (text == null || text.isBlank()) return false;
        String t = text.strip();
        if (VERB_OPENING.matcher(t).find()) return false;
        if (COLLECTIVE.matcher(t).find()) return true;
        Matcher head = HEAD.matcher(t);
        return head.find() && !GENERIC_OPENING.matcher(t).find();
    }

    /** "Ban hành", "Tổ chức thực hiện", "Hội nghị": words that look like a body's type but open a sentence. */
    private static final Pattern VERB_OPENING = Pattern.compile(
            "(?iu)^(?:ban hành|tổ chức (?:thực hiện|triển khai|tập huấn)|hội nghị|hội thảo|đoàn kiểm tra|cán bộ,)(?!\\p{L})");
    private static final Pattern GENERIC_OPENING = Pattern.compile("(?iu)^(?:các|những|người)(?!\\p{L})");

    /** True for phrases that name a group, not one unit: "Các cơ quan, đơn vị liên quan", "các ngành, đơn vị có liên quan". */
    public static boolean isCollective(String name) {
        return name != null && COLLECTIVE.matcher(name.strip()).find();
    }

    /**
     * Identity of a unit within one area: case folded, tone marks in the traditional place, dashes removed,
     * abbreviations expanded, the generic "Phòng" and a trailing level word ("… xã") dropped.
     */
    public static String canonicalKey(String name) {
        // Every row names its units again: remember the keys (a pure function of the name), up to a bound.
        String known = KEYS.get(name);
        if (known != null) return known;
        String key = computeCanonicalKey(name);
        if (KEYS.size() < MAX_REMEMBERED) KEYS.put(name, key);
        return key;
    }

    private static final int MAX_REMEMBERED = 200_000;
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String computeCanonicalKey(String name) {
        String s = UCharacter.foldCase(traditionalTones(NFC.normalize(name.strip())), true);
        s = s.replace('ð', 'đ');
        StringBuilder out = new StringBuilder();
        for (String token : s.split("\\s+")) {
            String bare = token.replaceAll("[^\\p{L}\\p{N}&-]", "");
            String expanded = ABBREVIATIONS.get(bare.replaceAll("[-‐‑‒–—]", ""));
            if (expanded != null && !bare.isEmpty() && bare.replaceAll("[-‐‑‒–—]", "").length() <= 6) token = expanded;
            out.append(' ').append(token);
        }
        s = DASH.matcher(out.toString()).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}& ]", " ")
                .replaceAll("(?<!\\p{L})và(?!\\p{L})", " ").replaceAll("\\s+", " ").strip();
        if (s.startsWith("phòng ")) s = s.substring("phòng ".length());
        Matcher level = LEVEL_SUFFIX.matcher(s);
        if (level.find() && level.start() > 0) s = s.substring(0, level.start());
        return s;
    }

    /** One spelling for display: tone marks in the traditional place, dashes as " - ", no trailing level word. */
    public static String displayName(String name) {
        String s = traditionalTones(NFC.normalize(Spaces.collapse(name).strip()));
        // "Phòng Văn hoá–Xã hội" → "Phòng Văn hóa - Xã hội"; an abbreviation such as "KH-TH" stays as printed
        s = SPACED_DASH.matcher(s).replaceAll(" - ");
        Matcher level = LEVEL_SUFFIX.matcher(s);
        if (level.find() && level.start() > 0 && !s.toLowerCase(VI).startsWith("công an") && s.contains(" - "))
            s = s.substring(0, level.start());
        return s;
    }

    /**
     * The display name for several spellings of one unit: the most complete one (most words, not an abbreviation;
     * first seen wins a tie), written by {@link #displayName(String)}.
     */
    public static String displayName(Collection<String> variants) {
        return variants.stream().map(UnitNames::displayName)
                .max(Comparator.comparingInt(UnitNames::completeness))
                .orElseThrow();
    }

    private static int completeness(String name) {
        int words = 0;
        for (String w : WORD_BREAK.split(name))
            if (!w.isEmpty() && !isAbbreviation(w)) words++;
        return words * 2 + (HEAD.matcher(name).find() ? 1 : 0);
    }

    /** Moves the tone mark of open syllables ending in oa, oe, uy to the first vowel: hoá → hóa, uỷ → ủy, khoẻ → khỏe. */
    public static String traditionalTones(String text) {
        Matcher m = Pattern.compile("\\p{L}+").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(traditionalSyllable(m.group())));
        m.appendTail(out);
        return out.toString();
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private static String traditionalSyllable(String word) {
        String d = NFD.normalize(word);
        StringBuilder bases = new StringBuilder();
        int tonePos = -1;
        char tone = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tonePos >= 0) return word;           // two tone marks: leave it
                tonePos = bases.length() - 1;
                tone = c;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return word;                              // ă â ê ô ơ ư: the mark's vowel takes the tone already
            } else {
                bases.append(Character.toLowerCase(c));
            }
        }
        String b = bases.toString();
        int n = b.length();
        if (tonePos != n - 1 || n < 2 || !(b.endsWith("oa") || b.endsWith("oe") || b.endsWith("uy"))) return word;
        if (n >= 3 && "aăâeêioôơuưy".indexOf(b.charAt(n - 3)) >= 0) return word; // three vowels: not this rule
        if (b.endsWith("uy") && n >= 3 && b.charAt(n - 3) == 'q') return word;    // quý: u belongs to the onset
        // rebuild: base letters of the word with the tone after the second-to-last letter
        StringBuilder r = new StringBuilder();
        int letter = -1;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == tone) continue;
            r.append(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                letter++;
                if (letter == n - 2) r.append(tone);
            }
        }
        return NFC.normalize(r.toString());
    }

    /** Abbreviations are short all-capital words (VH, XH, HĐND). */
    private static boolean isAbbreviation(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(VI)) && w.chars().allMatch(Character::isLetter);
    }
}
