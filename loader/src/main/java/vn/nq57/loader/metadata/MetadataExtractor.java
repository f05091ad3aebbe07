package vn.nq57.loader.metadata;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.read.Spaces;
import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.reference.DocumentNumber;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /** A rule a word processor or web page draws under a heading or a title: "-----", "___", "***", "* * *". */
    private static final Pattern RULE = Pattern.compile("^(?:[-_=*~─—–]\\s*){3,}$");
    /** A line in running case: a capitalised word, then words in lower case ("Qua hơn một năm triển khai …"). */
    private static final Pattern RUNNING_CASE = Pattern.compile("(?u)^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){3}");
    /** Marks before a title's first word that are no letter, digit, quote or bracket: a scan's specks. */
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[^\\p{L}\\p{N}\"“'(\\[]+");
    /** Two letters or two digits together: a line without them under a title is a scan's specks, not words. */
    private static final Pattern WORDLIKE = Pattern.compile("\\p{L}\\p{L}|\\p{N}\\p{N}");

    private static final Pattern MARKUP = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|</?b>|\\*\\*|^#+\\s*|(?<!\\\\)\\*");
    /** Markdown backslash escapes a word processor writes: {@code 57\\-NQ/TW}, {@code 1\\.}. */
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    /** Letters have no kind heading: their header runs to the place-and-date line, within this many lines. */
    private static final int LETTER_HEADER_WINDOW = 25;
    /** A line this long without bold, closed by a full stop, colon or semicolon, is a paragraph of the body, not the title. */
    private static final int LONG_PARAGRAPH = 300;
    /** "CỦA BỘ CHÍNH TRỊ" under "NGHỊ QUYẾT": the issuing body. */
    private static final Pattern OF_BODY = Pattern.compile("(?u)^CỦA\\s+(\\p{Lu}[\\p{Lu}\\s]+)$");
    /** A part heading: "PHẦN I. KẾT QUẢ …", "Phần thứ nhất", "Phần 2" (not "phần mềm", software). */
    public static final String PART_HEADING = "(?iu:phần)\\s+(?:(?i:thứ)\\s+\\p{L}+|[IVXivx]+|\\d{1,2})(?![\\p{L}\\d])";
    private static final Pattern FIRST_LINE_STOP = Pattern.compile(
            "(?iu)^(?:căn cứ|theo đề nghị|\\(?(?:ban hành )?kèm theo|[IVX]+\\.|\\d+\\.|stt\\b|tt\\b|" + PART_HEADING + ")");
    private static final Pattern LEAD_SENTENCE = Pattern.compile("(?iu)^(?:thực hiện|triển khai)(?!\\p{L})");
    /** The document speaking of itself ("Kế hoạch này thay …"): a sentence of the body, not the title. */
    private static final Pattern THIS_DOCUMENT = Pattern.compile(
            "(?iu)^(?:kế hoạch|quyết định|nghị quyết|chương trình|thông báo|công văn|quy chế|quy định|đề án|văn bản|báo cáo|chỉ thị)(?:\\s+\\p{L}+){0,2}\\s+này(?!\\p{L})");
    private static final Pattern PLACE_WITH_LEVEL = Pattern.compile("(?iu)^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|thị trấn)\\s+\\p{Lu}");
    private static final Pattern PLACE_DATE = Pattern.compile("(?u)^\\s*([\\p{L} .'-]{2,40}?),\\s*ngày\\b");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "(?iu)^(?:căn cứ|thực hiện|theo đề nghị|\\(?(?:ban hành )?kèm theo|[IVX]+\\.|\\d+\\.|stt\\b|tt\\b|" + PART_HEADING + ")");
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)\\(\\s*(?:ban hành\\s+)?kèm theo\\s+([^()]*?)\\s*\\)");
    private static final Pattern ISSUES = Pattern.compile(
            "(?iu)ban hành kèm theo (?:quyết định|nghị quyết|thông tư) này\\s+([^.]*)");
    private static final String LOCAL_LEVEL = "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)";
    private static final Pattern ISSUING_SENTENCE = Pattern.compile(
            "(?u)(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\\s+" + LOCAL_LEVEL + "(?:\\s+(" + PlaceNames.NAME + "))?"
            + "\\s+(?:ban hành|xây dựng)\\s+(?:Kế hoạch|Chương trình|Quyết định|Đề án)");
    /** How far below the title a headerless document's enacting sentence is looked for. */
    private static final int PREAMBLE_LINES = 8;
    /** A body other than a People's Committee naming itself as the one that issues: "Ban Chỉ đạo … ban hành Kế hoạch". */
    private static final Pattern BODY_ISSUING = Pattern.compile(
            "(?u)(?<!\\p{L})((?:Ban Chỉ đạo|Ban Thường vụ|Ban Chấp hành|Ban Tuyên giáo|Ban Dân vận|Đảng ủy|Đảng uỷ|Tỉnh ủy|"
            + "Huyện ủy|Thành ủy|Sở|Bộ|Văn phòng|Hội đồng nhân dân)(?:\\s+[\\p{L}\\p{M}’'\\-]+){0,12}?)"
            + "(?:\\s*\\([^)]{0,80}\\))?\\s+(?:vừa\\s+|đã\\s+)?(?:ban hành|xây dựng)\\s+"
            + "(?:Kế hoạch|Chương trình|Quyết định|Đề án|Nghị quyết)");
    private static final Pattern ISSUER_PHRASE = Pattern.compile(
            "(?u)^(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\\s+(?i:" + LOCAL_LEVEL + ")" + "(?:\\s+(" + PlaceNames.NAME + "))?\\s*$");

    private static final String CAPS_LEVEL = "TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU";
    /**
     * A level word in capitals and the name after it ("TỈNH NGHỆ AN"): not a Party committee ("TỈNH ỦY LÀO CAI"), not
     * "XÃ HỘI" (society: the motto's "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VĂN HÓA - XÃ HỘI").
     */
    private static final Pattern CAPS_PLACE = Pattern.compile("(?u)(?<!\\p{L})(" + CAPS_LEVEL + ") (?!(?:ỦY|UỶ|HỘI)(?!\\p{L}))("
            + "(?:(?!(?:" + CAPS_LEVEL + ")(?!\\p{L}))\\p{Lu}+(?:['’]\\p{Lu}+)?(?: |$|(?=,)))+)");

    /** A place name in capitals as proper names are written: every syllable capitalised ("NGHỆ AN" → "Nghệ An"). */
    private static String properName(String caps) {
        java.util.Locale vi = java.util.Locale.of("vi");
        StringBuilder out = new StringBuilder();
        for (String syllable : caps.strip().split(" +")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(syllable.substring(0, 1)).append(syllable.substring(1).toLowerCase(vi));
        }
        return out.toString();
    }

    /** A level word, any case, and the capitalised name after it, which stops before the next level word. */
    private static final Pattern PLACE_IN_ISSUER = Pattern.compile("(?u)(?<!\\p{L})(?i:" + LOCAL_LEVEL + ")\\s+("
            + "\\p{Lu}\\p{Ll}*(?:['’]\\p{Ll}+)?(?: +(?!(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)(?!\\p{L}))"
            + "\\p{Lu}\\p{Ll}*(?:['’]\\p{Ll}+)?)*)");

    /**
     * The body that decides, printed in capitals between a decision's title and its "Căn cứ" lines ("ỦY BAN NHÂN DÂN
     * TỈNH THANH HÓA", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "THỦ TƯỚNG CHÍNH PHỦ", "BỘ TRƯỞNG BỘ …"): not the title.
     */
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?u)^(?:CHỦ TỊCH\\s+\\p{Lu}|(?:(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|THỦ TƯỚNG|BỘ TRƯỞNG|TRƯỞNG BAN|"
            + "GIÁM ĐỐC|CHÍNH PHỦ|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG)(?!\\p{L}))");
    private static final Pattern BASIS_LINE = Pattern.compile("(?iu)^[-–•]?\\s*căn cứ(?!\\p{L})");
    /** A people's committee named without its place: "UBND", "UBND tỉnh". */
    /** A place's proper name, each word capitalised ("Tây Ninh", "Đắk R'lấp"): what a date line names. */
    private static final Pattern PROPER_NAME = Pattern.compile("(?u)^\\p{Lu}[\\p{L}'’]*(?:[ -]\\p{Lu}[\\p{L}'’]*){0,4}$");
    private static final Pattern BARE_COMMITTEE = Pattern.compile("(?iu)^UBND(?:\\s+" + LOCAL_LEVEL + ")?$");

    private static final Pattern BARE_LEVEL = Pattern.compile("(?u)(?:^UBND|\\s" + LOCAL_LEVEL + ")$");

    private MetadataExtractor() {}

    public static DocumentMetadata extract(SourceText src) {
        List<String> lines = src.lines();
        String body = String.join("\n", lines);
        List<String> checks = new ArrayList<>();
        int heading = headingLine(lines);
        DocumentKind headingKind = heading > 0 ? headingKind(clean(lines.get(heading - 1))) : null;

        // Header block: the lines above the heading; a letter has none, so up to its place and date.
        Header header = Header.read(lines, heading > 0 ? heading - 1 : headerEnd(lines));
        DocumentNumber number = header.number;
        String numberRaw = header.numberRaw;
        PartialDate date = header.date;
        List<String> headerNames = header.names;
        if (number == null && header.siteNumber != null) {
            number = header.siteNumber;
            numberRaw = number.canonical();
            checks.add("number taken from the website's metadata rows above the document, not from its header");
        }
        // no number of its own: the lead of a page republishing the document may name it ("Sau đây là nội dung Thông
        // báo số …", "Nghị quyết số … ban hành bởi …" as the first line); that is its identity, not a document it cites
        Lead lead = number == null && headingKind != DocumentKind.APPENDIX ? Lead.read(lines).orElse(null) : null;
        if (lead != null) {
            number = lead.number();
            numberRaw = number.canonical();
            if (date == null) date = lead.date();
            checks.add("number, kind, date and issuer read from the lead sentence of the page that republishes the"
                    + " document, which has no header of its own");
        }

        // Title: the heading's subject lines; "CỦA BỘ CHÍNH TRỊ" under the heading names the issuer.
        int titleEnd = heading > 0 ? heading : header.end;
        StringBuilder title = new StringBuilder();
        String issuerUnderHeading = null;
        String authority = null;
        boolean draftHeading = false;
        // a web copy may drop the kind heading ("KẾ HOẠCH") of a document whose number says its kind: the title then
        // stands right under the header (a letter has a "V/v" subject instead, and no heading to drop)
        boolean headingDropped = heading == 0 && header.subject == null && number != null && lead == null
                && number.kind().filter(k -> k != DocumentKind.OFFICIAL_LETTER && k != DocumentKind.APPENDIX).isPresent();
        if (heading > 0 || headingDropped) {
            if (heading > 0) draftHeading = clean(lines.get(heading - 1)).toUpperCase().contains("DỰ THẢO");
            int taken = 0;
            for (int i = heading > 0 ? heading : header.end; i < lines.size() && taken < MAX_TITLE_LINES; i++) {
                String line = clean(lines.get(i));
                if (line.isEmpty()) continue;
                Matcher of = OF_BODY.matcher(line);
                if (title.isEmpty() && issuerUnderHeading == null && of.matches()) {
                    issuerUnderHeading = IssuerNames.fromHeader(of.group(1), body);
                    titleEnd = i + 1;
                    continue;
                }
                if (RULE.matcher(line).matches()) {
                    if (title.isEmpty()) continue;   // the rule under the heading
                    break;                           // the rule under the title
                }
                boolean first = title.isEmpty();
                // a scan's speck or stamp before the title's first word is no part of it ("\\@ Đẩy mạnh …")
                if (first) line = LEADING_SPECKS.matcher(line).replaceFirst("");
                if (line.isEmpty()) continue;
                // specks a scan leaves under the title ("—b", "h <0 ⁄"): no two letters or digits together
                if (!first && !WORDLIKE.matcher(line).find()) break;
                if (authorityAt(lines, i) && !title.toString().matches("(?su).*(?:CỦA|VÀ|của|và)\\s*$")) {
                    authority = line;
                    break;
                }
                // an upper-case line ends a title in running case; a title in capitals may wrap onto it
                if (!first && (TITLE_STOP.matcher(line).find()
                        || PlaceNames.isUpperCase(line) && !PlaceNames.isUpperCase(title.toString())
                        || PlaceNames.isUpperCase(title.toString()) && title.length() > 40 && RUNNING_CASE.matcher(line).find()
                        || line.matches("(?s).*[.:;]\\s*$"))) break;   // titles end without a full stop; sentences do
                if (first && (FIRST_LINE_STOP.matcher(line).find()
                        || LEAD_SENTENCE.matcher(line).find() && line.matches("(?s).*[;,.:]\\s*$"))) break;
                if (THIS_DOCUMENT.matcher(line).find() || line.length() > LONG_PARAGRAPH && !lines.get(i).contains("**")
                        && line.matches("(?s).*[.;:]\\s*$")) break;   // a long title may run on; a paragraph ends in a stop
                if (headingKind == DocumentKind.APPENDIX && line.contains("\t")) break;
                title.append(title.isEmpty() ? "" : " ").append(line);
                titleEnd = i + 1;
                taken++;
            }
        } else if (header.subject != null) {
            title.append(header.subject);
        } else if (lead != null && lead.title() != null) {
            title.append(lead.title());
        }
        if (authority == null) {
            for (int i = header.end; i < Math.min(lines.size(), header.end + 3); i++) {
                if (authorityAt(lines, i)) { authority = clean(lines.get(i)); break; }
                if (!clean(lines.get(i)).isEmpty()) break;
            }
        }

        // Kind: the heading word, else the kind code of the number, else a "V/v" subject line (the form Decree
        // 30/2020/NĐ-CP prescribes for an official letter only); absent when none says (never guessed).
        DocumentKind kind = headingKind;
        if (kind == null && number != null) kind = number.kind().orElse(null);
        if (kind == null && header.subjectIsLetter) kind = DocumentKind.OFFICIAL_LETTER;
        if (kind == null && lead != null) kind = lead.kind();
        if (kind == null) checks.add("kind not stated: no kind heading (KẾ HOẠCH, NGHỊ QUYẾT …) and no kind code in the number");

        // Captions: an appendix's parent, or this document's own number and date in its appendices.
        List<Caption> captions = captions(lines);
        RelatedDocument appendixOf = null;
        RelatedDocument selfCaption = null;
        if (kind == DocumentKind.APPENDIX) {
            appendixOf = captions.isEmpty() ? null : captions.getFirst().document();
        } else {
            if (kind != null) {
                for (Caption caption : captions) {
                    RelatedDocument c = caption.document();
                    if (c.kind() == kind && (c.number() == null || c.number().blank() || number == null
                            || c.number().key() != null && c.number().key().equals(number.key()))) {
                        selfCaption = c;
                        break;
                    }
                }
            }
            // "(Kèm theo Nghị quyết số 03/NQ-CP …)" at the head of a programme: it is attached to, i.e. part of, that
            // document (ELI is_part_of), whatever its own kind; not a basis it cites.
            Caption head = captions.isEmpty() ? null : captions.getFirst();
            if (head != null && head.document() != selfCaption && inHead(lines, heading > 0 ? titleEnd : 0, head.line()))
                appendixOf = head.document();
        }
        if (number == null && selfCaption != null && selfCaption.number() != null) {
            number = selfCaption.number();
            numberRaw = number.canonical();
        }

        // Issuer: the header, the issuing sentence, the self caption; the most complete one.
        List<String> issuers = new ArrayList<>();
        if (!headerNames.isEmpty()) issuers.add(IssuerNames.ofHeaderLines(headerNames, body));
        Matcher says = ISSUING_SENTENCE.matcher(Spaces.collapse(body));
        if (says.find()) issuers.add(IssuerNames.normalise(says.group()
                .replaceFirst("\\s+(?:ban hành|xây dựng)\\s+\\S+\\s+\\S+$", "")));
        else if (headerNames.isEmpty() && kind != DocumentKind.APPENDIX) {
            // no header (a web copy): the body the enacting sentence of the preamble names, "… Ban Chỉ đạo chuyển đổi
            // số huyện X (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch …" (a task's "Sở … xây dựng Kế hoạch …"
            // further down issues nothing of this document)
            String preamble = String.join("\n", lines.subList(0, Math.min(lines.size(), titleEnd + PREAMBLE_LINES)));
            String enacting = enactingBody(Spaces.collapse(preamble));
            if (enacting != null) issuers.add(enacting);
        }
        if (authority != null && authority.matches("(?u)^(?:CHỦ TỊCH\\s+)?(?:ỦY|UỶ) BAN NHÂN DÂN\\s.*"))
            issuers.add(IssuerNames.fromHeader(authority.replaceFirst("^CHỦ TỊCH\\s+", ""), body));
        if (selfCaption != null && selfCaption.issuer() != null) issuers.add(selfCaption.issuer());
        if (appendixOf != null && appendixOf.issuer() != null) issuers.add(appendixOf.issuer());
        // The header is authoritative unless it names only a level ("ỦY BAN NHÂN DÂN / XÃ").
        String issuer = !headerNames.isEmpty() && !BARE_LEVEL.matcher(issuers.getFirst()).find()
                ? issuers.getFirst() : mostComplete(issuers);
        if (issuerUnderHeading != null) issuer = issuerUnderHeading;
        else if (lead != null && lead.issuer() != null && headerNames.isEmpty()) issuer = lead.issuer();
        else if (IssuerNames.onlyParentLines(headerNames) && number != null && !"TW".equalsIgnoreCase(number.issuerCode())) {
            String own = ownBodyUnderParent(lines, number);
            if (own != null) {
                checks.add("the header names only \"" + issuer + "\", the organisation above the issuing body (its own line"
                        + " is missing); issuer \"" + own + "\" taken from the enacting sentence or the number's code");
                issuer = own;
            }
        }
        // "ỦY BAN NHÂN DÂN" over "Thành phố Hồ Chí Minh, ngày …": the place names the committee's area
        if ("UBND".equals(issuer) && header.place != null && PLACE_WITH_LEVEL.matcher(header.place).find())
            issuer = "UBND " + header.place;
        // "ỦY BAN NHÂN DÂN" (a web copy dropped the line "TỈNH BẮC NINH" under it) over "Bắc Ninh, ngày …": the place
        // of the date line is the committee's when the text itself names it with a level ("tỉnh Bắc Ninh", "TỈNH BẮC
        // NINH"), the level the issuer already states, if any
        if (issuer != null && header.place != null && BARE_COMMITTEE.matcher(issuer).matches()) {
            String level = issuer.length() > 4 ? issuer.substring(5) : null;
            String named = placeWithLevel(body, header.place, level);
            // "ỦY BAN NHÂN DÂN" over "Tây Ninh, ngày …" with "Ủy ban nhân dân tỉnh ban hành …": a committee of a stated
            // level dates its documents by its own area's name (Decree 30/2020/NĐ-CP, Appendix I, II.4)
            if (named == null && level != null && !PLACE_WITH_LEVEL.matcher(header.place.strip()).find()
                    && PROPER_NAME.matcher(header.place.strip()).matches())
                named = level.toLowerCase(Locale.of("vi")) + " " + header.place.strip();
            if (named != null) issuer = "UBND " + named;
        }
        // "ĐẢNG CỘNG SẢN VIỆT NAM" over "Số 03-TB/BCĐTW": the header names no body, the number's code names one
        String byCode = issuer == null && number != null ? IssuerNames.ofNationalCode(number.issuerCode()) : null;
        if (byCode != null) {
            issuer = byCode;
            checks.add("issuer \"" + issuer + "\" taken from the code \"" + number.issuerCode() + "\" of the number "
                    + number.canonical() + ": the header does not name it");
        }
        if (issuer == null) checks.add("issuer not found in the header");
        String level = Levels.ofName(issuer);
        if (level == null && number != null) level = Levels.ofCode(number.issuerCode());
        // a body named without its level under the organisation above it ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐẢNG ĐOÀN
        // QUỐC HỘI"): of that organisation's level
        if (level == null && headerNames.size() > 1) level = Levels.ofName(String.join(" ", headerNames));

        Integer year = null, month = null;
        LocalDate fullDate = null;
        if (date == null && selfCaption != null) {
            year = selfCaption.year();
            month = selfCaption.month();
            fullDate = selfCaption.date();
        } else if (date == null && appendixOf != null) {   // an attached document is dated by what it is attached to
            year = appendixOf.year();
            month = appendixOf.month();
            fullDate = appendixOf.date();
        } else if (date != null) {
            year = date.year();
            month = date.month();
            fullDate = date.toLocalDate().orElse(null);
            if (fullDate == null && date.day() != null && date.month() != null) {
                checks.add("date " + date.day() + "/" + date.month() + "/" + date.year()
                        + " is not a calendar date (a typo?): only the year is kept");
                month = null;
            }
        }
        if (year == null) checks.add("date not found in the header" + (header.dateText == null ? "" : ": \"" + header.dateText + "\""));

        Area area = area(issuer, level, body, header.names);
        // a province's department ("SỞ NỘI VỤ") over "Lào Cai, ngày …": a body of a province dates its documents by the
        // province's name (Decree 30/2020/NĐ-CP, Appendix I, II.4)
        if (Levels.PROVINCE.equals(level) && area.province() == null && header.place != null
                && PROPER_NAME.matcher(header.place.strip()).matches())
            area = new Area(header.place.strip(), area.district(), area.commune(), area.level());
        boolean blankDate = date != null ? date.day() == null || date.month() == null : fullDate == null && year != null;
        // a number is given when a document is issued: one printed beside a blank day is an issued document whose day
        // was written by hand (as on a scan of the signed paper), not a draft
        boolean numbered = number != null && !number.blank();
        boolean draft = draftHeading || header.draftStamp || (number != null && number.blank()) || blankDate && !numbered;
        if (number == null && kind != DocumentKind.APPENDIX) checks.add("number not found in the header");
        // a scan leaves blank what was stamped or written by hand after printing (the number, the day): the document
        // is a draft by its text, and a person holding the paper should say whether it is one
        if (src.hasOcr() && number != null && number.blank())
            checks.add("number blank in the scan (\"" + numberRaw + "\"): a number written or stamped by hand is not"
                    + " read; loaded as a draft");
        if (src.hasOcr() && numbered && issuer != null) {
            String misread = misreadIssuerCode(number.issuerCode(), issuer);
            if (misread != null)
                checks.add("issuer code \"" + number.issuerCode() + "\" of the number " + number.canonical() + " is one letter"
                        + " from \"" + misread + "\", the initials of its issuer (" + issuer + "): perhaps misread by the"
                        + " scan's OCR; the number is kept as read");
        }
        // said for a numbered paper, and for any scan: a draft typed with its day blank is no news
        if ((numbered || src.hasOcr()) && date != null && year != null && (date.day() == null || date.month() == null))
            checks.add("date without its day (\"" + header.dateText + "\"): a day written by hand is not in the "
                    + (src.hasOcr() ? "scan's text" : "text") + "; dated " + (month == null ? "" : month + "/") + year);
        DocumentNumber n = number;
        String kindCode = n != null && n.kindCode() != null
                ? n.kind().map(DocumentKind::code).filter(c -> c.equalsIgnoreCase(n.kindCode())).orElse(n.kindCode())
                : kind == null ? null : kind.code();
        if (kind == DocumentKind.APPENDIX) kindCode = null;

        RelatedDocument issues = null;
        if (kind == DocumentKind.DECISION) {
            Matcher iss = ISSUES.matcher(Spaces.collapse(body));
            if (iss.find()) {
                String what = iss.group(1).strip();
                DocumentKind k = DocumentKind.ofLeadingWords(what).orElse(DocumentKind.OTHER);
                issues = new RelatedDocument(k, null, fullDate, year, month, issuer, what);
            }
        }

        int first = 1;
        while (first < lines.size() && lines.get(first - 1).isBlank()) first++;
        LineSpan span = new LineSpan(first, Math.max(first, Math.max(titleEnd, Math.max(heading, header.end))));
        return new DocumentMetadata(kind == null ? "PolicyDocument" : kind.className(), kindCode, number, numberRaw, draft,
                fullDate, year, month, issuer, level, area, title.isEmpty() ? null : title.toString(), appendixOf, issues,
                span, header.start > 0 ? header.start : first, List.copyOf(checks));
    }

    /** What opens the body proper: "I. MỤC TIÊU", "I- MỤC ĐÍCH", "Điều 1."; the preamble ends there. */
    private static final Pattern BODY_HEADING = Pattern.compile("(?iu)^(?:[IVX]+\\s*[.\\-–)]|điều\\s+1\\b)");

    /**
     * The issuing body of a document whose header names only the organisation above it ("BAN CHẤP HÀNH TRUNG ƯƠNG"
     * over "Số: 05-KH/BCĐTW"): the body its preamble's enacting sentence names, when that body's level agrees with
     * the level the number's code gives; else the body the code itself spells out ({@link IssuerNames#ofSteeringCode});
     * null when neither says, and the header's line stays.
     */
    private static String ownBodyUnderParent(List<String> lines, DocumentNumber number) {
        int end = 0;
        while (end < Math.min(lines.size(), HEADING_WINDOW) && !BODY_HEADING.matcher(clean(lines.get(end))).find()) end++;
        String enacting = enactingBody(Spaces.collapse(String.join("\n", lines.subList(0, end))));
        String codeLevel = Levels.ofCode(number.issuerCode());
        String bodyLevel = Levels.ofName(enacting);
        if (enacting != null && (codeLevel == null || bodyLevel == null || codeLevel.equals(bodyLevel))) return enacting;
        return IssuerNames.ofSteeringCode(number.issuerCode());
    }

    /** "… (sau đây gọi tắt là Ban Chỉ đạo Trung ương) ban hành Kế hoạch …": the short name a body gives itself as it enacts. */
    private static final Pattern NAMED_ENACTING = Pattern.compile(
            "(?u)\\(\\s*sau đây gọi (?:tắt\\s+)?là\\s+([^()]{2,60}?)\\s*\\)\\s+(?:vừa\\s+|đã\\s+)?(?:ban hành|xây dựng)\\s+"
            + "(?:Kế hoạch|Chương trình|Quyết định|Đề án|Nghị quyết|Thông báo|Quy chế|Quy định)");

    /**
     * The body a preamble (its lines run together) names as the one enacting the document, or null. A body that
     * enacts under the short name it gives itself, its full name less a "về …" purpose phrase ("Ban Chỉ đạo Trung
     * ương về phát triển khoa học, … (sau đây gọi tắt là Ban Chỉ đạo Trung ương) ban hành …"), takes that short name:
     * the one other documents cite it by. Else the body {@link #BODY_ISSUING} finds.
     */
    static String enactingBody(String preamble) {
        Matcher named = NAMED_ENACTING.matcher(preamble);
        if (named.find()) {
            String shortName = named.group(1).strip();
            String before = preamble.substring(0, named.start());
            int at = before.toLowerCase(Locale.ROOT).lastIndexOf(shortName.toLowerCase(Locale.ROOT));
            if (at >= 0 && before.substring(at + shortName.length()).matches("(?su)\\s+về\\s[^.;()]*"))
                return IssuerNames.normalise(shortName);
        }
        Matcher m = BODY_ISSUING.matcher(preamble);
        return m.find() ? IssuerNames.normalise(m.group(1)) : null;
    }

    /**
     * 1-based line of the kind heading ("KẾ HOẠCH", "QUYẾT ĐỊNH", "Phụ lục II"), or 0 when there is none. A heading
     * with one letter misread ({@link #misreadHeading}) is taken only when no line of the window reads exactly.
     */
    static int headingLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADING_WINDOW); i++) {
            String line = clean(lines.get(i));
            if (line.isEmpty() || line.length() > 60) continue;
            if (kindOfHeading(line) != null) return i + 1;
        }
        for (int i = 0; i < Math.min(lines.size(), HEADING_WINDOW); i++)
            if (misreadHeading(clean(lines.get(i))) != null) return i + 1;
        return 0;
    }

    /** The kind the heading line names, read exactly or with one letter misread. */
    private static DocumentKind headingKind(String line) {
        DocumentKind k = kindOfHeading(line);
        return k != null ? k : misreadHeading(line);
    }

    /**
     * The kind a heading in capitals names when one of its letters is misread, as OCR reads a scan's large bold heading
     * ("KÉẺ HOẠCH", "KỂ HOẠCH" for "KẾ HOẠCH"): the line alone in capitals, and its letters without diacritics at most
     * one edit (Levenshtein) from a kind's words of seven letters or more, so that no two kinds' words come that close.
     * Null for anything else.
     */
    static DocumentKind misreadHeading(String line) {
        if (line.isEmpty() || line.length() > 24 || !PlaceNames.isUpperCase(line) || !line.matches("(?u)[\\p{L}\\s]+"))
            return null;
        String letters = baseLetters(line);
        for (DocumentKind k : DocumentKind.values()) {
            if (k == DocumentKind.APPENDIX) continue;
            for (String w : k.words()) {
                String word = baseLetters(w);
                if (word.length() >= 7 && ONE_EDIT.apply(letters, word) >= 0) return k;
            }
        }
        return null;
    }

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /**
     * The initials of the issuer's words that an issuer code read by OCR misses by one letter ("CNIT" against "Cục
     * Công nghệ thông tin" → "CNTT"); null when the code is among the initials as printed, or near none of them.
     *
     * @param code   the number's issuer code as read ("CNIT", "UBND"); its first part only, before any "-"
     * @param issuer the issuer's name as the header gives it
     */
    static String misreadIssuerCode(String code, String issuer) {
        if (code == null || issuer == null) return null;
        String c = code.split("-")[0].toUpperCase(java.util.Locale.ROOT);
        if (c.length() < 3) return null;
        StringBuilder initials = new StringBuilder();
        for (String w : issuer.split("[\\s,]+")) {
            if (w.isEmpty()) continue;
            // an abbreviation inside the name ("UBND") stands for its own initials
            initials.append(w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) ? w : w.substring(0, 1));
        }
        String all = vn.nq57.loader.table.Fold.key(initials.toString()).toUpperCase(java.util.Locale.ROOT);
        String folded = vn.nq57.loader.table.Fold.key(c).toUpperCase(java.util.Locale.ROOT);
        if (all.contains(folded)) return null;
        for (int i = 0; i + folded.length() <= all.length(); i++) {
            String part = all.substring(i, i + folded.length());
            if (ONE_EDIT.apply(part, folded) == 1) return part;
        }
        return null;
    }

    /** Upper-case letters without their diacritics and without spaces: "KẾ HOẠCH" → "KEHOACH", "ĐỀ ÁN" → "DEAN". */
    private static String baseLetters(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('Đ', 'D').replace('đ', 'd').replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
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

    /** Whether line {@code i} (0-based) names the deciding body: in capitals, its "Căn cứ" lines next (a long name may wrap once). */
    private static boolean authorityAt(List<String> lines, int i) {
        String line = clean(lines.get(i));
        if (!AUTHORITY.matcher(line).find() || !PlaceNames.isUpperCase(line)) return false;
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < 2; j++) {
            String next = clean(lines.get(j));
            if (next.isEmpty()) continue;
            if (BASIS_LINE.matcher(next).find()) return true;
            if (!PlaceNames.isUpperCase(next)) return false;
            seen++;
        }
        return false;
    }

    /**
     * "{level} {place}" as the text writes it most often, the level in lower case ("tỉnh Bắc Ninh"), or null when the
     * text never names the place with a level; only {@code level} when given.
     */
    private static String placeWithLevel(String body, String place, String level) {
        String name = place.strip();
        if (name.isEmpty() || PLACE_WITH_LEVEL.matcher(name).find()) return null;
        Matcher m = Pattern.compile("(?iu)(?<!\\p{L})" + LOCAL_LEVEL + "\\s+" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q")
                + "(?!\\p{L})").matcher(body);
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        while (m.find()) {
            String l = m.group(1).toLowerCase(java.util.Locale.of("vi"));
            if (level == null || l.equalsIgnoreCase(level)) counts.merge(l, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " " + name).orElse(null);
    }

    /** A "(Kèm theo …)" caption and its 0-based line. */
    private record Caption(RelatedDocument document, int line) {}

    /** What starts the body of a document: a numbered heading or item, a part heading, a table, a basis or an article. */
    private static final Pattern BODY_START = Pattern.compile(
            "(?iu)^(?:[IVX]+\\s*[.)]|\\d+\\s*[.)]|[a-zđ]\\)|[-–+•]\\s|\\||căn cứ|thực hiện|điều\\s+\\d|stt\\b|tt\\b|"
            + PART_HEADING + ")");

    /**
     * Whether the caption on {@code line} stands in the document's head: no line above it starts the body (a
     * numbered heading, an item, a table row, a basis, an article). A caption further down is that of an appendix. The
     * lines from {@code from} on are read (those after the heading and title: the header block above may be a table,
     * a Word file's two-column header, and a title may open with "Thực hiện …").
     */
    private static boolean inHead(List<String> lines, int from, int line) {
        for (int i = from; i < line; i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("|") || l.contains("\t") || BODY_START.matcher(clean(l)).find()) return false;
        }
        return true;
    }

    private static List<Caption> captions(List<String> lines) {
        String body = String.join("\n", lines);
        List<Caption> out = new ArrayList<>();
        Matcher m = CAPTION.matcher(body);
        int line = 0, at = 0;
        while (m.find()) {
            for (; at < m.start(); at++) if (body.charAt(at) == '\n') line++;
            String c = Spaces.collapse(m.group(1));
            Optional<DocumentKind> kind = DocumentKind.ofLeadingWords(c);
            if (kind.isEmpty()) continue;
            List<DocumentNumber.Found> nums = DocumentNumber.findAll(c);
            PartialDate d = PartialDate.find(c).orElse(null);
            int of = c.lastIndexOf(" của ");
            String issuer = of < 0 ? null : IssuerNames.normalise(c.substring(of + 5));
            out.add(new Caption(new RelatedDocument(kind.get(), nums.isEmpty() ? null : nums.getFirst().number(),
                    d == null ? null : d.toLocalDate().orElse(null), d == null ? null : d.year(),
                    d == null ? null : d.month(), issuer, null), line));
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
    private static Area area(String issuer, String level, String body, List<String> headerNames) {
        String province = null, district = null, commune = null;
        if (issuer != null) {
            Matcher m = ISSUER_PHRASE.matcher(issuer);
            if (m.matches() && m.group(2) != null) {
                switch (m.group(1).toLowerCase(java.util.Locale.of("vi"))) {
                    case "tỉnh", "thành phố" -> province = m.group(2);
                    case "huyện", "quận", "thị xã" -> district = m.group(2);
                    default -> commune = m.group(2);
                }
            }
        }
        if (issuer != null && province == null && district == null && commune == null) {
            // a body named with its places around it: "Ban Thường vụ Đảng bộ tỉnh Bắc Ninh", a header's lines run
            // together ("UBND xã Mỹ An Huyện Tháp Mười, Tỉnh Đồng Tháp")
            Matcher place = PLACE_IN_ISSUER.matcher(issuer);
            while (place.find()) {
                switch (place.group(1).toLowerCase(java.util.Locale.of("vi"))) {
                    case "tỉnh", "thành phố" -> province = province != null ? province : place.group(2);
                    case "huyện", "quận", "thị xã" -> district = district != null ? district : place.group(2);
                    default -> commune = commune != null ? commune : place.group(2);
                }
            }
        }
        if (issuer != null && province == null && district == null) {
            // a Party committee named with its place: "Tỉnh ủy Kiên Giang", "Ban Thường vụ Thành ủy Đà Nẵng"
            Matcher committee = COMMITTEE_OF_PLACE.matcher(issuer);
            if (committee.find()) {
                if (committee.group(1).equals("Huyện")) district = committee.group(2);
                else province = committee.group(2);
            }
        }
        for (String line : headerNames) {
            // the header's lines in capitals above or below the body's name: "TỈNH NGHỆ AN", "HUYỆN DIỄN CHÂU",
            // "HUYỆN TAM NÔNG, TỈNH PHÚ THỌ", "ĐẢNG BỘ TỈNH THANH HÓA"
            Matcher place = CAPS_PLACE.matcher(line);
            while (place.find()) {
                String name = properName(place.group(2));
                switch (place.group(1)) {
                    case "TỈNH", "THÀNH PHỐ" -> province = province != null ? province : name;
                    case "HUYỆN", "QUẬN", "THỊ XÃ" -> district = district != null ? district : name;
                    default -> commune = commune != null ? commune : name;
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

    /** A province's or district's Party committee and the place's name after it ("Tỉnh ủy Kiên Giang"). */
    private static final Pattern COMMITTEE_OF_PLACE = Pattern.compile(
            "(?u)(?<!\\p{L})(Tỉnh|Thành|Huyện) ủy\\s+(\\p{Lu}\\p{Ll}*(?:['’]\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}*(?:['’]\\p{Ll}+)?){0,3})(?!\\p{L})");

    /** A line without Markdown or HTML markup, escapes undone, outer table pipes removed. */
    static String clean(String line) {
        String s = MARKUP.matcher(line.strip()).replaceAll("");
        s = MD_ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return s.strip().replaceAll("^\\|+\\s*|\\s*\\|+$", "").strip();
    }

    private static final Pattern WRAPPED_DATE = Pattern.compile("(?iu)^(?:\\d{1,4}(?!\\d)|/|tháng(?!\\p{L})|năm(?!\\p{L})|ngày(?!\\p{L}))");

    /** A place-and-date line, or a line of pipe cells one of which is ("Số: 485/QĐ-UBND | Gia Lai, ngày …"). */
    private static boolean placeDate(String line) {
        if (isPlaceDate(line)) return true;
        if (line.indexOf('|') < 0) return false;
        for (String cell : line.split("\\|")) if (isPlaceDate(cell.strip())) return true;
        return false;
    }

    /** "Place, ngày …", not a web page's "Thứ hai, ngày …" (its own date, {@link Header#WEEKDAY}). */
    private static boolean isPlaceDate(String s) {
        Matcher m = PLACE_DATE.matcher(s);
        return m.find() && !Header.WEEKDAY.matcher(m.group(1).strip()).matches();
    }

    /** Where a header with no kind heading ends: its place-and-date line, else a few lines down (0-based, exclusive). */
    private static int headerEnd(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), LETTER_HEADER_WINDOW); i++)
            if (placeDate(clean(lines.get(i)))) {
                int end = i + 1;
                // a date wrapped onto the next lines ("Hải Dương, ngày" / "05 tháng 6 năm 2023") is still the header's
                while (end < Math.min(lines.size(), i + 3) && PartialDate.find(String.join(" ", lines.subList(i, end))).isEmpty()
                        && WRAPPED_DATE.matcher(clean(lines.get(end))).lookingAt()) end++;
                // a letter's subject ("V/v …") may stand under its date
                for (int j = end; j < Math.min(lines.size(), end + 3); j++) {
                    String next = clean(lines.get(j));
                    if (next.matches("(?s)(?:V/v|Về việc)\\b.*")) return j + 1;
                    if (!next.isEmpty()) break;
                }
                return end;
            }
        // no date line: the header is the leading run of names in capitals, "Số …" and "V/v …" lines
        for (int i = 0; i < Math.min(lines.size(), LETTER_HEADER_WINDOW); i++) {
            String line = clean(lines.get(i));
            if (line.isEmpty() || PlaceNames.isUpperCase(line) || line.matches("(?s)(?:Số|SỐ|V/v|Về việc)(?!\\p{L}).*")) continue;
            return i;
        }
        return 0;
    }
}
