package vn.nq57.loader.metadata;

import vn.nq57.loader.read.Spaces;
import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.reference.DocumentNumber;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity a portal or newspaper gives a document it republishes without the document's header, in the lead
 * sentence above it: "… vừa ban hành Thông báo … (Thông báo số 12-TB/BCĐ, ngày 03/02/2026). Sau đây là nội dung Thông
 * báo số 12-TB/BCĐ:", or a first line "Nghị quyết số 31-NQ/TU ngày 14/9/2023 ban hành bởi Tỉnh ủy Bến Tre về …".
 * Only the text's first lines are read: a number further down is one the document cites.
 *
 * @param number the document's number
 * @param kind   the kind the lead names it by
 * @param date   the date the lead gives beside the number, or null
 * @param issuer the body the lead says issued it, or null
 * @param title  the subject the first-line form gives after "về", or null
 */
record Lead(DocumentNumber number, DocumentKind kind, PartialDate date, String issuer, String title) {
    /** How many non-blank lines a lead may take. */
    private static final int LEAD_LINES = 3;
    private static final String KIND = "(?:Kế hoạch|Quyết định|Nghị quyết|Chương trình(?: hành động)?|Thông báo(?: kết luận)?"
            + "|Chỉ thị|Kết luận|Quy chế|Quy định|Đề án|Công văn|Hướng dẫn)";
    /** "Sau đây là nội dung Thông báo số 17-TB/…": the text below is that document. */
    private static final Pattern HERE_FOLLOWS = Pattern.compile(
            "(?iu)sau đây là (?:nội dung|toàn văn)(?:\\s+(?:của|bản))?\\s+(" + KIND + ")\\s+số\\s+");
    /** "Nghị quyết số 22/NQ-TU ngày … ban hành bởi X về …" opening the text. */
    private static final Pattern NAMED_FIRST = Pattern.compile("(?iu)^(" + KIND + ")\\s+số\\s+");
    /**
     * Who issued it, after the number and date: "ban hành bởi X" (to "về", a stop or the line's end), the words a page
     * names a document's issuer with. Not "của X": a first line "Nghị quyết số 57-NQ/TW ngày … của Bộ Chính trị." is
     * how a text cites a document as well.
     */
    private static final Pattern BY = Pattern.compile(
            "(?u)^[\\s,]*(?:(?i:ngày)\\s+[\\d/.\\s-]+?\\s*)?(?i:ban hành bởi)\\s+(\\p{Lu}[^,.;:()]*?)"
            + "(?:\\s+(?i:về)\\s+(.+?))?\\s*[.;:]?$");
    /** A date right after the number: ", ngày 29/12/2025", " ngày 08 tháng 6 năm 2022". */
    private static final Pattern DATE_NEXT = Pattern.compile("(?iu)^[\\s,]*ngày\\s+");
    /** A news lead's subject: "(Mặt trận) - X vừa ban hành …", "X đã ban hành …". */
    private static final Pattern ISSUED = Pattern.compile(
            "(?u)^(?:\\([^)]{1,40}\\)\\s*[-–]\\s*)?(\\p{Lu}[^.;:()]{2,200}?)\\s+(?:vừa|đã|mới)\\s+(?:ký\\s+)?ban hành\\s+" + KIND);
    /** A Party committee written in a web page's title case ("Tỉnh Ủy Kiên Giang"). */
    private static final Pattern COMMITTEE_TITLE_CASE = Pattern.compile("(?u)(?<!\\p{L})(Tỉnh|Huyện|Thành|Đảng) (?:Ủy|Uỷ)(?!\\p{L})");

    /** The lead of {@code lines}, or empty when its first lines name no document as the one that follows. */
    static Optional<Lead> read(List<String> lines) {
        StringBuilder lead = new StringBuilder();
        String firstLine = null;
        int taken = 0;
        for (int i = 0; i < lines.size() && taken < LEAD_LINES; i++) {
            String line = MetadataExtractor.clean(lines.get(i));
            if (line.isEmpty()) continue;
            if (firstLine == null) firstLine = line;
            lead.append(lead.isEmpty() ? "" : " ").append(line);
            taken++;
        }
        if (firstLine == null) return Optional.empty();
        String text = Spaces.collapse(lead.toString());

        Matcher follows = HERE_FOLLOWS.matcher(text);
        if (follows.find()) {
            DocumentNumber number = numberAt(text, follows.end());
            if (number == null) return Optional.empty();
            Matcher issued = ISSUED.matcher(text);
            String issuer = issued.find() ? name(issued.group(1)) : null;
            return Optional.of(new Lead(number, kindOf(follows.group(1), number), dateBeside(text, number), issuer, null));
        }
        Matcher first = NAMED_FIRST.matcher(firstLine);
        if (first.find()) {
            DocumentNumber number = numberAt(firstLine, first.end());
            if (number == null) return Optional.empty();
            List<DocumentNumber.Found> found = DocumentNumber.findAll(firstLine.substring(first.end()));
            String rest = firstLine.substring(first.end() + found.getFirst().end());
            Matcher by = BY.matcher(rest);
            if (!by.find()) return Optional.empty();   // a sentence about that document, not a line naming this one
            String title = by.group(2) == null ? null : by.group(2).strip();
            return Optional.of(new Lead(number, kindOf(first.group(1), number), dateBeside(firstLine, number),
                    name(by.group(1)), title));
        }
        return Optional.empty();
    }

    /** The number standing at {@code at} in {@code text}, or null. */
    private static DocumentNumber numberAt(String text, int at) {
        List<DocumentNumber.Found> found = DocumentNumber.findAll(text.substring(at));
        if (found.isEmpty() || found.getFirst().start() > 0 || found.getFirst().number().blank()) return null;
        return found.getFirst().number();
    }

    /** The kind the lead's words name, else the number's code. */
    private static DocumentKind kindOf(String words, DocumentNumber number) {
        return DocumentKind.ofLeadingWords(words).or(number::kind).orElse(null);
    }

    /** The date printed right after any mention of {@code number} in {@code text} ("số 17-TB/…, ngày 29/12/2025"). */
    private static PartialDate dateBeside(String text, DocumentNumber number) {
        for (DocumentNumber.Found f : DocumentNumber.findAll(text)) {
            if (!number.key().equals(f.number().key())) continue;
            String after = text.substring(f.end(), Math.min(text.length(), f.end() + 40));
            if (!DATE_NEXT.matcher(after).lookingAt()) continue;
            Optional<PartialDate> d = PartialDate.find(after);
            if (d.isPresent()) return d.get();
        }
        return null;
    }

    /**
     * A body's name as citations give it: without its "về …" purpose phrase ("Cơ quan Thường trực Ban Chỉ đạo Trung
     * ương về phát triển …" → "… Trung ương"), a Party committee in running case.
     */
    private static String name(String raw) {
        String s = raw.strip().replaceFirst("(?iu)\\s+về\\s.*$", "");
        s = COMMITTEE_TITLE_CASE.matcher(s).replaceAll(m -> m.group(1) + " ủy");
        return IssuerNames.normalise(s);
    }
}
