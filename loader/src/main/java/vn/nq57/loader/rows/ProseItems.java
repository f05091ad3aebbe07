package vn.nq57.loader.rows;

import vn.nq57.loader.deadline.StatedDeadline;
import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.rows.ProseLines.Block;
import vn.nq57.loader.rows.ProseLines.Kind;
import vn.nq57.loader.table.Fold;
import vn.nq57.loader.unit.Post;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks and goals written as running text, for documents that do not list them in a table (and, in a document that
 * does, the lettered items of a part on tasks printed beside its table: {@link #read(SourceText, boolean[], List)}).
 * <ul>
 * <li>In a part on tasks ("NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ CỤ THỂ"), a numbered item with items under it is a group
 * (a section) and its items are tasks: lettered items when there are any (their bullets belong to them), else its
 * bullets and paragraphs. A numbered item with nothing under it is a task of the part, unless the items after it are
 * numbered under it ("2." over "2.1.", "2.2."): then it only heads them, and each of those is a group or task itself.
 * A lead-in ending with ":" is no task. An item that only names a body ("a) Tổ đảng ở các thôn:") heads the items
 * under it: they are its tasks.</li>
 * <li>In a part on implementation ("TỔ CHỨC THỰC HIỆN"), an item that opens with a named body and an assignment
 * ("Ban Tuyên giáo Trung ương chủ trì, phối hợp với …") is a task with that lead and its coordinating units
 * ({@link Assignment}); items addressed to everyone ("Các bộ, ngành, địa phương …", "Các chi bộ trực thuộc …") are
 * instructions, not tasks, and the report lists them ({@link #NOT_ASSIGNED}). Not
 * in a document that says its tasks are listed in an appendix ("nhiệm vụ cụ thể … được xác định tại Phụ lục kèm theo
 * Kế hoạch này"): there the implementation part assigns the follow-up of that list, and its tasks are the
 * appendix's, whether it comes in the same file or apart (a plan's body and its appendix as two Word files).</li>
 * <li>In a part on goals ("MỤC TIÊU"), each clause stating a number ("Quy mô kinh tế số đạt tối thiểu 30% GDP") is an
 * indicator ({@link ProseGoals}) grouped under its horizon ("Đến năm 2030").</li>
 * <li>A directive without such parts (a Prime Minister's dispatch, a directive: "… Thủ tướng Chính phủ yêu cầu:" and
 * numbered items addressed to bodies) gives its items as tasks when no part gave any: an item naming a body ("2. Bộ
 * Công an") leads the lettered items under it ("2.a", "2.b"), an item opening with a body and its assignment ("6. Bộ
 * Tài chính chủ trì nghiên cứu …") is a task of that body, and an item addressed to everyone or to posts ("Bộ trưởng,
 * Thủ trưởng cơ quan ngang bộ …") is an instruction, not a task, and the report lists it ({@link #notTasks}).</li>
 * </ul>
 * A task's deadline is what its own sentence states at its end ({@link StatedDeadline}: "…; hoàn thành trong năm
 * 2025."), else none. A line after an item that only says who leads and when ("+ Chủ trì: …. Thời gian: …", "- Văn
 * phòng Đảng ủy chủ trì, phối hợp với …; thời gian: …") is that item's ({@link LabelledFields#onlyFields}). A part's
 * text ends at the document's closing sentence ("…./.", {@link ProseLines.Block#closing}). Every task keeps its lines
 * and their verbatim text.
 */
final class ProseItems {
    enum Part { TASKS, IMPLEMENTATION, GOALS, OTHER }

    /** A sentence sending the reader to an appendix for the tasks: "nhiệm vụ … (được xác định) tại Phụ lục …". */
    private static final java.util.regex.Pattern TASKS_IN_APPENDIX = java.util.regex.Pattern.compile(
            "(?iu)nhiệm vụ[^.;]{0,300}?(?<!\\p{L})(?:tại|theo|trong|ở)\\s+(?:các\\s+)?phụ lục(?!\\p{L})");
    /**
     * The sentence that opens a directive's items, folded: the issuer directs ("… Thủ tướng Chính phủ yêu cầu:", "…
     * chỉ thị:", "… đề nghị:", "… giao:"); a scan's misread marks ("yêu câu") fold the same.
     */
    /**
     * A part's title, folded, that evaluates past work: it opens with "đánh giá", "kết quả", "tình hình" or "thực
     * trạng" ("TỔ CHỨC THỰC HIỆN, BÁO CÁO KẾT QUẢ" plans the reporting, and is no evaluation).
     */
    private static final java.util.regex.Pattern EVALUATES = java.util.regex.Pattern.compile(
            "^(?:danh gia|ket qua|tinh hinh|thuc trang)(?![a-z])");
    private static final java.util.regex.Pattern DIRECTS = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:yeu cau|chi thi|de nghi|chi dao|giao)\\s*:$");

    /** Why a directive's item gave no task. */
    static final String NOT_ONE_BODY =
            "item addressed to every body or to several posts, not to one body: read as an instruction, no task";

    /** Why an implementation item gave no task. */
    static final String NOT_ASSIGNED = "implementation item that names no body leading it (addressed to every body of a "
            + "kind, \"Các chi bộ …\", or to none): read as an instruction, no task";

    final List<SectionRow> sections = new ArrayList<>();
    final List<TaskRow> tasks = new ArrayList<>();
    final List<SectionRow> goalGroups = new ArrayList<>();
    final List<IndicatorRow> goals = new ArrayList<>();
    /** A directive's numbered items that gave no task (addressed to everyone or to several posts), for the report. */
    final List<Unparsed> notTasks = new ArrayList<>();
    /**
     * Per task table (its header line) that stands in a numbered group of a part on tasks, that group's heading as a
     * section ("2. Nhiệm vụ phối hợp với các đơn vị" over the table): not in {@link #sections}, for the table's rows.
     */
    final java.util.Map<Integer, SectionRow> tableSections = new java.util.LinkedHashMap<>();

    private final SourceText text;

    private ProseItems(SourceText text) {
        this.text = text;
    }

    /** Reads the running text outside the lines {@code inTable}, in a document without a task table. */
    static ProseItems read(SourceText text, boolean[] inTable) {
        return read(text, inTable, List.of());
    }

    /**
     * Reads the running text outside the lines {@code inTable}. In a document with task tables ({@code taskTables}
     * not empty) only a part on tasks that holds such a table gives tasks, and only from its numbered groups no table
     * stands in ("1. Phát triển chính quyền số" with its lettered items, over "2. Nhiệm vụ phối hợp …" and its table):
     * the table lists its own group's work, and the prose elsewhere (a body over an appendix's table, a part's
     * preamble, its implementation part) summarises or assigns the table's tasks.
     *
     * @param taskTables the header lines of the tables that gave tasks, empty when none did
     * @return the tasks, sections, goals and notes read; with task tables, {@link #tableSections} too
     */
    static ProseItems read(SourceText text, boolean[] inTable, List<Integer> taskTables) {
        ProseItems items = new ProseItems(text);
        boolean tabled = !taskTables.isEmpty();
        boolean tasksInAppendix = TASKS_IN_APPENDIX.matcher(String.join(" ", text.lines())).find();
        List<Block> blocks = ProseLines.read(text, inTable);
        boolean[] past = pastResults(blocks);
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            int end = i + 1;
            if (b.kind != Kind.PART) { i = end; continue; }
            while (end < blocks.size() && !ends(blocks.get(end))) end++;
            List<Block> body = blocks.subList(i + 1, end);
            String title = Fold.key(b.text());
            if (past[i]) { i = end; continue; }
            int partEnd = end < blocks.size() ? blocks.get(end).first - 1 : Integer.MAX_VALUE;
            if (title.contains("nhiem vu") || title.contains("giai phap")) {
                if (!tabled) items.tasks(b, body, List.of(), partEnd);
                else if (!tablesIn(taskTables, b.first, partEnd).isEmpty()) items.tasks(b, body, taskTables, partEnd);
            }
            else if (!tabled && !tasksInAppendix && (title.contains("to chuc thuc hien") || title.startsWith("trach nhiem")
                    || title.contains("phan cong")))
                items.implementation(b, body);
            if (title.contains("muc tieu") || title.startsWith("chi tieu")) items.goals.addAll(
                    ProseGoals.read(items.text, b, body, items.goalGroups));
            i = end;
        }
        if (items.tasks.isEmpty() && !tasksInAppendix && !tabled) items.directive(blocks, past);
        return items;
    }

    /**
     * Which blocks report what was done rather than plan it: a part titled as an evaluation of past results ("ĐÁNH
     * GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2025",
     * "THỰC TRẠNG …") with its body; and when that part is a division of the document ("Phần I", "PHẦN THỨ NHẤT"),
     * every part in it, up to the next division (or, where the next division's heading is missing, up to a part
     * numbered "I" again). Such parts give no tasks, assignments or goals.
     *
     * @param blocks the document's blocks in order
     * @return per block, true when it lies in a part on past results
     */
    static boolean[] pastResults(List<Block> blocks) {
        boolean[] past = new boolean[blocks.size()];
        boolean inDivision = false, inPart = false, numbered = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Kind.PART) {
                boolean evaluates = EVALUATES.matcher(Fold.key(b.text())).find();
                if (b.division) {
                    inDivision = evaluates;
                    numbered = false;
                } else if (b.label.equals("I") && numbered) {
                    inDivision = false;                          // the parts' numbers start again: a new division
                }
                if (!b.division && !b.label.isEmpty()) numbered = true;
                inPart = evaluates;
            }
            past[i] = inDivision || inPart;
        }
        return past;
    }

    /** The numbered items after a directive's opening sentence, up to the next part (see the class comment). */
    private void directive(List<Block> blocks, boolean[] past) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (past[i]) continue;
            if (b.kind != Kind.PARAGRAPH || !DIRECTS.matcher(Fold.key(b.text())).find()) continue;
            int end = i + 1;
            while (end < blocks.size() && !ends(blocks.get(end))) end++;
            List<Block> body = blocks.subList(i + 1, end);
            if (body.isEmpty() || body.getFirst().kind != Kind.NUMBERED) continue;
            SectionRow section = null;
            for (int k = 0; k < body.size(); ) {
                Block item = body.get(k);
                int next = k + 1;
                while (next < body.size() && depth(body.get(next)) > depth(item)) next++;
                List<Block> under = body.subList(k + 1, next);
                k = next;
                if (item.kind != Kind.NUMBERED) continue;
                String heading = Assignment.heading(item.text(), !under.isEmpty());
                Assignment a = heading == null ? Assignment.of(item.text()) : null;
                Post post = heading == null && a == null && !under.isEmpty() ? Assignment.postHeading(item.text()) : null;
                if ((heading == null || under.isEmpty()) && a == null && post == null) {
                    // said in the report, not dropped unseen: an auditor checks that no body was missed
                    notTasks.add(new Unparsed(item.first, item.label + ". " + item.text(), NOT_ONE_BODY));
                    continue;
                }
                if (section == null) section = leadIn(b);
                if (a != null) {
                    tasks.add(new TaskRow(section, item.label, name(item, under), "", a.lead(), a.coordinating(),
                            List.of(), StatedDeadline.atEnd(item.text()), "", List.of(), span(item, under),
                            text.text(span(item, under))));
                } else if (post != null) {
                    assigned(section, item.label, post.label(), post.unit(), under);
                } else {
                    assigned(section, item.label, "", heading, under);
                }
            }
            return;
        }
    }

    /** The directive's opening sentence as the section of its items: its last sentence names it, its lines stay. */
    private SectionRow leadIn(Block b) {
        String all = b.text();
        int cut = Math.max(all.lastIndexOf(". "), all.lastIndexOf("; "));
        SectionRow s = new SectionRow(null, all.substring(cut + 1).strip(), null, span(b), text.text(span(b)));
        sections.add(s);
        return s;
    }

    /**
     * The items under a body's name (or a post's: {@code head} the post, "" for a body): its lettered items with what is
     * under each, else each item; led by the body.
     */
    private void assigned(SectionRow section, String number, String head, String lead, List<Block> under) {
        boolean lettered = under.stream().anyMatch(x -> x.kind == Kind.LETTERED);
        for (int i = 0; i < under.size(); ) {
            Block b = under.get(i);
            int end = i + 1;
            if (lettered) while (end < under.size() && under.get(end).kind != Kind.LETTERED) end++;
            List<Block> sub = lettered ? under.subList(i + 1, end) : List.of();
            i = end;
            if ((lettered && b.kind != Kind.LETTERED) || isLeadIn(b)) continue;
            task(section, b.kind == Kind.LETTERED ? number + "." + b.label : "", b, sub, head, lead);
        }
    }

    private SectionRow section(Block heading) {
        SectionRow s = heading(heading);
        sections.add(s);
        return s;
    }

    private SectionRow heading(Block heading) {
        String number = heading.label.isEmpty() ? null : heading.label;
        return new SectionRow(number, heading.text(), SectionHeadings.statedCount(heading.text()), span(heading),
                text.text(span(heading)));
    }

    /** The tables of {@code tables} (header lines) that stand within lines {@code from} to {@code to}. */
    private static List<Integer> tablesIn(List<Integer> tables, int from, int to) {
        return tables.stream().filter(h -> h >= from && h <= to).toList();
    }

    private static LineSpan span(Block b) {
        return new LineSpan(b.first, b.last);
    }

    private LineSpan span(Block b, List<Block> under) {
        return under.isEmpty() ? span(b) : new LineSpan(b.first, under.getLast().last);
    }

    /**
     * The tasks of a part on tasks; a group in whose lines one of {@code tables} stands (up to the next numbered item,
     * or {@code partEnd}) is that table's, and gives its heading to the table ({@link #tableSections}), not tasks.
     */
    private void tasks(Block part, List<Block> body, List<Integer> tables, int partEnd) {
        SectionRow partSection = null;
        int i = 0;
        while (i < body.size()) {
            Block b = body.get(i);
            if (b.kind == Kind.NUMBERED) {
                int end = i + 1;
                while (end < body.size() && body.get(end).kind != Kind.NUMBERED) end++;
                List<Block> under = body.subList(i + 1, end);
                List<Integer> own = tablesIn(tables, b.first, end < body.size() ? body.get(end).first - 1 : partEnd);
                if (!own.isEmpty()) {
                    SectionRow heading = heading(b);
                    for (int table : own) tableSections.put(table, heading);
                } else if (under.isEmpty() && end < body.size() && isChild(b, body.get(end))) {
                    // "2. Lãnh đạo …" over "2.1. …", "2.2. …": a heading whose items are numbered under it
                } else if (under.stream().allMatch(ProseItems::onlyFields)) {
                    // nothing under it but its lead and time ("- Chủ trì: …"): a task of the part
                    if (partSection == null) partSection = section(part);
                    task(partSection, b.label, b, under, "");
                } else {
                    group(section(b), b.label, under);
                }
                i = end;
                continue;
            }
            int end = i + 1;                                   // items before the first numbered one
            while (end < body.size() && body.get(end).kind != Kind.NUMBERED) end++;
            List<Block> loose = body.subList(i, end);
            // a table under the part's own heading, with its caption or lead-in, lists these lines' work
            boolean table = !tablesIn(tables, part.first, end < body.size() ? body.get(end).first - 1 : partEnd).isEmpty();
            if (!table && loose.stream().anyMatch(x -> !isLeadIn(x))) {
                if (partSection == null) partSection = section(part);
                group(partSection, "", loose);
            }
            i = end;
        }
    }

    /** The items of one group: lettered items with what is under them, or else every bullet and paragraph. */
    private void group(SectionRow section, String number, List<Block> under) {
        boolean lettered = under.stream().anyMatch(x -> x.kind == Kind.LETTERED);
        String prefix = number.isEmpty() ? "" : number + ".";
        int i = 0;
        while (i < under.size()) {
            Block b = under.get(i);
            if (lettered && b.kind != Kind.LETTERED) { i++; continue; }
            int end = i + 1;
            if (lettered) while (end < under.size() && under.get(end).kind != Kind.LETTERED) end++;
            else while (end < under.size() && onlyFields(under.get(end))) end++;      // "+ Chủ trì: …" under "- …"
            List<Block> sub = under.subList(i + 1, end);
            String assignee = Assignment.heading(b.text(), !sub.isEmpty());
            Post post = assignee == null && !sub.isEmpty() ? Assignment.postHeading(b.text()) : null;
            if (assignee != null && !sub.isEmpty()) {
                for (Block item : sub) if (!isLeadIn(item)) task(section, "", item, List.of(), assignee);
            } else if (post != null) {
                for (Block item : sub) if (!isLeadIn(item)) task(section, "", item, List.of(), post.label(), post.unit());
            } else if (!isLeadIn(b) || !sub.isEmpty()) {
                task(section, b.kind == Kind.LETTERED ? prefix + b.label : "", b, sub, "");
            }
            i = end;
        }
    }

    private void implementation(Block part, List<Block> body) {
        SectionRow partSection = null;
        int i = 0;
        while (i < body.size()) {
            Block b = body.get(i);
            int end = i + 1;
            while (end < body.size() && depth(body.get(end)) > depth(b)) end++;
            List<Block> under = body.subList(i + 1, end);
            String heading = Assignment.heading(b.text(), !under.isEmpty());
            Post post = heading == null && !under.isEmpty() ? Assignment.postHeading(b.text()) : null;
            if ((heading != null || post != null) && !under.isEmpty()) {
                if (partSection == null) partSection = section(part);
                for (int k = 0; k < under.size(); ) {
                    Block item = under.get(k);
                    int next = k + 1;
                    while (next < under.size() && onlyFields(under.get(next))) next++;   // its lead and time lines
                    List<Block> fields = under.subList(k + 1, next);
                    k = next;
                    if (isLeadIn(item) || onlyFields(item)) continue;
                    if (post != null) task(partSection, "", item, fields, post.label(), post.unit());
                    else task(partSection, "", item, fields, heading);
                }
                i = end;
                continue;
            }
            Assignment a = Assignment.of(b.text());
            if (a != null) {
                if (partSection == null) partSection = section(part);
                // a line under the item that only gives its coordinating units or time is no part of its words
                String coordinating = a.coordinating(), deadline = StatedDeadline.atEnd(b.text());
                List<Block> points = new ArrayList<>();
                for (Block u : under) {
                    if (!onlyFields(u)) { points.add(u); continue; }
                    LabelledFields f = LabelledFields.of(u.text());
                    if (coordinating.isEmpty()) coordinating = f.coordinating();
                    if (deadline.isEmpty()) deadline = f.deadline();
                }
                tasks.add(new TaskRow(partSection, b.label, name(b, points), "", a.lead(), coordinating, List.of(),
                        deadline, "", List.of(), span(b, under), text.text(span(b, under))));
            } else if ((b.kind == Kind.NUMBERED || b.kind == Kind.LETTERED) && !isLeadIn(b)) {
                // said in the report, as a directive's are: an auditor sees which items of the part gave no task
                notTasks.add(new Unparsed(b.first, b.label + (b.kind == Kind.LETTERED ? ") " : ". ") + b.text(),
                        NOT_ASSIGNED));
            }
            i = end;
        }
    }

    /** A part's text runs up to the next part or the document's closing sentence. */
    private static boolean ends(Block b) {
        return b.kind == Kind.PART || b.closing;
    }

    /** True when {@code item} is numbered under {@code heading}: "2.1" under "2", "2.1.3" under "2.1". */
    private static boolean isChild(Block heading, Block item) {
        return item.kind == Kind.NUMBERED && item.label.startsWith(heading.label + ".");
    }

    private static int depth(Block b) {
        return switch (b.kind) {
            case PART -> 0;
            case NUMBERED -> 1;
            case LETTERED -> 2;
            case BULLET, PARAGRAPH -> 3;
        };
    }

    private void task(SectionRow section, String ordinal, Block b, List<Block> under, String lead) {
        task(section, ordinal, b, under, "", lead);
    }

    /** A task of the item {@code b} with the points {@code under} it; {@code head} the post it is addressed to, or "". */
    private void task(SectionRow section, String ordinal, Block b, List<Block> under, String head, String lead) {
        // the fields printed under a label, in the item's sentence or on lines under it ("- Cơ quan chủ trì: …",
        // "- Thời gian hoàn thành: Quý III/2025"), as a table's columns would give them; the rest is the task's words
        LabelledFields own = LabelledFields.of(b.text());
        String fieldLead = own.lead(), coordinating = own.coordinating(), deadline = own.deadline();
        List<String> result = new ArrayList<>(own.result());
        List<Block> points = new ArrayList<>();
        for (Block u : under) {
            LabelledFields f = LabelledFields.of(u.text());
            if (!f.any() || !f.rest().isBlank()) { points.add(u); continue; }
            if (fieldLead.isEmpty()) fieldLead = f.lead();
            if (coordinating.isEmpty()) coordinating = f.coordinating();
            if (deadline.isEmpty()) deadline = f.deadline();
            result.addAll(f.result());
        }
        String name = name(own.rest(), points);
        if (name.isBlank()) return;
        if (lead.isEmpty() && head.isEmpty()) lead = fieldLead;
        // an item that opens with its body and a verb of assignment says who leads it, wherever it stands
        // ("1. Văn phòng HĐND và UBND xã chủ trì số hóa hồ sơ …" under "II. NHIỆM VỤ")
        Assignment stated = lead.isEmpty() && head.isEmpty() ? Assignment.of(own.rest()) : null;
        if (stated != null) {
            lead = stated.lead();
            if (coordinating.isEmpty()) coordinating = stated.coordinating();
        }
        if (deadline.isEmpty()) deadline = StatedDeadline.atEnd(own.rest());
        tasks.add(new TaskRow(section, ordinal, name, head, lead, coordinating, List.copyOf(result), deadline,
                "", List.of(), span(b, under), text.text(span(b, under))));
    }

    /** The item's text, with the points under it ("- Tháo gỡ …") joined after it. */
    private static String name(Block b, List<Block> under) {
        return name(b.text(), under);
    }

    private static String name(String item, List<Block> under) {
        StringBuilder s = new StringBuilder(item);
        for (Block u : under) s.append(s.isEmpty() ? "" : " ").append(u.kind == Kind.BULLET ? "- " : "").append(u.text());
        return s.toString().strip();
    }

    /** A line that only gives the item before it its lead, coordinating units or time ({@link LabelledFields#onlyFields}). */
    private static boolean onlyFields(Block b) {
        return b.kind != Kind.NUMBERED && b.kind != Kind.LETTERED && LabelledFields.onlyFields(b.text());
    }

    /** "… các nội dung sau:" announces the items after it. */
    private static boolean isLeadIn(Block b) {
        String t = b.text();
        return t.isEmpty() || t.endsWith(":");
    }
}
