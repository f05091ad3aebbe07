package vn.nq57.bench.corpus;

import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.reference.Reference;
import vn.nq57.loader.rows.IndicatorRow;
import vn.nq57.loader.rows.SectionRow;
import vn.nq57.loader.rows.TaskRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real document read by the real loader, cut into fixed text and row slots. The loader tells where each task
 * and indicator row lies, so the generator never has to know a layout: it keeps every line that is not a row
 * (headers, prose, section headings, table headers) in place and refills the slots of each section with rows of
 * the same table, which therefore keep their layout (tabs, pipes, wrapped cells, one cell per line).
 */
final class Template {
    /** A contiguous run of row slots under one section heading (or one table without headings). */
    private record Section(boolean task, List<Integer> slots) {}

    private final String fileName;
    private final List<String> lines;
    private final DocumentMetadata metadata;
    private final List<Reference> references;
    /** Row blocks by their first line (1-based); a block covers lines start..start+size-1. */
    private final TreeMap<Integer, RowBlock> blocks = new TreeMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final int tasks;
    private final int indicators;

    private Template(ParsedDocument doc) {
        this.fileName = doc.source().fileName();
        this.lines = doc.source().lines();
        this.metadata = doc.metadata();
        this.references = doc.references();
        this.tasks = doc.rows().tasks().size();
        this.indicators = doc.rows().indicators().size();

        // Every line where a row or a section heading starts ends the block before it.
        TreeMap<Integer, Boolean> starts = new TreeMap<>(); // line → is a task row/heading (vs an indicator one)
        for (TaskRow t : doc.rows().tasks()) starts.put(t.span().start(), true);
        for (SectionRow s : doc.rows().taskSections()) starts.put(s.span().start(), true);
        for (IndicatorRow r : doc.rows().indicators()) starts.put(r.span().start(), false);
        for (SectionRow s : doc.rows().indicatorGroups()) starts.put(s.span().start(), false);

        Map<Object, List<Integer>> bySection = new LinkedHashMap<>();
        Map<Object, Boolean> kindOf = new IdentityHashMap<>();
        Object noSection = new Object();
        // Items written in running text can share their lines (several goals in one sentence): one slot per block.
        java.util.Set<Integer> placed = new java.util.HashSet<>();
        for (TaskRow t : doc.rows().tasks()) {
            if (!placed.add(t.span().start())) continue;
            addBlock(t.span(), t.ordinal(), true, starts);
            Object key = t.section() == null ? noSection : t.section();
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(t.span().start());
            kindOf.put(key, true);
        }
        Object noGroup = new Object();
        for (IndicatorRow r : doc.rows().indicators()) {
            if (!placed.add(r.span().start())) continue;
            addBlock(r.span(), r.ordinal(), false, starts);
            Object key = r.group() == null ? noGroup : r.group();
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(r.span().start());
            kindOf.put(key, false);
        }
        bySection.forEach((key, slots) -> sections.add(new Section(kindOf.get(key), List.copyOf(slots))));
    }

    /** Reads {@code file} with the real loader; the template's rows are what the loader understood. */
    static Template read(Path file) {
        try {
            ParsedDocument doc = new Loader().parse(List.of(file)).documents().getFirst();
            return new Template(doc);
        } catch (SourceException e) {
            throw new IllegalStateException("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    private void addBlock(LineSpan span, String ordinal, boolean task, TreeMap<Integer, Boolean> starts) {
        Map.Entry<Integer, Boolean> next = starts.higherEntry(span.start());
        // Up to the next row of the same table; the last row of a table ends where the loader says it does.
        int end = next != null && next.getValue() == task ? Math.max(span.end(), next.getKey() - 1) : span.end();
        if (next != null && end >= next.getKey()) end = next.getKey() - 1;
        blocks.put(span.start(), new RowBlock(lines.subList(span.start() - 1, end), ordinal == null ? "" : ordinal,
                end <= span.end() || lines.subList(span.end(), end).stream().allMatch(String::isBlank)));
    }

    String fileName() { return fileName; }

    /** The template's lines as read. */
    List<String> lines() { return lines; }

    DocumentMetadata metadata() { return metadata; }

    List<Reference> references() { return references; }

    int tasks() { return tasks; }

    int indicators() { return indicators; }

    /**
     * The template's lines with its rows shuffled: each table's rows are permuted, mostly within their section
     * and, at {@code recombine} odds, across the sections of the same table. Every row is used exactly once, so
     * section counts and footnote definitions (which travel with the rows around them) stay intact. Each moved row
     * takes the ordinal printed at the slot it lands in.
     */
    List<String> refill(Random random, double recombine) {
        Map<Integer, RowBlock> chosen = new TreeMap<>();
        for (boolean task : new boolean[] {true, false}) {
            List<Integer> slots = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (Section section : sections) {
                if (section.task() != task) continue;
                List<Integer> own = new ArrayList<>(section.slots());
                Collections.shuffle(own, random);
                slots.addAll(section.slots());
                order.addAll(own);
            }
            // Swap some rows with a row anywhere in the table: recombines sections without losing a row.
            for (int i = 0; i < order.size(); i++) {
                if (random.nextDouble() < recombine) Collections.swap(order, i, random.nextInt(order.size()));
            }
            // Rows that carry more than themselves (a page header, a heading fragment after them) stay in place, and
            // so does the table's last row: it often ends with the document, its cells cut short.
            List<Integer> fixed = new ArrayList<>();
            for (Integer slot : slots) {
                if (!blocks.get(slot).movable() || slot.equals(slots.getLast())) fixed.add(slot);
            }
            order.removeAll(fixed);
            for (int i = 0; i < slots.size(); i++) {
                if (fixed.contains(slots.get(i))) order.add(i, slots.get(i));
            }
            for (int i = 0; i < slots.size(); i++) {
                chosen.put(slots.get(i), renumber(blocks.get(order.get(i)), blocks.get(slots.get(i)).ordinal()));
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        int line = 1;
        for (Map.Entry<Integer, RowBlock> slot : blocks.entrySet()) {
            int start = slot.getKey();
            if (start < line) continue;
            out.addAll(lines.subList(line - 1, start - 1));
            out.addAll(chosen.get(start).lines());
            line = start + slot.getValue().lines().size();
        }
        out.addAll(lines.subList(line - 1, lines.size()));
        return out;
    }

    private static RowBlock renumber(RowBlock block, String ordinal) {
        if (block.ordinal().isEmpty() || block.ordinal().equals(ordinal) || ordinal.isEmpty()) return block;
        Pattern own = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(block.ordinal()) + "(?![\\p{L}\\p{N}])");
        List<String> lines = new ArrayList<>(block.lines());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = own.matcher(lines.get(i));
            if (m.find()) {
                lines.set(i, lines.get(i).substring(0, m.start()) + ordinal + lines.get(i).substring(m.end()));
                return new RowBlock(lines, ordinal, block.movable());
            }
        }
        return block;
    }
}
