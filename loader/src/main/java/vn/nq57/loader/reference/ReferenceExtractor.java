package vn.nq57.loader.reference;

import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.loader.metadata.PartialDate;
import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.read.Spaces;
import vn.nq57.loader.unit.NationalBodies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents a text refers to, sentence by sentence. In each sentence the first number is what the
 * citing document refers to; a later number introduced by "thực hiện", "triển khai" … is the basis of the one
 * before it, one joined by "và" or "," its sibling, and one repeated in parentheses ("(gọi tắt là Kế hoạch số
 * 92/KH-UBND)") an alias that closes the description of the earlier one. A number introduced by "sửa đổi, bổ sung"
 * is amended by the one before it ("Nghị quyết số 71/NQ-CP … sửa đổi, bổ sung Nghị quyết số 03/NQ-CP"), or by the
 * citing document itself when its title or a sentence about itself ("Kế hoạch này …") says so.
 */
public final class ReferenceExtractor {
    private static final String KIND_WORDS = Arrays.stream(DocumentKind.values())
            .flatMap(k -> k.words().stream()).sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    /** The kind words just before a number: "Kế hoạch hành động số", "Nghị quyết số", "Công văn số". */
    private static final Pattern KIND_BEFORE = Pattern.compile("(?iu)(" + KIND_WORDS + ")(?:\\s+(?:hành động|công tác))?(?:\\s+số)?\\s*:?\\s*$");
    private static final Pattern APPLY_VERB = Pattern.compile(
            "(?iu)(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?:\\s+(?:có hiệu quả|hiệu quả|nghiêm túc|nghiêm|đồng bộ|theo|các))*$");
    private static final Pattern BASED_VERB = Pattern.compile("(?iu)(?:^|[-–]\\s*)căn cứ$");
    private static final Pattern LINK_VERB = Pattern.compile("(?iu)(?<!\\p{L})(thực hiện|triển khai|cụ thể hóa|cụ thể hoá|căn cứ)(?!\\p{L})");
    private static final Pattern COORDINATION = Pattern.compile("(?iu)(?<!\\p{L})và(?!\\p{L})|,|\\)");
    /** A coordination that names, as its new member, a document without a number: "… và Chương trình hành động của …". */
    private static final Pattern UNNUMBERED_MEMBER = Pattern.compile(
            "(?iu)^(?:và|,)\\s*(?:các\\s+)?(?:" + KIND_WORDS + ")(?!\\p{L})");
    /** The word a statement opens with, after a connective that joins it to the sentence before ("Theo đó, thực hiện …"). */
    private static final Pattern LEAD = Pattern.compile("(?iu)^\\W*(?:(?:theo đó|do đó|vì vậy|đồng thời)\\s*,?\\s*)?"
            + "(căn cứ|thực hiện|triển khai|theo đề nghị|xét đề nghị)(?!\\p{L})");
    /** A "Căn cứ" sentence naming documents ("Căn cứ Nghị quyết số …"), not "Căn cứ mục tiêu, nhiệm vụ … tại …". */
    private static final Pattern BASED_SENTENCE = Pattern.compile(
            "(?u)^\\W*(?i:căn cứ)\\s*:?\\s+(?:vào\\s+)?(?=\\p{Lu})(?i:" + KIND_WORDS + ")(?!\\p{L})");
    /** A heading over a basis list: "I. CĂN CỨ LẬP KẾ HOẠCH", "CĂN CỨ PHÁP LÝ", "1. Căn cứ pháp lý". */
    private static final Pattern BASIS_HEADING = Pattern.compile(
            "(?u)^\\W*(?:(?:[IVX]+|\\d+|[A-Z])\\s*[.)/-]\\s*)?(?:\\*\\*)?\\s*(?:CĂN CỨ(?!\\s*\\p{Ll})|(?i:căn cứ)\\s+(?i:pháp lý|xây dựng|ban hành|lập|để xây dựng|để ban hành)(?!\\p{L}))");
    /** A sub-heading of a basis list ("1. Cơ sở pháp lý", "2. Cơ sở thực tiễn"; its label is read as a sentence of its own). */
    private static final Pattern BASIS_SUBHEADING = Pattern.compile(
            "(?iu)\\W*(?:(?:\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])\\s*[.)]\\s*)?(?:cơ sở|căn cứ)\\s+(?:pháp lý|thực tiễn|chính trị)(?:\\s+\\p{L}+){0,3}\\s*[:.]?\\s*");
    /** A title stating what the document implements: "Triển khai thực hiện …", "Kế hoạch thực hiện …", "Về việc ban hành Kế hoạch thực hiện …";
     * the kind word may be glued to the next ("KẾ HOẠCHDỰ THẢO": a draft stamp run into the heading). */
    private static final Pattern TITLE_LEAD = Pattern.compile(
            "(?iu)^\\W*(?:(?:" + KIND_WORDS + ")\\p{L}*(?:\\s+\\p{L}+){0,6}?\\s+)?(?:về việc\\s+|về\\s+)?(?:ban hành\\s+(?:" + KIND_WORDS + ")\\s+)?(?:tổ chức\\s+)?(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá)(?!\\p{L})");
    /** A sentence that opens with a document's designation: "Kế hoạch số 44/KH-UBND ngày …". */
    private static final Pattern DESIGNATION = Pattern.compile(
            "(?u)^\\W*(?=\\p{Lu})(?i:" + KIND_WORDS + ")(?:\\s+(?i:hành động|công tác))?\\s+(?i:số)\\s*:?\\s*\\d");
    /** A list item: "- …", "+ …", "• …", "a) …", "1) …". */
    /** An appendix's caption, "(Kèm theo Kế hoạch số …)", "Ban hành kèm theo …": it names what it is attached to. */
    private static final Pattern ATTACHED_CAPTION = Pattern.compile("(?iu)^[\\s*_#>]*\\(?\\s*(?:ban hành\\s+)?kèm theo\\s");
    private static final Pattern LIST_ITEM = Pattern.compile("(?u)^\\s*(?:[-–+•*]|[a-zđ]\\)|\\d{1,2}\\))\\s*");
    /** An item's or heading's label, which the sentences end at its full stop: "1.", "1.2.", "II.", "a.". */
    private static final Pattern LABEL = Pattern.compile("\\s*(?:[IVXLC]{1,7}|[A-Z]|\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])\\s*\\.\\s*");
    /** A numbered item that names a document: "1. Quyết định số 924/QĐ-TTg …", "2. Thông tư 05/2022/TT-BNNPTNT …" (an
     * item of a basis list; "2. Mục tiêu" is a heading, which ends the list). */
    private static final Pattern DOCUMENT_ITEM = Pattern.compile(
            "(?u)^\\s*\\d{1,2}\\s*[.)]\\s*(?=\\p{Lu})(?i:" + KIND_WORDS + ")(?!\\p{L})");
    /** Words that make "thực hiện" a noun of reporting ("kết quả thực hiện Nghị quyết …"), not the document implementing. */
    private static final Pattern REPORTING = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:kết quả|tình hình|sơ kết|tổng kết|đánh giá|tiến độ|báo cáo|kiểm tra|giám sát)(?:\\s+\\p{L}+){0,2}\\s+(?:việc\\s+)?(?:tổ chức\\s+)?(?:triển khai\\s+)?(?:thực hiện|triển khai)\\s*$");
    private static final Pattern REPLACE_VERB = Pattern.compile("(?iu)(?<!\\p{L})thay(?:\\s+thế)?(?:\\s+cho)?\\s*[,:]?\\s*$");
    /** The first heading of the body: "I.", "Điều 1", "QUYẾT ĐỊNH:", a part heading ("PHẦN I. …", "Phần thứ nhất"). */
    private static final Pattern BODY_START = Pattern.compile("(?u)^\\s*(?:#+\\s*)?(?:\\*\\*)?\\s*(?:[IVX]+\\.|Điều\\s+1\\b|QUYẾT ĐỊNH\\s*:|"
            + vn.nq57.loader.metadata.MetadataExtractor.PART_HEADING + ")");
    private static final Pattern BARE_RESOLUTION = Pattern.compile(
            "(?iu)nghị quyết\\s+(?:số\\s+)?(\\d{1,4})(?![\\d\\p{L}])(?!\\s*[-/]\\s*[\\p{L}\\d])");
    private static final Pattern DATE_AFTER = Pattern.compile("(?iu)"
            + "^\\s*,?\\s*(?:ngày\\s*)?(\\d{1,2})\\s*(?:/|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:/|\\s+năm\\s+)\\s*(\\d{4})(?!\\d)");
    /**
     * The words before a number that say who issued it and when: "[Ngày 03/6/2020,] Thủ tướng Chính phủ đã ban hành
     * Quyết định số"; the issuer a capitalised name opening the clause, the date "dd/mm/yyyy" or "dd tháng mm năm yyyy".
     */
    private static final Pattern ISSUED_BEFORE = Pattern.compile("(?u)(?:^|[.;:,]\\s*|(?<!\\p{L})[Nn]gày\\s+(?<d>\\d{1,2}\\s*/\\s*"
            + "\\d{1,2}\\s*/\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})\\s*,\\s*)"
            + "(?<issuer>\\p{Lu}[\\p{L}\\p{M}\\- ]{2,80}?)\\s+(?:đã\\s+|vừa\\s+|mới\\s+)?ban hành\\s+"
            + "(?i:" + KIND_WORDS + ")(?:\\s+(?:hành động|công tác))?(?:\\s+số)?\\s*:?\\s*$");
    /** The words after a number (and its date) that introduce its issuer: "của X", "ban hành bởi X". */
    private static final Pattern OF_ISSUER = Pattern.compile("(?iu)^\\s*,?\\s*(?:ngày[^,;()]{0,30}?)?\\s*(?:của|(?:được\\s+)?ban hành bởi)\\s+");
    /**
     * The words before a number that name its issuer as the author of a direction or proposal: "(Thực hiện) chỉ đạo của
     * Ban Thường vụ Tỉnh ủy tại Văn bản số", "Theo đề nghị của Sở Nội vụ tại Tờ trình số". A "của Y" after the number
     * in the same sentence ("… và chỉ đạo của Y") is someone else's.
     */
    private static final Pattern ISSUER_AT = Pattern.compile("(?iu)(?<!\\p{L})(?:chỉ đạo|đề nghị|ý kiến|kiến nghị|đề xuất)\\s+của\\s+"
            + "(?<issuer>[^;:()]{2,120}?)\\s+tại\\s+(?:" + KIND_WORDS + ")(?:\\s+(?:hành động|công tác))?(?:\\s+số)?\\s*:?\\s*$");
    private static final Pattern ISSUER_STOP = Pattern.compile(
            "(?u)\\s+(?:về|thực hiện|triển khai|ban hành|quy định|hướng dẫn|tại|trong|năm|trên|đề xuất|sửa đổi|bổ sung|cập nhật|thay thế|thay|để|cụ thể|giai đoạn|phê duyệt|với|đã|đến|theo|như sau)(?!\\p{L})"
            // (and "như sau", the enacting formula closing a sentence: "… của Ban Thường vụ Tỉnh ủy như sau:")
            // a web copy capitalises the verb after the issuer ("của UBND tỉnh Phê duyệt Đề án …"); a title in capitals
            // is read in lower case ("của chính phủ và chương trình hành động số …"): neither is part of the name
            + "|\\s+(?i:phê duyệt|ban hành|thực hiện|triển khai|sửa đổi|bổ sung|cập nhật|thay thế|đề xuất|về việc)(?!\\p{L})"
            // a verb in lower case after the body: the sentence goes on ("của Ban Thường vụ Thành ủy tiếp tục lãnh đạo, chỉ
            // đạo …"); a name capitalises its words, and "Ban chỉ đạo" is a body
            + "|\\s+(?:tiếp tục|(?<![Bb]an )lãnh đạo|(?<![Bb]an )chỉ đạo|chủ trì|phối hợp|tham mưu|đôn đốc|có trách nhiệm|chịu trách nhiệm)(?!\\p{L})"
            // what a report does, in lower case after its author ("Báo cáo số 88 của UBND tỉnh sơ kết tình hình …")
            + "|\\s+(?:sơ kết|tổng kết|đánh giá|báo cáo|kiểm điểm)(?!\\p{L})"
            // a title's underline ("… của Bộ Chính trị" over "-----")
            + "|\\s*[-–—_=*]{3,}"
            // "về việc" with its tone misread by a scan ("vỆ việc", "vể việc")
            + "|\\s+(?i:v[eèéẻẽẹêềếểễệ]\\s+việc)(?!\\p{L})"
            + "|[();,.:“\"”|]|\\s+và\\s+(?=(?i:" + KIND_WORDS + ")(?!\\p{L})|các)|\\s+(?=" + KIND_WORDS + ")"
            // the body's term of office ("của Ban Thường vụ Tỉnh ủy khóa XX về …"): not part of its name
            + "|\\s+" + vn.nq57.loader.metadata.IssuerNames.TERM);

    private ReferenceExtractor() {}

    public static List<Reference> extract(SourceText src, DocumentMetadata self) {
        String text = String.join("\n", src.lines());
        int[] lineStarts = lineStarts(src.lines());
        int preambleFrom = self.span() == null ? 0 : lineStarts[Math.min(self.span().end(), lineStarts.length - 1)];
        int preambleTo = preambleEnd(src.lines(), self.span() == null ? 0 : self.span().end(), lineStarts, text.length());

        List<Integer> ownAt = new ArrayList<>();
        List<DocumentNumber.Found> found = pageLinesLeftOut(numbers(text, self, ownAt),
                lineStarts[Math.min(Math.max(self.ownTextFrom(), 1) - 1, src.lines().size())]);
        Map<String, Reference> out = new LinkedHashMap<>();
        // The statement a sentence continues: "Căn cứ A; B; C" (a chain of ';'), "Căn cứ:" then dash items, a basis
        // list under a "CĂN CỨ" heading or right after the title. Null when the sentence states nothing of the kind.
        Relation chain = null, lastLead = null;
        boolean listMode = false;
        boolean afterTitle = true;
        int i = 0;
        int checkedLine = -1;
        boolean tableOrFootnote = false;
        for (int[] s : sentences(text, preambleFrom)) {
            String sentence = text.substring(s[0], s[1]);
            // "1." or "I." alone: the label of the item or heading whose words are the next sentence, which is read
            // as standing at the line's start
            if (LABEL.matcher(sentence).matches()) continue;
            boolean inHeader = s[0] < preambleFrom;
            boolean inPreamble = s[0] >= preambleFrom && s[0] < preambleTo;
            boolean item = LIST_ITEM.matcher(sentence).find();
            int lineFrom = text.lastIndexOf('\n', Math.max(0, s[0] - 1)) + 1;
            // at a line's start: only white space, or a label, since the line break (so no ";" either: a list item's
            // own line)
            String linePrefix = text.substring(lineFrom, s[0]);
            boolean lineStart = s[0] == 0 || linePrefix.isBlank() || LABEL.matcher(linePrefix).matches();
            Relation own = null;
            boolean continued = false;
            Matcher leadWord = LEAD.matcher(sentence);
            if (lineFrom != checkedLine) {   // a line's sentences share its verdict: a table row holds many
                int lineTo = text.indexOf('\n', s[0]);
                checkedLine = lineFrom;
                tableOrFootnote = TABLE_OR_FOOTNOTE.matcher(text.substring(lineFrom, lineTo < 0 ? text.length() : lineTo)).lookingAt();
            }
            if (!inHeader && tableOrFootnote) {
                listMode = false;              // a table row or a footnote names documents; it states no basis
            } else if (ATTACHED_CAPTION.matcher(sentence).find()) {
                listMode = false;              // "(Kèm theo Nghị quyết số …)": attached to (part of) it, not based on it
            } else if (BASIS_HEADING.matcher(sentence).find()) {
                own = Relation.BASED_ON;
                listMode = true;
            } else if (inHeader) {
                Matcher title = TITLE_LEAD.matcher(sentence);
                if (title.find()) own = Relation.APPLIES;   // "Triển khai thực hiện Thông báo … và Kế hoạch số …"
            } else if (leadWord.find() && (inPreamble || BASED_SENTENCE.matcher(sentence).find())) {
                own = leadOf(leadWord.group(1));
                listMode = sentence.strip().endsWith(":");
            } else if (chain == Relation.BASED_ON && listMode && BASIS_SUBHEADING.matcher(sentence).matches()) {
                own = Relation.BASED_ON;       // "1. Cơ sở pháp lý" under "I. CĂN CỨ XÂY DỰNG": the list goes on below it
            } else if (chain != null && (listMode ? item || !lineStart || DOCUMENT_ITEM.matcher(text.substring(lineFrom, s[1])).find() : true)) {
                own = chain;
                continued = true;
            } else if (inPreamble && lastLead != null && DESIGNATION.matcher(sentence).find()) {
                own = lastLead;                // a paragraph of the preamble that only names one more document
                continued = true;
            } else if (inPreamble && afterTitle && item) {
                own = Relation.BASED_ON;       // a dash list of bases right after the title, with no heading
                listMode = true;
            } else {
                listMode = false;
            }
            if (!inHeader && !sentence.isBlank()) afterTitle = afterTitle && (item || own != null);
            if (inPreamble && own != null && own != Relation.CITES) lastLead = own;
            String end = sentence.strip();
            chain = own != null && own != Relation.CITES && (listMode || end.endsWith(";") || end.endsWith(":")) ? own : null;

            List<DocumentNumber.Found> here = new ArrayList<>();
            while (i < found.size() && found.get(i).start() < s[1]) {
                if (found.get(i).start() >= s[0]) here.add(found.get(i));
                i++;
            }
            if (here.isEmpty()) continue;
            LineSpan span = new LineSpan(lineOf(lineStarts, s[0]), lineOf(lineStarts, Math.max(s[0], s[1] - 1)));
            boolean basisStatement = own != null && own != Relation.CITES;
            List<Node> tops = tree(text, s[0], here, inHeader, ownAt, enactingClause(text, s));
            // a continuation that states a replacement between documents is a statement about them, not an item of the list
            if (basisStatement && continued && !item && states(tops, Relation.REPLACES)) basisStatement = false;
            boolean lineage = inHeader || basisStatement;
            for (Node top : lineage ? tops : flatten(tops)) {
                Relation r = top.relation != null ? top.relation
                        : basisStatement ? own : Relation.CITES;
                if (!lineage && (r == Relation.APPLIES || r == Relation.BASED_ON)) r = Relation.CITES;
                Reference ref = top.toReference(r, span, sentence.strip(), text, self, lineage);
                out.merge(ref.key() + "|" + r, ref, ReferenceExtractor::merge);
            }
        }
        return List.copyOf(out.values());
    }

    /** Whether a node of the tree states {@code relation} of the one before it. */
    private static boolean states(List<Node> nodes, Relation relation) {
        for (Node n : nodes) if (n.relation == relation || states(n.children, relation)) return true;
        return false;
    }

    /**
     * Outside basis and implementation statements a sentence only names documents: each is cited by the citing
     * document, and only replacement and amendment stated between two of them are kept as their own relations.
     */
    private static List<Node> flatten(List<Node> tops) {
        List<Node> out = new ArrayList<>();
        for (Node top : tops) flattenInto(top, out, top.relation == Relation.AMENDS || top.relation == Relation.REPLACES ? top.relation : null);
        return out;
    }

    private static void flattenInto(Node n, List<Node> out, Relation keep) {
        Node copy = new Node(n.found, n.kind, keep, null);
        out.add(copy);
        for (Node c : n.children) {
            if (c.relation == Relation.AMENDS || c.relation == Relation.REPLACES) {
                Node child = new Node(c.found, c.kind, c.relation, copy);
                copy.children.add(child);
                for (Node g : c.children) flattenInto(g, out, null);
            } else {
                flattenInto(c, out, null);
            }
        }
    }

    /** A number in a sentence with the numbers the sentence says it rests on. */
    private static final class Node {
        final DocumentNumber.Found found;
        final DocumentKind kind;
        final Relation relation;     // from the words just before it; null when they say nothing
        final Node parent;
        final List<Node> children = new ArrayList<>();

        Node(DocumentNumber.Found found, DocumentKind kind, Relation relation, Node parent) {
            this.found = found;
            this.kind = kind;
            this.relation = relation;
            this.parent = parent;
        }

        Reference toReference(Relation r, LineSpan span, String quote, String text, DocumentMetadata self,
                              boolean lineage) {
            List<Reference> basis = new ArrayList<>();
            for (Node c : children)
                basis.add(c.toReference(c.relation != null ? c.relation : Relation.APPLIES, span, quote, text, self,
                        lineage));
            // a report tells what was done; no text carries one out ("Thực hiện …; trên cơ sở Báo cáo số 88 …"): named
            if (kind == DocumentKind.REPORT && r == Relation.APPLIES) r = Relation.CITES;
            String tail = tail(text, found);
            LocalDate date = dateAfter(tail);
            String before = Spaces.collapse(text.substring(Math.max(0, found.start() - 200), found.start()));
            // "chỉ đạo của X tại Văn bản số N": X, whatever "của" follows the number
            String issuerName = issuerToldAt(before);
            if (issuerName == null) issuerName = issuerOf(tail, text);
            // "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW …": date and issuer told before it
            Matcher told = ISSUED_BEFORE.matcher(before);
            if (told.find()) {
                if (issuerName == null) issuerName = told.group("issuer").strip();
                if (date == null && told.group("d") != null) date = dateAfter("ngày " + told.group("d"));
            }
            // "Nghị định số 47/2024/NĐ-CP" named alone: a code only one body of the nation uses names it
            if (issuerName == null) issuerName = vn.nq57.loader.metadata.IssuerNames.ofNationalCode(found.number().issuerCode());
            // a date after the citing document's own is a typo ("57-NQ/TW, ngày 22/12/2025" in a plan of March 2025):
            // it must not make the cited document one of another year; the quote keeps what the text says
            LocalDate impossible = null;
            if (date != null && later(date, self)) {
                impossible = date;
                date = null;
            }
            String issuer = IssuerResolver.resolve(issuerName, found.number(), self.area());
            String level = issuer != null ? Levels.ofName(issuer) : null;
            if (level == null) level = Levels.ofCode(found.number().issuerCode());
            String joinedFrom = SPLIT_ORDINAL.matcher(found.raw()).lookingAt() ? found.raw() : null;
            return new Reference(found.number(), kind, date, issuer, level, r, span, quote, basis, lineage, impossible,
                    joinedFrom);
        }
    }

    /** What follows a number in its paragraph and table cell, spaces collapsed: where its date and issuer are told. */
    private static String tail(String text, DocumentNumber.Found found) {
        return Spaces.collapse(paragraph(cell(text.substring(found.end(), Math.min(text.length(), found.end() + 200)))));
    }

    /** The date printed after a number ("… số 455/UBND-KGVX ngày 03/3/2026"), or null. */
    private static LocalDate printedDate(String text, DocumentNumber.Found found) {
        return dateAfter(tail(text, found));
    }

    /** Builds the citation tree of one sentence; returns its top-level nodes. {@code inHeader}: the sentence is part of
     * the citing document's own title block, where "sửa đổi, bổ sung …" says what the document itself amends. */
    private static List<Node> tree(String text, int sentenceStart, List<DocumentNumber.Found> here, boolean inHeader,
                                   List<Integer> ownAt, int enactingAt) {
        List<Node> tops = new ArrayList<>();
        List<Node> seen = new ArrayList<>(); // every node of the sentence, in the text's order
        Node previous = null;
        int clauseStart = sentenceStart;
        int selfSpoke = -1; // where the citing document last spoke of itself in the sentence
        List<int[]> shortNames = shortNames(text, sentenceStart, here.getLast().end());
        for (DocumentNumber.Found f : here) {
            int from = previous == null ? clauseStart : previous.found.end();
            // The citing document speaking of itself again closes what the sentence said of the documents before: its
            // own number ("… Quyết định 512/QĐ-UBND về … thực hiện Nghị quyết 03/NQ-CP", a website repeating the
            // title), or its enacting clause after a basis item ended by a comma ("Căn cứ Quyết định số 259-QĐ/TW …,
            // Ban Chỉ đạo … ban hành Kế hoạch … triển khai Nghị quyết số 57-NQ/TW như sau:"). What follows is
            // stated of the citing document, never of the document named before.
            int selfAt = selfMention(from, f.start(), ownAt, enactingAt);
            if (selfAt >= 0) {
                previous = null;
                from = selfAt;
                selfSpoke = selfAt;
            }
            String gap = Spaces.collapse(text.substring(from, f.start()));
            Matcher kw = KIND_BEFORE.matcher(gap);
            boolean named = kw.find();
            String before = named ? gap.substring(0, kw.start()).strip() : gap.strip();
            DocumentKind kind = kindOf(named ? kw.group(1) : lastNamedKind(gap), named, f.number());
            boolean applyVerb = APPLY_VERB.matcher(before).find();
            Relation relation = applyVerb && REPORTING.matcher(before).find() ? Relation.CITES
                    : applyVerb ? Relation.APPLIES
                    : previous == null && BASED_VERB.matcher(before).find() ? Relation.BASED_ON
                    : amends(before, previous, inHeader) ? Relation.AMENDS
                    : replaces(before, previous, inHeader) ? Relation.REPLACES : null;
            // "sửa đổi, bổ sung Chương trình hành động … ban hành kèm theo Nghị quyết số 03/NQ-CP": amended by the
            // document named before the verbs, or by the citing one in its title or in words about itself
            Node carriedBy = null;
            boolean carried = false;
            if (relation == null) {
                for (int k = seen.size() - 1; k >= -1; k--) {
                    int wordsFrom = k >= 0 ? seen.get(k).found.end() : clauseStart;
                    // the walk stops where the citing document spoke of itself: only its own words follow
                    boolean self = selfSpoke >= wordsFrom;
                    String words = wordsBefore(text, self ? selfSpoke : wordsFrom, f);
                    if (!AmendingWords.namesAmendedContent(words)) {
                        if (self || k >= 0 && seen.get(k).relation == Relation.AMENDS) break; // a number amended closed it
                        continue;
                    }
                    Node by = k >= 0 && !self ? seen.get(k) : null;
                    if (AmendingWords.amendsCarried(words)
                            && (by != null || inHeader || self || AmendingWords.bySelf(words))) {
                        relation = Relation.AMENDS;
                        carriedBy = by;
                        carried = true;
                    }
                    break;
                }
            }
            if (previous == null) {
                Node n = new Node(f, kind, relation, null);
                tops.add(n);
                seen.add(n);
                previous = n;
                continue;
            }
            Node alias = findInPath(previous, f.number().key());
            if (alias != null) { previous = alias; continue; }
            // "(sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP, …)" gives short names; it states no relation
            if (within(shortNames, f.start())) continue;
            int verb = lastMatch(LINK_VERB, gap), coord = lastMatch(COORDINATION, gap);
            // "… 03/NQ-CP của Chính phủ và Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số
            // 57-NQ/TW": the verb is the unnumbered programme's, so nothing says 03/NQ-CP carries out 57-NQ/TW; the
            // number is only named, beside the document before
            boolean ofUnnumbered = verb > coord && coord >= 0
                    && UNNUMBERED_MEMBER.matcher(gap.substring(coord)).lookingAt();
            if (ofUnnumbered && (relation == null || relation == Relation.APPLIES)) relation = Relation.CITES;
            // the amended document hangs under its amender even when the verbs are joined by commas ("sửa đổi, bổ sung"),
            // or at the top when the citing document says it amends it ("…; Kế hoạch này sửa đổi Kế hoạch số …")
            boolean amended = relation == Relation.AMENDS || relation == Relation.REPLACES;
            Node parent = carried ? carriedBy
                    : amended && AmendingWords.bySelf(before) ? null
                    : amended || verb > coord && !ofUnnumbered ? previous : previous.parent;
            // "Kế hoạch số 118 ngày 20/02/2026 … về triển khai Nghị quyết số 57-NQ/TW … và Công văn số 455 ngày
            // 03/3/2026 …": joined by "và" to the document nested before it, a number dated after the one it would hang
            // under cannot be what that one carries out; it is joined to the level above
            if (!carried && !amended && parent != null && !(verb > coord && !ofUnnumbered)) {
                LocalDate dated = printedDate(text, f);
                while (parent != null && dated != null && printedDate(text, parent.found) != null
                        && dated.isAfter(printedDate(text, parent.found)))
                    parent = parent.parent;
            }
            // "sửa đổi Nghị quyết số 03 và Nghị quyết số 05": a sibling named without a verb is amended as well
            if (relation == null && previous.parent == parent && previous.relation == Relation.AMENDS) relation = Relation.AMENDS;
            Node n = new Node(f, kind, relation, parent);
            if (parent == null) tops.add(n); else parent.children.add(n);
            seen.add(n);
            previous = n;
        }
        return tops;
    }

    /** The words from {@code from} to the kind words of the number {@code f} ("… ban hành kèm theo" of "… ban hành kèm
     * theo Nghị quyết số 03/NQ-CP"), spaces collapsed. */
    private static String wordsBefore(String text, int from, DocumentNumber.Found f) {
        String gap = Spaces.collapse(text.substring(from, f.start()));
        Matcher kw = KIND_BEFORE.matcher(gap);
        return kw.find() ? gap.substring(0, kw.start()).strip() : gap.strip();
    }

    /** A parenthesis that gives short names: "(sau đây gọi tắt là …)", "(sau đây gọi là …)", "(viết tắt là …)". */
    private static final Pattern SHORT_NAMES = Pattern.compile(
            "(?iu)\\(\\s*(?:sau đây\\s*,?\\s*)?(?:được\\s+)?(?:gọi tắt là|gọi chung là|gọi là|viết tắt là)[^()]*\\)");

    /** The [start, end) ranges of short-name parentheses from {@code from} to a little past {@code to}, the last number. */
    private static List<int[]> shortNames(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SHORT_NAMES.matcher(text).region(from, Math.min(text.length(), to + 200));
        while (m.find()) if (m.start() < to) out.add(new int[]{m.start(), m.end()});
        return out;
    }

    private static boolean within(List<int[]> ranges, int at) {
        for (int[] r : ranges) if (at >= r[0] && at < r[1]) return true;
        return false;
    }

    /** A sentence ending with the enacting formula "… như sau:" (the citing document introducing its own content),
     * with a colon, a full stop or neither ("…, cụ thể như sau.", "… với các nội dung sau đây:"). */
    private static final Pattern ENACTING_END = Pattern.compile("(?iu)(?<!\\p{L})(?:như sau|sau đây)\\s*[:.]?\\s*$");
    /** The citing document's enacting clause: "ban hành Kế hoạch …", "xây dựng Chương trình hành động …" naming no number. */
    private static final Pattern ENACTING = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:ban hành|xây dựng)\\s+(?:" + KIND_WORDS + ")(?!\\p{L})(?!\\s*(?:số\\s*:?\\s*)?\\d)");
    /**
     * The subject of an enacting clause, from the sentence's start or its last comma or semicolon up to the verb: a body
     * named with a capital ("…, Ủy ban nhân dân tỉnh ban hành Kế hoạch …", "Ban Chỉ đạo … (sau đây gọi tắt là Ban Chỉ
     * đạo) xây dựng Kế hoạch …"). Not a cited document's issuer ("Nghị quyết số 71/NQ-CP ngày … của Chính phủ ban hành
     * Chương trình …": a number, "của"), a subject in lower case ("hướng dẫn các bộ, ngành, địa phương xây dựng Kế hoạch
     * …"), a title's "Về việc ban hành …", nor a past deed ("UBND tỉnh đã ban hành Kế hoạch …").
     */
    private static final Pattern ENACTING_SUBJECT = Pattern.compile("(?u)^\\s*(?!(?i:về|v/v)(?!\\p{L}))\\p{Lu}[^\\d,;]*$");
    private static final Pattern NOT_OF_ENACTING = Pattern.compile("(?iu)(?<!\\p{L})(?:của|đã|sẽ)(?!\\p{L})");

    /**
     * Where, between two numbers ({@code from} to {@code to}), the citing document speaks of itself again: after the
     * last mention of its own number, or at its enacting clause; -1 when it does not.
     */
    private static int selfMention(int from, int to, List<Integer> ownAt, int enactingAt) {
        int at = enactingAt >= from && enactingAt < to ? enactingAt : -1;
        for (int o : ownAt) if (o >= from && o < to) at = Math.max(at, o);
        return at;
    }

    /**
     * Where the sentence's enacting clause, its last "ban hành / xây dựng Kế hoạch …" naming no number, begins; else -1.
     * In a sentence ending with the enacting formula ("… như sau:") that is the last such phrase; in any other it is
     * the last one whose subject is a body ({@link #ENACTING_SUBJECT}): "…, UBND tỉnh ban hành Kế hoạch thực hiện Nghị
     * quyết số 57-NQ/TW." states what the citing plan carries out, as the same sentence ending "như sau:" does.
     */
    private static int enactingClause(String text, int[] s) {
        boolean formula = ENACTING_END.matcher(text.substring(s[0], s[1])).find();
        Matcher m = ENACTING.matcher(text).region(s[0], s[1]);
        int at = -1;
        while (m.find()) if (formula || bodySubject(text, s[0], m.start())) at = m.start();
        return at;
    }

    private static boolean bodySubject(String text, int sentenceStart, int verb) {
        int from = sentenceStart;
        for (int k = verb - 1; k >= sentenceStart; k--) {
            char c = text.charAt(k);
            if (c == ',' || c == ';') { from = k + 1; break; }
        }
        String subject = text.substring(from, verb);
        return !subject.isBlank() && ENACTING_SUBJECT.matcher(subject).matches() && !NOT_OF_ENACTING.matcher(subject).find();
    }

    /** An amendment stated of a cited document, or of the citing one in its title or in words about itself. */
    private static boolean amends(String before, Node previous, boolean inHeader) {
        return AmendingWords.precede(before) && (previous != null || inHeader || AmendingWords.bySelf(before));
    }

    /** A replacement ("thay", "thay thế") stated of a cited document, or of the citing one in its title or of itself. */
    private static boolean replaces(String before, Node previous, boolean inHeader) {
        return REPLACE_VERB.matcher(before).find() && !AmendingWords.proposal(before)
                && (previous != null || inHeader || AmendingWords.bySelf(before));
    }

    private static Node findInPath(Node node, String key) {
        for (Node n = node; n != null; n = n.parent) if (key != null && key.equals(n.found.number().key())) return n;
        return null;
    }

    /** A title between kind and number ("Luật Khoa học và công nghệ số 57/2014/QH13"): the last capitalised kind word. */
    private static final Pattern NAMED_KIND = Pattern.compile("(?u)(?<!\\p{L})(" + KIND_WORDS + ")(?!\\p{L})");

    private static String lastNamedKind(String gap) {
        String tail = gap.length() > 120 ? gap.substring(gap.length() - 120) : gap;
        Matcher m = NAMED_KIND.matcher(tail);
        String last = null;
        while (m.find()) if (Character.isUpperCase(m.group(1).charAt(0))) last = m.group(1);
        return last;
    }

    /** The kind the words before a number name ("Luật … số"), else what its code says. */
    private static DocumentKind kindOf(String kindWords, boolean adjacent, DocumentNumber number) {
        // Words right before the number name it ("Quy định số 05-QĐ/BCĐTW": a Party regulation, though QĐ is also a
        // decision's code). Words further back may name something else: in "Xây dựng Chương trình … (theo QĐ
        // 929/QĐ-TTg)" the programme is the task's subject and the number's own code says what 929 is.
        if (kindWords != null && (adjacent || number.kind().isEmpty()))
            return DocumentKind.ofLeadingWords(kindWords).orElse(DocumentKind.OTHER);
        return number.kind().orElse(number.year() != null && number.issuerCode().startsWith("QH")
                ? DocumentKind.RESOLUTION : number.kindCode() == null ? DocumentKind.OFFICIAL_LETTER : DocumentKind.OTHER);
    }

    /** Every number of the text except blanks, this document's own and its parent's; bare "Nghị quyết 57" resolved.
     * Where the document's own number is printed (its end) goes to {@code ownAt}. */
    /**
     * The numbers found, less those a website's lines above the document (before offset {@code ownFrom}: its title
     * line "Quyết định 512/QĐ-UBND năm 2025 về … thực hiện Nghị quyết 03/NQ-CP …") name when the document's own text
     * names them again: the page re-states the document's title, and the document's own words are the evidence (as its
     * number is taken from the header, not from the page's metadata rows). A number only the page names is kept.
     */
    private static List<DocumentNumber.Found> pageLinesLeftOut(List<DocumentNumber.Found> found, int ownFrom) {
        java.util.Set<String> inOwnText = new java.util.HashSet<>();
        for (DocumentNumber.Found f : found) if (f.start() >= ownFrom) inOwnText.add(f.number().key());
        List<DocumentNumber.Found> out = new ArrayList<>();
        for (DocumentNumber.Found f : found) if (f.start() >= ownFrom || !inOwnText.contains(f.number().key())) out.add(f);
        return out;
    }

    private static List<DocumentNumber.Found> numbers(String text, DocumentMetadata self, List<Integer> ownAt) {
        String own = self.number() == null ? null : self.number().key();
        String parent = self.appendixOf() == null || self.appendixOf().number() == null ? null : self.appendixOf().number().key();
        List<DocumentNumber.Found> all = new ArrayList<>();
        for (DocumentNumber.Found found : DocumentNumber.findAll(text)) {
            DocumentNumber.Found f = joinedOrdinal(text, found);
            String key = f.number().key();
            if (key != null && key.equals(own)) ownAt.add(f.end());
            else if (key != null && !key.equals(parent)) all.add(f);
        }
        List<DocumentNumber.Found> bare = new ArrayList<>();
        Matcher m = BARE_RESOLUTION.matcher(text);
        while (m.find()) {
            DocumentNumber resolved = resolveBare(all, m.group(1), m.start());
            if (resolved != null) bare.add(new DocumentNumber.Found(resolved, m.start(1), m.end(1), m.group()));
        }
        all.addAll(bare);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /**
     * Digits just before a number's ordinal, after "số" and one space: "Quyết định số 313 1/QĐĐ-BTP", where a scan put
     * a space inside "3131". "số" names one number, so the two groups are its ordinal; the cited document is not
     * "1/QĐ-BTP". At most five digits in all, as any ordinal.
     */
    private static final Pattern DIGITS_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})số\\s*:?\\s*(\\d{1,4}) $");
    /** A number whose printed ordinal holds a space between digits ({@link Reference#joinedFrom}). */
    private static final Pattern SPLIT_ORDINAL = Pattern.compile("\\d+ \\d");

    /** {@code f}, or the same number with the digits printed apart before its ordinal joined to it ({@link #DIGITS_BEFORE}). */
    private static DocumentNumber.Found joinedOrdinal(String text, DocumentNumber.Found f) {
        Matcher m = DIGITS_BEFORE.matcher(text.substring(Math.max(0, f.start() - 16), f.start()));
        DocumentNumber n = f.number();
        if (!m.find() || n.number() == null || !n.number().matches("\\d+") || m.group(1).length() + n.number().length() > 5)
            return f;
        int start = f.start() - (m.end() - m.start(1));
        DocumentNumber joined = new DocumentNumber(m.group(1) + n.number(), n.kindCode(), n.issuerCode(), n.year(),
                n.partyStyle());
        return new DocumentNumber.Found(joined, start, f.end(), text.substring(start, f.end()));
    }

    /** "Nghị quyết 57": the last resolution numbered 57 cited before it, else the first cited after it. */
    private static DocumentNumber resolveBare(List<DocumentNumber.Found> numbers, String n, int at) {
        DocumentNumber before = null, after = null;
        String bare = n.replaceFirst("^0+(?=\\d)", "");
        for (DocumentNumber.Found f : numbers) {
            DocumentNumber d = f.number();
            if (d.number() == null || !"NQ".equalsIgnoreCase(d.kindCode()) || d.year() != null) continue;
            if (!d.number().replaceFirst("^0+(?=\\d)", "").equals(bare)) continue;
            if (f.start() < at) before = d; else if (after == null) after = d;
        }
        return before != null ? before : after;
    }

    /** The date printed right after a number, or null; one that cannot be a date (31/02, before 1945) is null too. */
    static LocalDate dateAfter(String tail) {
        Matcher m = DATE_AFTER.matcher(tail);
        if (!m.find()) return null;
        LocalDate d = new PartialDate(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)))
                .toLocalDate().orElse(null);
        return d == null || d.getYear() < 1945 ? null : d;
    }

    /**
     * Whether {@code cited}, a cited document's date, is later than the citing document ({@code self}) as far as its own
     * date is known (day, else month, else year): a cited document precedes its citation, so such a date is a typo.
     */
    static boolean later(LocalDate cited, DocumentMetadata self) {
        if (self.date() != null) return cited.isAfter(self.date());
        if (self.year() == null) return false;
        if (cited.getYear() != self.year()) return cited.getYear() > self.year();
        return self.month() != null && cited.getMonthValue() > self.month();
    }

    /**
     * What follows a number up to a line opening a statement of its own ("Căn cứ …", "Thực hiện …", "Theo đề nghị …",
     * a dash item), blank lines before it or not. A title ending "… của Tỉnh ủy" above "Căn cứ …" names the Tỉnh ủy,
     * not a "Tỉnh ủy Căn cứ"; an issuer wrapped onto the next line ("của Ban Thường vụ / Tỉnh ủy Đồng Tháp", a title in
     * capitals, PDF text with a blank line between its lines) is still read whole.
     */
    static String paragraph(String after) {
        Matcher end = PARAGRAPH_END.matcher(after);
        return end.find() ? after.substring(0, end.start()) : after;
    }

    private static final Pattern PARAGRAPH_END =
            Pattern.compile("(?u)\\n(?:\\h*\\r?\\n)*\\h*(?:(?:Căn cứ|CĂN CỨ|Thực hiện|Theo đề nghị|Xét đề nghị)(?!\\p{L})|[-+•*]\\h"
                    // a heading or numbered item of the text ("I. MỤC ĐÍCH", "1.", "a)", "## II."), never an issuer's
                    // wrapped line: a title "… của Bộ Chính trị" above "I. MỤC ĐÍCH" names the Bộ Chính trị, not "Bộ
                    // Chính trị I"
                    + "|#{1,6}\\h|(?:[IVXLC]{1,7}|\\d{1,3}(?:\\.\\d{1,3})*|\\p{Ll})[.)]\\h)");

    /**
     * {@code after} up to the end of its table cell: a tab ("… của Chính phủ\tCục Công nghệ thông tin" names no Cục),
     * or the end of the line when the next line is a row of the table (it holds a tab): "… của UBND tỉnh" closing a
     * row's last cell above the row "2\tThường xuyên\t…" is the UBND tỉnh's, not a "UBND tỉnh 2".
     */
    private static String cell(String after) {
        int tab = after.indexOf('\t');
        String cell = tab < 0 ? after : after.substring(0, tab);
        int end = cell.indexOf('\n');
        if (end < 0) return cell;
        int next = after.indexOf('\n', end + 1);
        boolean rowNext = after.substring(end + 1, next < 0 ? after.length() : next).indexOf('\t') >= 0;
        return rowNext ? cell.substring(0, end) : cell;
    }

    /** The issuer after "của"; in a title printed in capitals it is read in lower case and written as the body spells it. */
    private static String issuerOf(String tail, String text) {
        Matcher ofWord = OF_ISSUER.matcher(tail);
        if (!ofWord.find()) return null;
        String head = tail.substring(ofWord.end(), Math.min(tail.length(), ofWord.end() + 12));
        if (!vn.nq57.loader.metadata.PlaceNames.isUpperCase(head)) return issuerAfter(tail);
        String lower = tail.toLowerCase(Locale.of("vi"));
        int at = ofWord.end();
        String phrase = issuerAfter("của " + Character.toUpperCase(lower.charAt(at)) + lower.substring(at + 1));
        if (phrase == null) return null;
        // the phrase may leave out words the name opened with (a plenum): find it in the text as printed
        int from = at + Math.max(0, lower.substring(at).indexOf(phrase.toLowerCase(Locale.of("vi"))));
        String upper = tail.substring(from, from + phrase.length());
        return vn.nq57.loader.metadata.IssuerNames.fromHeader(upper, text);
    }

    /** The issuer named before a number as the author of a direction or proposal ({@link #ISSUER_AT}), cut where a
     * name after "của" is cut; null when the words before the number are not of that shape. */
    private static String issuerToldAt(String before) {
        Matcher at = ISSUER_AT.matcher(before);
        if (!at.find()) return null;
        String name = issuerAfter("của " + at.group("issuer"));
        // a joint proposal ("Bộ trưởng Bộ A và Bộ trưởng Bộ B") has two authors: one issuer would be a body that is not
        return name == null || JOINT.matcher(name).find() ? null : name;
    }

    /** Two bodies or posts joined by "và", the second opening with the first's word ("Bộ A và Bộ B"); a name holding
     * "và" ("Sở Khoa học và Công nghệ", "Ban Tuyên giáo và Dân vận") goes on with other words. */
    private static final Pattern JOINT = Pattern.compile("(?u)^(\\p{Lu}\\p{L}*)\\s.*\\svà\\s+\\1(?!\\p{L})");

    /**
     * The issuer's name after "của" in {@code tail}: up to the first word that ends a name ({@link #ISSUER_STOP}), or
     * through it when a national body's official name goes on there ("Ủy ban Quốc gia về chuyển đổi số"), without the
     * plenum that adopted it ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng" is the Ban Chấp hành's); null when
     * there is none, or it is a person ("Đồng chí …", whose conclusion a notice tells, not who issued it).
     */
    private static String issuerAfter(String tail) {
        Matcher of = OF_ISSUER.matcher(tail);
        if (!of.find()) return null;
        // the plenum goes first: its ordinal may be a word that ends a name ("lần thứ năm")
        String rest = PLENUM.matcher(tail.substring(of.end())).replaceFirst("");
        Matcher stop = ISSUER_STOP.matcher(rest);
        int cut = stop.find() ? stop.start() : -1;
        String phrase = cut < 0 ? rest : rest.substring(0, cut);
        String national = nationalNameThrough(rest, cut);
        if (national != null) return national;
        phrase = phrase.strip();
        if (PERSON.matcher(phrase).find()) return null;
        return phrase.isEmpty() || phrase.length() > 90 || !Character.isUpperCase(phrase.codePointAt(0)) ? null : phrase;
    }

    private static final Pattern CUT_AT_VE = Pattern.compile("(?u)\\s+về(?!\\p{L})");
    /** A plenum opening an issuer's name: "Hội nghị lần thứ sáu", "Hội nghị Trung ương 6" before the body that met. */
    private static final Pattern PLENUM = Pattern.compile(
            "(?iu)^hội nghị\\s+(?:(?:lần\\s+)?thứ\\s+\\p{L}+|trung ương\\s+\\d+)\\s*,?\\s+(?:của\\s+)?(?=\\p{Lu})");
    /** A person named as an issuer: "Đồng chí Tổng Bí thư …", "đ/c …". */
    private static final Pattern PERSON = Pattern.compile("(?iu)^(?:đồng chí|đ/c)(?!\\p{L})");
    /** A post before a body's name ("Chủ tịch Ủy ban Quốc gia …"): the body is looked up without it. */
    private static final Pattern POST = Pattern.compile("(?iu)^(?:phó\\s+)?(?:chủ tịch|trưởng ban|trưởng|chủ nhiệm)\\s+");

    /**
     * When the name in {@code rest} was cut at "về" (at {@code cut}), the longest run up to a later stop that is a
     * national body's official name, a post before it or not ("Chủ tịch Ủy ban Quốc gia về chuyển đổi số"); else null.
     */
    private static String nationalNameThrough(String rest, int cut) {
        if (cut < 0 || !CUT_AT_VE.matcher(rest).region(cut, rest.length()).lookingAt()) return null;
        String best = null;
        for (int q = cut + 1; q <= Math.min(rest.length(), 160); q++) {
            if (q < rest.length() && !ISSUER_STOP.matcher(rest).region(q, rest.length()).lookingAt()) continue;
            String candidate = rest.substring(0, q).strip();
            if (NationalBodies.officialName(POST.matcher(candidate).replaceFirst("")).isPresent()) best = candidate;
        }
        return best;
    }

    /** Sentences as [start, end) char ranges: ended by ";", ". ", a tab or pipe (table cells), or a line break
     * where the line ends a sentence or the next begins a list item, heading or lead word. */
    static List<int[]> sentences(String text) {
        return sentences(text, -1);
    }

    /** As {@link #sentences(String)}, with a sentence always ending where the header ends ({@code breakAt}, a char offset). */
    static List<int[]> sentences(String text, int breakAt) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == ';' || c == '\t' || c == '|' || i == breakAt - 1
                    || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))
                    || (c == '\n' && lineBreakEnds(text, i));
            if (end) {
                while (start < i && Character.isWhitespace(text.charAt(start))) start++;
                // a cell's separator ('|', a tab) bounds the sentence but is not its text: a quote ends with the cell
                if (i > start) out.add(new int[]{start, c == '|' || c == '\t' ? i : i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(new int[]{start, text.length()});
        return out;
    }

    // the header's own lines open with "Số …" (the number) and "V/v …" (the subject): never the wrapped end of a line;
    // a footnote opens with its mark ("¹ Kế hoạch …", "^1 …"), never continuing the line above (a table's last cell)
    private static final Pattern NEXT_STARTS = Pattern.compile("(?u)^\\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s|\\^\\d+\\s|[-+•*#]|[IVX]+\\.|\\d+(?:\\.\\d+)*\\.\\s|[a-zđ]\\)|(?i:căn cứ|thực hiện|theo đề nghị|xét đề nghị)|\\(|\\p{Lu}{2,}\\s+\\p{Lu}{2,}|Số\\s*:?\\s*\\d|V/v\\s)");
    private static final Pattern BOLD_LINE = Pattern.compile("(?u)\\s*\\*\\*[^*\\n]+\\*\\*\\s*");

    /** A line in capitals, a numbered heading's ("I. CĂN CỨ LẬP") too. */
    private static final Pattern CAPS_LINE = Pattern.compile("(?u)\\s*(?:(?:[IVX]+|\\d{1,2})\\s*[.)]\\s*)?[\\p{Lu}\\d][\\p{Lu}\\d\\s,\\-–/]*\\p{Lu}");
    private static final Pattern CAPS_START = Pattern.compile("(?u)^\\p{Lu}{2,}\\s+\\p{Lu}");

    private static boolean lineBreakEnds(String text, int newline) {
        int p = newline - 1;
        while (p >= 0 && text.charAt(p) != '\n' && Character.isWhitespace(text.charAt(p))) p--;
        if (p < 0 || text.charAt(p) == '\n') return false;          // an empty line: decided by the text around it
        char last = text.charAt(p);
        if (".;:!?".indexOf(last) >= 0) return true;
        if (BOLD_LINE.matcher(text.substring(text.lastIndexOf('\n', p) + 1, p + 1)).matches())
            return true;    // a header line set in bold ("**VĂN PHÒNG**") is a line of its own, never wrapped prose
        int q = newline + 1;
        while (q < text.length() && Character.isWhitespace(text.charAt(q))) q++;
        String next = text.substring(q, Math.min(text.length(), q + 40));
        int lineStart = text.lastIndexOf('\n', p) + 1;
        if (CAPS_LINE.matcher(text.substring(lineStart, p + 1)).matches() && CAPS_START.matcher(next).find())
            return false;   // a title or heading in capitals wrapped over lines ("… TRIỂN KHAI THỰC HIỆN / NGHỊ QUYẾT SỐ
                            // 57-NQ/TW", "I. CĂN CỨ LẬP / KẾ HOẠCH")
        return NEXT_STARTS.matcher(next).find();
    }

    /** The preamble ends at the first heading of the body, the first table row or the first footnote. */
    private static int preambleEnd(List<String> lines, int titleEnd, int[] lineStarts, int length) {
        for (int i = titleEnd; i < lines.size(); i++)
            if (BODY_START.matcher(lines.get(i)).find() || TABLE_OR_FOOTNOTE.matcher(lines.get(i)).lookingAt()) return lineStarts[i];
        return length;
    }

    /** Anchored at the line's start (both branches begin with "^"), so lookingAt, not find, which tries every position. */
    private static final Pattern TABLE_OR_FOOTNOTE = Pattern.compile(
            "(?u)^\\s*(?:\\||[¹²³⁴⁵⁶⁷⁸⁹⁰]|\\[\\d+\\]|\\[footnote|(?i:stt|tt)\\s*(?:\\t|\\|))|^[^\\t]*\\t[^\\t]*\\t");

    private static Relation leadOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        // "Theo đề nghị …", "Xét đề nghị … tại Tờ trình số …": a proposal the document answers, no basis of it
        return w.startsWith("căn cứ") ? Relation.BASED_ON : w.startsWith("theo") || w.startsWith("xét") ? Relation.CITES : Relation.APPLIES;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) last = m.start();
        return last;
    }

    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size() + 1];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = offset;
            offset += lines.get(i).length() + 1;
        }
        starts[lines.size()] = offset;
        return starts;
    }

    private static int lineOf(int[] starts, int offset) {
        int idx = Arrays.binarySearch(starts, 0, starts.length - 1, offset);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    /** A document said anywhere to be applied or to be the basis is more than merely cited. */
    private static Relation stronger(Relation a, Relation b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * The first mention is kept; what it leaves unstated (date, issuer, basis) is taken from later ones, and so for
     * each document of its basis: a title naming "Kế hoạch số 22-KH/TU … thực hiện Nghị quyết số 57-NQ/TW" without
     * 57's date and a preamble repeating it with "ngày 22/12/2024" give 57-NQ/TW its date.
     */
    private static Reference merge(Reference first, Reference later) {
        Map<String, Reference> byKey = new LinkedHashMap<>();
        for (Reference b : first.basis()) byKey.merge(b.key() + "|" + b.relation(), b, ReferenceExtractor::merge);
        for (Reference b : later.basis()) byKey.merge(b.key() + "|" + b.relation(), b, ReferenceExtractor::merge);
        List<Reference> basis = List.copyOf(byKey.values());
        return new Reference(first.number(), first.kind(), first.date() != null ? first.date() : later.date(),
                first.issuer() != null ? first.issuer() : later.issuer(),
                first.issuerLevel() != null ? first.issuerLevel() : later.issuerLevel(),
                stronger(first.relation(), later.relation()), first.span(), first.quote(), basis,
                first.lineage() || later.lineage(),
                first.impossibleDate() != null ? first.impossibleDate() : later.impossibleDate(),
                first.joinedFrom() != null ? first.joinedFrom() : later.joinedFrom());
    }
}
