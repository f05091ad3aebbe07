package vn.nq57.loader.metadata;

import vn.nq57.loader.reference.DocumentNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I: issuing body on the
 * left, national motto on the right, then "Số: …" and "Place, ngày …"), read by what each piece says rather than
 * by where it stands: a web copy flattens the two columns into {@code |} cells or onto one line, a word processor
 * adds {@code **bold**} and escapes ({@code 57\-NQ/TW}), a letter writes "Số 402-CV/VPĐU" without a colon, and a
 * website puts its own metadata rows ("| Số hiệu | 31/KH-UBND |") before the document.
 */
final class Header {
    /** Labels of the metadata rows legal-document websites print above a document; these rows are not its text. */
    private static final Pattern SITE_LABEL = Pattern.compile(
            "(?iu)^(?:số hiệu|loại văn bản|nơi ban hành|cơ quan ban hành|người ký|ngày ban hành|ngày hiệu lực|"
            + "ngày có hiệu lực|ngày công báo|số công báo|tình trạng|tình trạng hiệu lực|lĩnh vực|lĩnh vực, ngành)\\s*:?$");
    private static final Pattern NUMBER_LABEL_ALONE = Pattern.compile("(?u)^(?:Số|SỐ)(?:\\s+(?:ký hiệu|hiệu))?\\s*:?$");
    private static final Pattern NUMBER = Pattern.compile("(?u)(?<!\\p{L})(?:Số|SỐ)(?:\\s+(?:ký hiệu|hiệu))?\\s*:?\\s*(?=[\\d/])");
    /**
     * "Place, ngày …", the place possibly named with the area above it ("An Khê, tỉnh Gia Lai, ngày …"): group 1 is
     * the first place, the locality that dates the document.
     */
    static final Pattern PLACE_DATE = Pattern.compile(
            "(?u)^\\s*([\\p{L} .'-]{2,40}?)(?:\\s*,\\s*[\\p{L} .'-]{2,40}?)?\\s*,\\s*(?i:ngày)(?!\\p{L})");
    /**
     * "Place, 05/3/2026" (also "05-3-2026", "05.3.2026"): a place-and-date line with the date in figures and no "ngày";
     * groups: the place, day, month, year.
     */
    static final Pattern PLACE_FIGURES_DATE = Pattern.compile(
            "(?u)^\\s*([\\p{L} .'-]{2,40}?)(?:\\s*,\\s*[\\p{L} .'-]{2,40}?)?\\s*,\\s*(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{4})\\s*[.,]?$");
    /** A date line without its place ("Ngày 05 tháng 3 năm 2026"): the whole line one date. */
    private static final Pattern DATE_ALONE = Pattern.compile("(?iu)^ngày(?!\\p{L})[\\s\\d/.\\-]*(?:tháng[\\s\\d]*năm\\s*\\d{4})?\\s*[.,]?$");
    /**
     * A document number standing alone in a header cell ("08/KH-UBND"), or after the issuer's name and a dash
     * ("UBND PHƯỜNG AN KHÊ - 08/KH-UBND"): group 1 is the name, if any, group 2 the number.
     */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?u)^(?:(.*?\\S)\\s+[-–—]\\s+)?(\\S+)$");
    private static final Pattern SUBJECT = Pattern.compile("(?iu)^(?:V/v|Về việc)\\s*:?\\s+(.+)$");
    /** A place wrapped before its date ("Thừa Thiên Huế," over "ngày 29 tháng 10 năm 2024"). */
    private static final Pattern PLACE_ALONE = Pattern.compile("(?u)^\\s*[\\p{L} .'-]{2,40},$");
    /** What a date wrapped over lines continues with: "05 tháng 6 năm 2023", "tháng 5 năm 2025", "ngày …". */
    private static final Pattern DATE_REST = Pattern.compile("(?iu)^(?:\\d{1,4}\\b|/|tháng(?!\\p{L})|năm(?!\\p{L})|ngày(?!\\p{L}))");
    /** The national motto and the Party's name, which stand opposite the issuer; they may be split over lines. */
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)(?:cộng hòa|cộng hoà)\\s+xã hội\\s+chủ nghĩa\\s+việt nam|độc lập\\s*[-–]\\s*tự do\\s*[-–]\\s*hạnh phúc|đảng cộng sản việt nam");
    private static final Pattern MOTTO_PART = Pattern.compile(
            "(?iu)^(?:(?:cộng hòa|cộng hoà)(?:\\s+xã hội)?|(?:xã hội\\s+)?chủ nghĩa(?:\\s+việt nam)?|độc lập\\b.*|tự do\\b.*|hạnh phúc)$");
    /** What separates a header's cells and lines: pipes and tabs of a flattened table, a Markdown cell's {@code <br>}. */
    private static final Pattern CELL_SPLIT = Pattern.compile("(?i)\\s*\\|\\s*|\\t+|\\s*<br\\s*/?>\\s*");
    /**
     * A body's name in capitals: letters, spaces and a little punctuation, no slashes; a short number only as a word of
     * its own after the first ("BAN CHỈ ĐẠO … CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"), never glued to letters or a date's.
     */
    private static final Pattern UPPER_NAME = Pattern.compile(
            "(?u)^[\\p{Lu}][\\p{Lu}\\s,.&()–-]*(?:(?<=\\s)\\d{1,3}(?=\\s|[,)]|$)[\\p{Lu}\\s,.&()–-]*)*$");
    /** One stray character glued before a name in capitals ("cBAN CHẤP HÀNH TRUNG ƯƠNG": a web page's leftover). */
    private static final Pattern STRAY_BEFORE_NAME = Pattern.compile("(?u)^(?:\\p{Ll}|[^\\p{L}\\p{N}\\s(])(?=\\p{Lu}{2})");

    /**
     * A weekday where a date line's place stands ("Thứ hai, ngày 02/08/2021", "Chủ nhật, ngày …"): the date a web page
     * prints above what it shows, never the document's (a document is dated by its place, Decree 30/2020/NĐ-CP).
     */
    static final Pattern WEEKDAY = Pattern.compile("(?iu)^(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật|cn)$");
    /** A draft stamp on a line of its own ("DỰ THẢO", "(Dự thảo lần 2)"): it says the paper is a draft, it names nobody. */
    private static final Pattern DRAFT_STAMP = Pattern.compile(
            "(?iu)^\\(?\\s*dự thảo(?:\\s+(?:lần\\s+)?\\d{1,2})?\\s*\\)?$");

    /** The motto's words, in order ("hoà" read as "hòa"). */
    private static final List<String> MOTTO_WORDS = List.of("cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "việt", "nam");
    /** The motto words still to come after a line that printed its first words ("CỘNG" / "HÒA XÃ HỘI …"). */
    private List<String> mottoRest;

    DocumentNumber number;
    String numberRaw;
    DocumentNumber siteNumber;
    PartialDate date;
    String dateText;
    String place;
    String subject;
    /** The subject is printed "V/v …", the trích yếu of an official letter. */
    boolean subjectIsLetter;
    final List<String> names = new ArrayList<>();
    /** 1-based last line of the header block (0 when it is empty). */
    int end;
    /**
     * 1-based first line that gave the header a part of the document's own (a name, the motto, the number, the date,
     * a draft stamp), 0 when none did: what stands above it (a website's title line, its ids) is the page's, not the
     * document's text.
     */
    int start;
    /** The header carries a draft stamp ("DỰ THẢO"). */
    boolean draftStamp;
    /** The cell being read gave the header something of the document's own. */
    private boolean touched;
    /** A "Số:" cell alone, waiting for the number a web copy or a narrow column put on the next line. */
    private boolean numberLabelAlone;
    /** A place line waiting for its "ngày …" on the next line. */
    private String placeAlone;
    /** Lines the place-and-date line has been continued with, while it still holds no date. */
    private int dateWraps = -1;

    private Header() {}

    /**
     * The national motto broken anywhere over lines ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ" / "HỘI
     * CHỦ NGHĨA VIỆT NAM"): a line holding only the motto's first words is dropped, and the next line loses the words
     * that complete it; what remains of that line is read as usual. Neither part is a name of the issuer.
     */
    private String mottoSplit(String c) {
        List<String> words = List.of(c.toLowerCase(java.util.Locale.ROOT).replace("hoà", "hòa").split("\\s+"));
        List<String> rest = mottoRest;   // kept over the other column's cells, which may stand between the parts
        if (rest != null) {
            int n = 0;
            while (n < words.size() && n < rest.size() && words.get(n).equals(rest.get(n))) n++;
            if (n > 0) {
                mottoRest = null;
                String[] original = c.split("\\s+");
                return String.join(" ", java.util.Arrays.asList(original).subList(n, original.length));
            }
        }
        if (words.size() < MOTTO_WORDS.size() && words.equals(MOTTO_WORDS.subList(0, words.size()))) {
            mottoRest = MOTTO_WORDS.subList(words.size(), MOTTO_WORDS.size());
            return "";
        }
        return c;
    }

    /**
     * Takes a cell that is a document number alone, or an issuer's name, a dash and the number, as the header's
     * number (a copy that dropped the "Số:" label); the name is read on as a cell of its own. False, and nothing
     * taken, for anything else.
     */
    private boolean bareNumber(String c) {
        Matcher m = BARE_NUMBER.matcher(c);
        if (!m.matches()) return false;
        String name = m.group(1);
        if (name != null && !UPPER_NAME.matcher(name).matches()) return false;
        List<DocumentNumber.Found> found = DocumentNumber.findAll(m.group(2));
        if (found.size() != 1 || found.getFirst().start() != 0 || found.getFirst().end() != m.group(2).length()) return false;
        DocumentNumber n = found.getFirst().number();
        if (n.kindCode() == null || n.issuerCode() == null) return false;   // a figure or a date, not a number
        number = n;
        numberRaw = m.group(2);
        touched = true;
        if (name != null) cell(name);
        return true;
    }

    /** Reads lines [0, {@code endExclusive}) as a header block. */
    static Header read(List<String> lines, int endExclusive) {
        Header h = new Header();
        for (int i = 0; i < Math.min(endExclusive, lines.size()); i++) {
            String line = MetadataExtractor.clean(lines.get(i));
            if (line.isEmpty()) continue;
            List<String> cells = new ArrayList<>();
            for (String c : CELL_SPLIT.split(line)) if (!c.isBlank()) cells.add(c.strip());
            if (cells.isEmpty()) continue;
            if (SITE_LABEL.matcher(cells.getFirst()).matches()) {
                if (cells.size() > 1 && cells.getFirst().toLowerCase().startsWith("số") && h.siteNumber == null)
                    h.siteNumber = DocumentNumber.parse(cells.get(1)).filter(n -> !n.blank()).orElse(null);
                continue;
            }
            h.end = i + 1;
            h.touched = false;
            for (String cell : cells) h.cell(cell);
            if (h.touched && h.start == 0) h.start = i + 1;
        }
        return h;
    }

    private void cell(String cell) {
        String c = MOTTO.matcher(cell).replaceAll(" ").strip();
        if (c.length() < cell.strip().length()) touched = true;   // the motto, which only the document prints
        c = mottoSplit(c);
        if (c.isEmpty() || MOTTO_PART.matcher(c).matches()) {
            if (!cell.isBlank()) touched = true;
            return;
        }
        if (DRAFT_STAMP.matcher(c).matches()) {
            draftStamp = true;
            touched = true;
            return;
        }
        // a place-and-date line wrapped over lines ("Hải Dương, ngày" / "05 tháng 6 năm 2023", "Thừa Thiên Huế," /
        // "ngày 29 tháng 10 năm 2024"): read as the one line it is
        if (placeAlone != null) {
            String place = placeAlone;
            placeAlone = null;
            if (DATE_REST.matcher(c).lookingAt()) c = place + " " + c;
        } else if (dateWraps >= 0 && date == null && dateWraps < 2 && DATE_REST.matcher(c).lookingAt()) {
            dateWraps++;
            dateText = dateText + " " + c;
            date = PartialDate.find(dateText).orElse(null);
            return;
        }
        if (dateText == null && PLACE_ALONE.matcher(c).matches() && !UPPER_NAME.matcher(c).matches()) {
            placeAlone = c;
            return;
        }
        if (numberLabelAlone) {
            numberLabelAlone = false;
            if (numberRaw == null && !DocumentNumber.findAll(c).isEmpty() && DocumentNumber.findAll(c).getFirst().start() == 0)
                c = "Số: " + c;
        }
        if (numberRaw == null && NUMBER_LABEL_ALONE.matcher(c).matches()) {
            numberLabelAlone = true;
            return;
        }
        Matcher num = NUMBER.matcher(c);
        if (num.find() && numberRaw == null) {
            String rest = c.substring(num.end());
            List<DocumentNumber.Found> found = DocumentNumber.findAll(rest);
            if (!found.isEmpty() && found.getFirst().start() <= 1) {
                number = found.getFirst().number();
                numberRaw = rest.substring(0, found.getFirst().end()).strip();
                touched = true;
                String before = c.substring(0, num.start()).strip();
                if (!before.isEmpty()) cell(before);                       // issuer and number on one line
                String after = rest.substring(found.getFirst().end()).strip();
                if (!after.isEmpty()) cell(after);                        // number and place-date on one line
                return;
            }
        }
        if (numberRaw == null && bareNumber(c)) return;
        Matcher figures = PLACE_FIGURES_DATE.matcher(c);
        if (figures.matches() && date == null && dateText == null && !WEEKDAY.matcher(figures.group(1).strip()).matches()) {
            touched = true;
            dateText = c;
            place = figures.group(1).strip();
            date = new PartialDate(Integer.valueOf(figures.group(2)), Integer.valueOf(figures.group(4)),
                    Integer.valueOf(figures.group(5)));
            return;
        }
        if (DATE_ALONE.matcher(c).matches() && date == null && dateText == null && PartialDate.find(c).isPresent()) {
            touched = true;
            dateText = c;
            date = PartialDate.find(c).get();
            return;
        }
        Matcher pd = PLACE_DATE.matcher(c);
        if (pd.find() && WEEKDAY.matcher(pd.group(1).strip()).matches()) return;   // the web page's date
        if (pd.find(0) && date == null && dateText == null) {
            touched = true;
            dateText = c;
            place = pd.group(1).strip();
            date = PartialDate.find(c).orElse(null);
            if (date == null) dateWraps = 0;
            return;
        }
        Matcher subj = SUBJECT.matcher(c);
        if (subj.matches()) {
            touched = true;
            if (subject == null) {
                subject = subj.group(1).strip();
                subjectIsLetter = c.regionMatches(true, 0, "V/v", 0, 3);
            }
            return;
        }
        if (!UPPER_NAME.matcher(c).matches()) {
            Matcher stray = STRAY_BEFORE_NAME.matcher(c);
            if (!stray.find() || !UPPER_NAME.matcher(c.substring(stray.end())).matches()) return;
            c = c.substring(stray.end());
        }
        names.add(c.replaceAll("\\s+", " "));
        touched = true;
    }
}
