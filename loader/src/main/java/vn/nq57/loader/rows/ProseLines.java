package vn.nq57.loader.rows;

import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.Fold;
import vn.nq57.loader.read.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running text of a document outside its tables, read as a list of blocks: part headings ("II- MỤC TIÊU",
 * "## III. TỔ CHỨC THỰC HIỆN"), numbered items ("1.", "2)", and "2.1." labelled "2.1"), lettered items in Vietnamese
 * letter order (a b c d đ e g h i k l m n o p q r s t u v x y), bullets ("-", "+", "•") and paragraphs. Markdown markup
 * ({@code #}, {@code **}, {@code *}, escapes such as {@code \-} and {@code 1\.}) is left out of the text; lone page
 * numbers are skipped; a block whose first word is in lower case continues the block before it (a page break in the
 * middle of a sentence), and a bullet mark alone on its line takes the next line as its text.
 */
final class ProseLines {
    /** The 29-letter Vietnamese alphabet without f, j, w, z: the order lettered items follow. */
    static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

    enum Kind { PART, NUMBERED, LETTERED, BULLET, PARAGRAPH }

    /** One block of running text: its kind, label ("II", "3", "đ"), text without its label, and its lines. */
    static final class Block {
        final Kind kind;
        String label;
        final StringBuilder text;
        final int first;
        int last;
        /** True for a division of the document ("Phần I", "PHẦN THỨ HAI"): a part holding parts. */
        boolean division;
        /**
         * True for the sentence that closes the document's text ("Chương trình hành động này được phổ biến đến chi
         * bộ./."): a paragraph ending "./." after numbered, lettered or bulleted items. It ends the part it stands in
         * and is no item's text.
         */
        boolean closing;

        Block(Kind kind, String label, String text, int line) {
            this.kind = kind;
            this.label = label;
            this.text = new StringBuilder(text);
            this.first = line;
            this.last = line;
        }

        String text() { return text.toString().strip(); }

        @Override public String toString() { return kind + " " + label + " " + first + "-" + last + ": " + text(); }
    }

    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
    /** A lone "*" of emphasis: after a non-letter before a word, or after a word before a non-letter. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d])\\*(?=\\S)|(?<=\\S)\\*(?![\\p{L}\\d])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([-.*_()\\[\\]#+!`>|])");
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.\\-–—:)]\\s*(\\S.*)$");
    /**
     * A part's Roman number as OCR misreads it in a scan: II as "H", I as "L", "l", "1" or "|" ("H. TỔ CHỨC THỰC HIỆN",
     * "L NỘI DUNG"); at most three strokes, at least one misread, so that a true "I." or "II." is {@link #ROMAN}'s.
     */
    private static final Pattern MISREAD_ROMAN =
            Pattern.compile("^((?=[IHLl1|]{0,2}[HLl1|])[IHLl1|]{1,3}(?<!HH|HIH|IHI))\\s*[.\\-–—:)]?\\s+(\\p{Lu}.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(\\S.*)?$");
    /** An item's number as OCR may read its full stop: a comma before a capital ("6, Chủ tịch Ủy ban …"). */
    private static final Pattern MISREAD_NUMBERED = Pattern.compile("^(\\d{1,2}),\\s+(\\p{Lu}.*)$");
    /** A numbered item of a second level or deeper: "2.1.", "2.1", "3.2.1)" (its label "2.1", "3.2.1"). */
    private static final Pattern SUBNUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\)?\\s+(\\S.*)$");
    /**
     * A division of the document: "Phần I", "PHẦN II.", "Phần thứ nhất", "Phần 2 -", with its title on the line or on
     * the next one.
     */
    private static final Pattern DIVISION = Pattern.compile("(?iu)^phần\\s+((?:thứ\\s+)?(?:nhất|hai|ba|tư|năm|sáu|bảy|tám"
            + "|chín|mười)|[IVXL]{1,6}|\\d{1,2})(?![\\p{L}\\d])\\s*[.:)\\-–—]?\\s*(.*)$");
    /** A division lettered in capitals over a heading in capitals: "A. ĐÁNH GIÁ TÌNH HÌNH …", "B - NHIỆM VỤ NĂM 2026". */
    private static final Pattern LETTER_DIVISION = Pattern.compile("^([A-H])\\s*[.:\\-–—]\\s*(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\s*\\)\\s*(\\S.*)?$");
    private static final Pattern BULLET = Pattern.compile("^[-–•+*]\\s*(.*)$");
    /** A line that stops mid-sentence: after a comma or a word no sentence or heading ends with. */
    private static final Pattern UNFINISHED = Pattern.compile("(?iu)(?:,|(?<!\\p{L})(?:và|hoặc|các|của|tại|với|về|cho|trong"
            + "|theo|là|để|được|những|từ|đến|trên|nhằm|do|bởi|như|có|đã|sẽ|phải|cần))$");
    /** A line that opens an item of its own whatever stands before it: a number, a letter, a bullet, a part. */
    private static final Pattern LIST_START = Pattern.compile("(?iu)^(?:\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]|[a-zđ]\\s*\\)|[-–•+*]\\s|[IVXL]{1,6}\\s*[.\\-–—:)]|phần\\s)");
    /** A line that closes a sentence, an item or a heading's lead-in. */
    private static final Pattern ENDED = Pattern.compile("[.;:!?…\"”)]$");
    /** Fewer lines do not tell a page's width; a text's full lines longer than this are paragraphs, not page lines. */
    private static final int MIN_WRAPPED_LINES = 20, MAX_WRAP_WIDTH = 120;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Set<String> NOT_PARTS = Set.of("noi nhan", "noi nhan:");
    /**
     * A signer's title (Decree 30/2020/NĐ-CP, Appendix I: "KT." signing for, "TM." on behalf of, "TL.", "Q." acting; the
     * office ending the line: "… TRƯỞNG", "CHỦ TỊCH", "GIÁM ĐỐC", "BÍ THƯ"), also as a scan's text breaks it ("CỤC
     * TRƯỞN G"); a heading merely holding such a word ("… TĂNG TRƯỞNG KINH TẾ") is none.
     */
    private static final Pattern SIGNER = Pattern.compile(
            "(?iu)^\\W*(?:(?:KT|TM|TL|Q|TUQ)\\s*[.,]|.{0,30}(?:TRƯỞN\\s?G|CHỦ\\s*TỊCH|GIÁM\\s*ĐỐC|BÍ\\s*THƯ)\\W*$)");

    private ProseLines() {}

    /** The blocks of the lines not claimed by a table, in document order. */
    static List<Block> read(SourceText text, boolean[] inTable) {
        List<Block> blocks = new ArrayList<>();
        Block pendingBullet = null;        // a bullet mark alone on its line waits for its text
        Block pendingDivision = null;      // "Phần I" alone on its line takes the heading under it as its title
        boolean recipients = false;        // the distribution list ("Nơi nhận:") runs until the next heading
        int lastLine = -1;                 // the line read last into a block, and its text
        String lastText = "";
        int width = fullWidth(text, inTable);
        boolean wrapped = width > 0 && hardWrapped(text, inTable, width);
        for (int n = 1; n <= text.lineCount(); n++) {
            if (n < inTable.length && inTable[n]) { pendingBullet = null; continue; }
            String line = clean(text.line(n));
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) continue;
            if (NOT_PARTS.contains(Fold.key(line))) { recipients = true; continue; }
            if (recipients) {
                // the signer's title printed beside the list ("KT. CỤC TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                // which a scan's text puts on lines of its own, is no heading: the list goes on under it
                if (!mostlyUpperCase(line) || line.length() < 12 || SIGNER.matcher(line).find()) continue;
                recipients = false;
            }
            if (pendingDivision != null) {
                Block division = pendingDivision;
                pendingDivision = null;
                if (mostlyUpperCase(line) && !ROMAN.matcher(line).matches()) {
                    division.text.append(line);
                    division.last = n;
                    continue;
                }
            }
            if (pendingBullet != null) {
                pendingBullet.text.append(line);
                pendingBullet.last = n;
                pendingBullet = null;
                continue;
            }
            Block previous = blocks.isEmpty() ? null : blocks.getLast();
            // a page's line broken where no sentence or heading ends (after a comma, "tại", "và", or at the page's
            // full width without a closing mark): the next line goes on with it, even from a capital ("… cơ quan
            // thuộc Chính phủ," / "Chủ tịch Ủy ban nhân dân …"; "… Thông tấn xã Việt" / "Nam, Cổng Thông tin …")
            if (previous != null && previous.last == lastLine && (wrapped || text.origin(n).page() > 0)
                    && (UNFINISHED.matcher(lastText).find() || width > 0 && lastText.length() * 100 >= width * 85
                        && !ENDED.matcher(lastText).find() && !mostlyUpperCase(line))
                    && !LIST_START.matcher(line).find()) {
                previous.text.append(' ').append(line);
                previous.last = n;
                lastLine = n;
                lastText = line;
                continue;
            }
            Block b = block(line, n, previous, text.origin(n).ocr());
            lastLine = n;
            lastText = line;
            if (b == null) {                                             // continues the block before
                Block last = blocks.getLast();
                last.text.append(' ').append(line);
                last.last = n;
                continue;
            }
            blocks.add(b);
            if (b.kind == Kind.BULLET && b.text().isEmpty()) pendingBullet = b;
            if (b.division && b.text().isEmpty()) pendingDivision = b;
        }
        renumberMisread(blocks, text);
        markClosing(blocks);
        return blocks;
    }

    /**
     * Marks the closing sentence ({@link Block#closing}): a paragraph ending "./." (the mark that ends an
     * administrative text) right after an item of a list. A paragraph that is its part's only text, or one of a list
     * of paragraphs, may be an item itself and is left as it is.
     */
    static void markClosing(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Kind before = blocks.get(i - 1).kind;
            if (b.kind == Kind.PARAGRAPH && b.text().endsWith("./.")
                    && (before == Kind.NUMBERED || before == Kind.LETTERED || before == Kind.BULLET)) b.closing = true;
        }
    }

    /**
     * A scanned item's number that OCR misread ("6," for "8.", "3" for "8") breaks the run it stands in: between items
     * numbered k and k + 2 of the same level, with no other item of that level between, it is k + 1. Only lines read
     * by OCR: a typed document that repeats or skips a number printed it so.
     */
    static void renumberMisread(List<Block> blocks, SourceText text) {
        Block before = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Kind.PART) { before = null; continue; }
            if (b.kind != Kind.NUMBERED || b.label.indexOf('.') >= 0) continue;
            Block after = null;
            for (int k = i + 1; k < blocks.size() && blocks.get(k).kind != Kind.PART; k++) {
                Block c = blocks.get(k);
                if (c.kind == Kind.NUMBERED && c.label.indexOf('.') < 0) { after = c; break; }
            }
            if (before != null && after != null && text.origin(b.first).ocr()) {
                int p = Integer.parseInt(before.label), q = Integer.parseInt(after.label);
                if (q == p + 2 && !b.label.equals(String.valueOf(p + 1))) b.label = String.valueOf(p + 1);
            }
            before = b;
        }
    }

    /**
     * The length of a full line of running text, in characters, when its lines are as a page breaks them (a PDF's, a
     * scan's, a text copied from either): the 75th percentile of the lengths of its lines, which most lines of a
     * paragraph reach; 0 when there are too few lines to tell.
     */
    static int fullWidth(SourceText text, boolean[] inTable) {
        List<Integer> lengths = new ArrayList<>();
        for (int n = 1; n <= text.lineCount(); n++) {
            if (n < inTable.length && inTable[n]) continue;
            String line = text.line(n).strip();
            if (line.length() >= 20) lengths.add(line.length());
        }
        if (lengths.size() < MIN_WRAPPED_LINES) return 0;
        lengths.sort(null);
        return lengths.get(lengths.size() * 3 / 4);
    }

    /**
     * True for a text file whose paragraphs are broken into lines of at most {@code width} characters (text copied
     * from a PDF): its full lines are short for paragraphs, and a quarter of its lines or more go on with the sentence
     * of the line before (opening in lower case, a lettered item's "a)" aside). A text of a paragraph a line has long
     * full lines and few such.
     */
    static boolean hardWrapped(SourceText text, boolean[] inTable, int width) {
        if (width > MAX_WRAP_WIDTH) return false;
        int lines = 0, continuing = 0;
        for (int n = 1; n <= text.lineCount(); n++) {
            if (n < inTable.length && inTable[n]) continue;
            String line = clean(text.line(n));
            if (line.isEmpty()) continue;
            lines++;
            if (Character.isLowerCase(line.codePointAt(0)) && !LETTERED.matcher(line).matches()) continuing++;
        }
        return lines >= MIN_WRAPPED_LINES && continuing * 4 >= lines;
    }

    /** Markup left out, spaces collapsed. */
    static String clean(String raw) {
        // each pattern only where its first character is: clean runs on every line of running text
        String s = raw.strip();
        if (s.startsWith("#")) s = HEADING_MARK.matcher(s).replaceFirst("");
        s = s.replace("**", "");
        if (s.indexOf('\\') >= 0) s = ESCAPE.matcher(s).replaceAll("$1");
        if (s.indexOf('*') >= 0) s = EMPHASIS.matcher(s).replaceAll("");
        return Spaces.collapseWithNoBreak(s).strip();
    }

    private static Block block(String line, int n, Block previous, boolean ocr) {
        Matcher m;
        if ((m = DIVISION.matcher(line)).matches() && divisionTitle(m.group(2))) {
            Block division = new Block(Kind.PART, m.group(1), m.group(2), n);
            division.division = true;
            return division;
        }
        // in a scan "H." is far more often II misread than an eighth lettered division
        if (ocr && (m = MISREAD_ROMAN.matcher(line)).matches() && mostlyUpperCase(m.group(2)))
            return new Block(Kind.PART, m.group(1).replace("H", "II").replaceAll("[Ll1|]", "I"), m.group(2), n);
        if ((m = LETTER_DIVISION.matcher(line)).matches() && mostlyUpperCase(m.group(2))) {
            Block division = new Block(Kind.PART, m.group(1), m.group(2), n);
            division.division = true;
            return division;
        }
        if ((m = ROMAN.matcher(line)).matches() && mostlyUpperCase(m.group(2)))
            return new Block(Kind.PART, m.group(1), m.group(2), n);
        if ((m = SUBNUMBERED.matcher(line)).matches())
            return new Block(Kind.NUMBERED, m.group(1), m.group(2), n);
        if ((m = NUMBERED.matcher(line)).matches())
            return new Block(Kind.NUMBERED, m.group(1), m.group(2) == null ? "" : m.group(2), n);
        if (ocr && (m = MISREAD_NUMBERED.matcher(line)).matches())
            return new Block(Kind.NUMBERED, m.group(1), m.group(2), n);
        if ((m = LETTERED.matcher(line)).matches() && LETTERS.indexOf(m.group(1)) >= 0)
            return new Block(Kind.LETTERED, m.group(1), m.group(2) == null ? "" : m.group(2), n);
        if ((m = BULLET.matcher(line)).matches()) return new Block(Kind.BULLET, "", m.group(1), n);
        int first = line.codePointAt(0);
        if (previous != null && Character.isLetter(first) && Character.isLowerCase(first)) return null;
        if (!Character.isLetterOrDigit(first) && previous != null && !line.startsWith("(")) return null;
        // "ĐẾN NĂM 2030" in capitals groups the goals of the part it stands in: no part of its own
        if (mostlyUpperCase(line) && line.length() > 3 && !ProseGoals.HORIZON_HEADING.matcher(line).matches())
            return new Block(Kind.PART, "", line, n);
        return new Block(Kind.PARAGRAPH, "", line, n);
    }

    /**
     * True when the words after "Phần I" are a division's title: none (the title is on the next line), capitals, or a
     * short heading in sentence case without a full stop ("Đánh giá kết quả năm 2025"); "Phần I của Kế hoạch này …" is
     * a sentence.
     */
    private static boolean divisionTitle(String title) {
        if (title.isEmpty() || mostlyUpperCase(title)) return true;
        return Character.isUpperCase(title.codePointAt(0)) && !title.endsWith(".") && title.split("\\s+").length <= 20;
    }

    /** True when most letters of a heading are capitals ("MỤC TIÊU", "NHIỆM VỤ, GIẢI PHÁP"). */
    static boolean mostlyUpperCase(String s) {
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
        }
        return letters >= 4 && upper * 10 >= letters * 7;
    }

    /** True when {@code next} follows {@code previous} in the Vietnamese letter order (or opens a list at "a"). */
    static boolean followsInOrder(String previous, String next) {
        int p = previous == null ? -1 : LETTERS.indexOf(previous);
        return LETTERS.indexOf(next) == p + 1;
    }
}
