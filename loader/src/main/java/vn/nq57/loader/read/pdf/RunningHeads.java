package vn.nq57.loader.read.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what the printer adds to every page and is not the document's text: page numbers ("2", "- 2 -",
 * "Trang 2/5") on a page's first or last line, and running heads or feet, i.e. a first or last line that repeats,
 * digits aside, on at least half of the pages (three at least). Removed lines become null so the remaining lines
 * keep their line number on the page.
 */
final class RunningHeads {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?iu)^[\\s\\-–—.]*(?:trang\\s*|page\\s*)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?[\\s\\-–—.]*$");

    private RunningHeads() {}

    static void remove(List<List<String>> pages, boolean[] ocr) {
        Map<String, Integer> firsts = new HashMap<>(), lasts = new HashMap<>();
        for (List<String> page : pages) {
            dropPageNumbers(page);
            count(page, first(page), firsts);
            count(page, last(page), lasts);
        }
        int needed = Math.max(3, (pages.size() + 1) / 2);
        for (List<String> page : pages) {
            int f = first(page), l = last(page);
            if (f >= 0 && page.get(f).indexOf('\t') < 0 && firsts.getOrDefault(key(page.get(f)), 0) >= needed) page.set(f, null);
            if (l >= 0 && page.get(l) != null && page.get(l).indexOf('\t') < 0 && lasts.getOrDefault(key(page.get(l)), 0) >= needed) page.set(l, null);
        }
    }

    private static void dropPageNumbers(List<String> page) {
        for (int pass = 0; pass < 2; pass++) {
            int f = first(page), l = last(page);
            if (f >= 0 && PAGE_NUMBER.matcher(page.get(f)).matches()) page.set(f, null);
            if (l >= 0 && page.get(l) != null && PAGE_NUMBER.matcher(page.get(l)).matches()) page.set(l, null);
        }
    }

    private static void count(List<String> page, int index, Map<String, Integer> counts) {
        if (index >= 0) counts.merge(key(page.get(index)), 1, Integer::sum);
    }

    private static int first(List<String> page) {
        for (int i = 0; i < page.size(); i++) if (page.get(i) != null && !page.get(i).isBlank()) return i;
        return -1;
    }

    private static int last(List<String> page) {
        for (int i = page.size() - 1; i >= 0; i--) if (page.get(i) != null && !page.get(i).isBlank()) return i;
        return -1;
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
