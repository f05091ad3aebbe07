package vn.nq57.loader.metadata;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.reference.DocumentNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's metadata from its header block (issuer, "Số: …", "Place, ngày …"), its kind heading and
 * title, and — where the header leaves something out — from the body ("UBND xã Tân Lợi ban hành Kế hoạch …") and
 * the captions of its own appendices ("Kèm theo Kế hoạch số /KH-UBND ngày / /2026 của UBND xã Tân Lợi").
 */
public final class MetadataExtractor {
    /** The kind heading must come early; later headings belong to appendices or articles. */
    private static final int HEADING_WINDOW = 60;
    private static final int MAX_TITLE_LINES = 10;

    private static final Pattern MARKUP = Pattern.compile("</?b>|\\*\\*|^#+\\s*|\\*");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)^\\s*Số\\s*:?\\s*(.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("(?u)^\\s*([\\p{L} .'-]{2,40}?),\\s*ngày\\b");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "(?iu)^(?:căn cứ|thực hiện|theo đề nghị|\\(?(?:ban hành )?kèm theo|[IVX]+\\.|\\d+\\.|stt\\b|tt\\b)");
    private static final Pattern NATIONAL_MOTTO = Pattern.compile("(?iu)^(?:cộng hòa|cộng hoà|độc lập|số\\b)");
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)\\(\\s*(?:ban hành\\s+)?kèm theo\\s+([^()]*?)\\s*\\)");
    private static final Pattern ISSUES = Pattern.compile(
            "(?iu)ban hành kèm theo (?:quyết định|nghị quyết|thông tư) này\\s+([^.]*)");
    private static final String LOCAL_LEVEL = "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)";
    private static final Pattern ISSUING_SENTENCE = Pattern.compile(
            "(?u)(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\\s+" + LOCAL_LEVEL + "(?:\\s+(" + PlaceNames.NAME + "))?"
            + "\\s+(?:ban hành|xây dựng)\\s+(?:Kế hoạch|Chương trình|Quyết định|Đề án)");
    private static final Pattern ISSUER_PHRASE = Pattern.compile(
            "(?u)^(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\\s+" + LOCAL_LEVEL + "(?:\\s+(" + PlaceNames.NAME + "))?\\s*$");

    private static final Pattern BARE_LEVEL = Pattern.compile("(?u)(?:^UBND|\\s" + LOCAL_LEVEL + ")$");

    private MetadataExtractor() {}

    public static DocumentMetadata extract(SourceText src) {
        List<String> lines = src.lines();
        String body = String.join("\n", lines);
        int heading = headingLine(lines);
        DocumentKind kind = heading > 0 ? kindOfHeading(clean(lines.get(heading - 1))) : DocumentKind.OTHER;

        // Header block: the lines above the heading.
        DocumentNumber number = null;
        String numberRaw = null;
        PartialDate date = null;
        List<String> headerNames = new ArrayList<>();
        int headerEnd = heading > 0 ? heading - 1 : headerWithoutHeading(lines);
        for (int i = 0; i < headerEnd; i++) {
            String line = clean(lines.get(i));
            Matcher num = NUMBER_LINE.matcher(line);
            if (num.matches() && numberRaw == null) {
                List<DocumentNumber.Found> found = DocumentNumber.findAll(line);
                if (!found.isEmpty()) {
                    number = found.getFirst().number();
                    numberRaw = num.group(1).strip();
                }
                continue;
            }
            if (PLACE_DATE.matcher(line).find() && date == null) {
                date = PartialDate.find(line).orElse(null);
                continue;
            }
            for (String cell : line.split("\t")) {
                String c = cell.strip();
                if (PlaceNames.isUpperCase(c) && !NATIONAL_MOTTO.matcher(c).find()) headerNames.add(c);
            }
        }

        // Title: the heading's subject lines.
        int titleEnd = heading;
        StringBuilder title = new StringBuilder();
        boolean draftHeading = false;
        if (heading > 0) {
            String h = clean(lines.get(heading - 1));
            draftHeading = h.toUpperCase().contains("DỰ THẢO");
            int taken = 0;
            for (int i = heading; i < lines.size() && taken < MAX_TITLE_LINES; i++) {
                String line = clean(lines.get(i));
                if (line.isEmpty()) continue;
                if (TITLE_STOP.matcher(line).find() || (PlaceNames.isUpperCase(line) && !title.isEmpty())) break;
                if (kind == DocumentKind.APPENDIX && line.contains("\t")) break;
                title.append(title.isEmpty() ? "" : " ").append(line);
                titleEnd = i + 1;
                taken++;
            }
        }

        // Captions: an appendix's parent, or this document's own number and date in its appendices.
        List<RelatedDocument> captions = captions(body);
        RelatedDocument appendixOf = null;
        RelatedDocument selfCaption = null;
        if (kind == DocumentKind.APPENDIX) {
            appendixOf = captions.isEmpty() ? null : captions.getFirst();
        } else {
            for (RelatedDocument c : captions)
                if (c.kind() == kind && (c.number() == null || c.number().blank() || number == null
                        || c.number().key() != null && c.number().key().equals(number.key()))) {
                    selfCaption = c;
                    break;
                }
        }
        if (number == null && selfCaption != null && selfCaption.number() != null) {
            number = selfCaption.number();
            numberRaw = number.canonical();
        }

        // Issuer: the header, the issuing sentence, the self caption; the most complete one.
        List<String> issuers = new ArrayList<>();
        if (!headerNames.isEmpty()) issuers.add(IssuerNames.fromHeader(String.join(" ", headerNames), body));
        Matcher says = ISSUING_SENTENCE.matcher(body.replaceAll("\\s+", " "));
        if (says.find()) issuers.add(IssuerNames.normalise(says.group()
                .replaceFirst("\\s+(?:ban hành|xây dựng)\\s+\\S+\\s+\\S+$", "")));
        if (selfCaption != null && selfCaption.issuer() != null) issuers.add(selfCaption.issuer());
        if (appendixOf != null && appendixOf.issuer() != null) issuers.add(appendixOf.issuer());
        // The header is authoritative unless it names only a level ("ỦY BAN NHÂN DÂN / XÃ").
        String issuer = !headerNames.isEmpty() && !BARE_LEVEL.matcher(issuers.getFirst()).find()
                ? issuers.getFirst() : mostComplete(issuers);
        String level = Levels.ofName(issuer);
        if (level == null && number != null) level = Levels.ofCode(number.issuerCode());

        Integer year = null, month = null;
        LocalDate fullDate = null;
        if (date == null && selfCaption != null) {
            year = selfCaption.year();
            month = selfCaption.month();
            fullDate = selfCaption.date();
        } else if (date == null && kind == DocumentKind.APPENDIX && appendixOf != null) {
            year = appendixOf.year();
            month = appendixOf.month();
            fullDate = appendixOf.date();
        } else if (date != null) {
            year = date.year();
            month = date.month();
            fullDate = date.toLocalDate().orElse(null);
        }

        Area area = area(issuer, level, body);
        boolean draft = draftHeading || (number != null && number.blank()) || (fullDate == null && year != null);
        // Without a readable heading, the number's kind code ("KH" in 05/KH-CNTT) still says what the document is.
        if (kind == DocumentKind.OTHER && heading == 0 && number != null && number.kindCode() != null)
            kind = DocumentKind.ofCode(number.kindCode()).orElse(kind);
        String kindCode = number != null && number.kindCode() != null ? number.kindCode() : kind.code();
        if (kind == DocumentKind.APPENDIX) kindCode = null;

        RelatedDocument issues = null;
        if (kind == DocumentKind.DECISION) {
            Matcher iss = ISSUES.matcher(body.replaceAll("\\s+", " "));
            if (iss.find()) {
                String what = iss.group(1).strip();
                DocumentKind k = DocumentKind.ofLeadingWords(what).orElse(DocumentKind.OTHER);
                issues = new RelatedDocument(k, null, fullDate, year, month, issuer, what);
            }
        }

        int first = 1;
        while (first < lines.size() && lines.get(first - 1).isBlank()) first++;
        LineSpan span = new LineSpan(first, Math.max(first, Math.max(titleEnd, heading)));
        return new DocumentMetadata(kind.className(), kindCode, number, numberRaw, draft, fullDate, year, month,
                issuer, level, area, title.isEmpty() ? null : title.toString(), appendixOf, issues, span);
    }

    /**
     * Where the header block ends when no kind heading was found (an OCR slip such as "KÉ HOẠCH" for "KẾ HOẠCH"): at
     * the first "Căn cứ …" / "Thực hiện …" sentence within the heading window, so the letterhead's "Số: …" and
     * "Place, ngày …" are still read; 0 when there is none either.
     */
    private static int headerWithoutHeading(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADING_WINDOW); i++) {
            if (BASIS_START.matcher(clean(lines.get(i))).lookingAt()) return i;
        }
        return 0;
    }

    private static final Pattern BASIS_START = Pattern.compile("(?iu)\\s*(?:căn cứ|thực hiện)(?=\\s|$)");

    /** 1-based line of the kind heading ("KẾ HOẠCH", "QUYẾT ĐỊNH", "Phụ lục II"), or 0 when there is none. */
    static int headingLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADING_WINDOW); i++) {
            String line = clean(lines.get(i));
            if (line.isEmpty() || line.length() > 60) continue;
            if (kindOfHeading(line) != null) return i + 1;
        }
        return 0;
    }

    /** The kind an upper-case heading names; an appendix heading may be in any case ("Phụ lục II"). */
    private static DocumentKind kindOfHeading(String line) {
        Optional<DocumentKind> k = DocumentKind.ofLeadingWords(line);
        if (k.isEmpty()) return null;
        String word = k.get().words().stream().filter(w -> line.regionMatches(true, 0, w, 0, w.length())).findFirst().orElse("");
        String printed = line.substring(0, word.length());
        if (k.get() == DocumentKind.APPENDIX) return line.length() < 30 ? k.get() : null;
        return PlaceNames.isUpperCase(printed) && !line.endsWith(":") ? k.get() : null;
    }

    private static List<RelatedDocument> captions(String body) {
        List<RelatedDocument> out = new ArrayList<>();
        Matcher m = CAPTION.matcher(body);
        while (m.find()) {
            String c = m.group(1).replaceAll("\\s+", " ");
            Optional<DocumentKind> kind = DocumentKind.ofLeadingWords(c);
            if (kind.isEmpty()) continue;
            List<DocumentNumber.Found> nums = DocumentNumber.findAll(c);
            PartialDate d = PartialDate.find(c).orElse(null);
            int of = c.lastIndexOf(" của ");
            String issuer = of < 0 ? null : IssuerNames.normalise(c.substring(of + 5));
            out.add(new RelatedDocument(kind.get(), nums.isEmpty() ? null : nums.getFirst().number(),
                    d == null ? null : d.toLocalDate().orElse(null), d == null ? null : d.year(),
                    d == null ? null : d.month(), issuer, null));
        }
        return out;
    }

    /** The name with the most words: "UBND xã Tân Lợi" over "UBND xã"; the first of equals. */
    private static String mostComplete(List<String> names) {
        String best = null;
        for (String n : names)
            if (n != null && (best == null || n.split(" ").length > best.split(" ").length)) best = n;
        return best;
    }

    /**
     * The area: the issuer's own level and name; the levels above it from the names the text uses most
     * ("UBND tỉnh Đồng Nai", "trên địa bàn tỉnh Đồng Nai" in a commune plan).
     */
    private static Area area(String issuer, String level, String body) {
        String province = null, district = null, commune = null;
        if (issuer != null) {
            Matcher m = ISSUER_PHRASE.matcher(issuer);
            if (m.matches() && m.group(2) != null) {
                switch (m.group(1)) {
                    case "tỉnh", "thành phố" -> province = m.group(2);
                    case "huyện", "quận", "thị xã" -> district = m.group(2);
                    default -> commune = m.group(2);
                }
            }
        }
        if (Levels.COMMUNE.equals(level) || Levels.DISTRICT.equals(level)) {
            if (province == null) province = PlaceNames.mostFrequent(body, "tỉnh").orElse(null);
            if (district == null && Levels.COMMUNE.equals(level))
                district = PlaceNames.mostFrequent(body, "huyện").orElse(null);
        }
        return new Area(province, district, commune, level);
    }

    static String clean(String line) {
        return MARKUP.matcher(line.strip()).replaceAll("").strip();
    }
}
