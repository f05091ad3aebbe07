package vn.nq57.loader.read.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Lines;
import vn.nq57.loader.read.Origin;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.read.TableGrid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a web copy of a document (.html) with jsoup: the charset the page declares (UTF-8 by default), scripts,
 * styles and navigation left out, each block element (paragraph, heading, list item, line break) one line, tables
 * through {@link TableGrid} (colspan and rowspan resolved). Each line's origin is the line of the HTML source where
 * its element starts (jsoup's position tracking).
 */
public final class HtmlReader {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "nav", "header", "footer",
            "head", "iframe", "svg", "button", "form", "select");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "blockquote", "pre", "section", "article", "main", "aside", "figure", "figcaption", "center", "address");

    private HtmlReader() {}

    public static SourceText read(String fileName, String sha256, byte[] bytes) throws SourceException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc;
        try {
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "", parser);
        } catch (java.io.IOException e) {
            throw new SourceException(fileName, 0, "not a readable web page: " + e.getMessage(),
                    "không phải trang web đọc được");
        }
        Lines lines = new Lines();
        new Walker(lines).block(doc.body() != null ? doc.body() : doc);
        return lines.build(fileName, sha256, DocumentFormat.HTML);
    }

    private static final class Walker {
        private final Lines lines;
        private final StringBuilder pending = new StringBuilder();
        private int pendingLine = 1, tables;

        Walker(Lines lines) { this.lines = lines; }

        void block(Element element) {
            for (Node child : element.childNodes()) node(child);
            flush();
        }

        private void node(Node node) {
            if (node instanceof TextNode t) {
                if (pending.isEmpty() && t.isBlank()) return;
                if (pending.isEmpty()) pendingLine = line(t);
                pending.append(t.text());
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (SKIP.contains(tag)) return;
            if (tag.equals("br")) { flush(); return; }
            String mark = footnoteMark(e);
            if (mark != null) {
                if (pending.isEmpty()) pendingLine = line(e);
                pending.append(mark);
                return;
            }
            if (tag.equals("table")) { flush(); table(e); return; }
            if (BLOCK.contains(tag) || tag.equals("tr")) {
                flush();
                pendingLine = line(e);
                String label = listLabel(e);
                if (label != null) pending.append(label).append(' ');
                for (Node child : e.childNodes()) node(child);
                flush();
                return;
            }
            for (Node child : e.childNodes()) node(child);
        }

        /**
         * The number a browser prints before an item of a numbered list ({@code <ol>}, its {@code type} and
         * {@code start}, an item's {@code value}): "1.", "a)", "A.", "i.", "I." — the list's numbering as the reader
         * sees it, which Word's automatic numbering gives as text too; null for any other element and for an item
         * whose text already opens with its own number.
         */
        private static String listLabel(Element li) {
            if (!li.normalName().equals("li") || li.parent() == null || !li.parent().normalName().equals("ol")) return null;
            Element ol = li.parent();
            int n = count(ol.attr("start"), 1);
            for (Element sibling : ol.children()) {
                if (sibling == li) break;
                if (sibling.normalName().equals("li")) n = count(sibling.attr("value"), n) + 1;
            }
            n = count(li.attr("value"), n);
            String type = ol.attr("type");
            String label = switch (type) {
                case "a" -> letters(n, 'a') + ")";
                case "A" -> letters(n, 'A') + ".";
                case "i" -> roman(n).toLowerCase(java.util.Locale.ROOT) + ".";
                case "I" -> roman(n) + ".";
                default -> n + ".";
            };
            String own = li.text().strip();
            return OWN_NUMBER.matcher(own).lookingAt() ? null : label;
        }

        /** An item that prints its own number or letter ("1.", "a)", "II.", "-"): the list's is not added. */
        private static final java.util.regex.Pattern OWN_NUMBER = java.util.regex.Pattern.compile(
                "(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\p{Ll}\\)|[IVXLC]{1,6}\\.|[-+•*])(?:\\s|$)");

        /** A list's start or an item's value attribute, {@code otherwise} when absent or not a number from 1 to 9999. */
        private static int count(String attr, int otherwise) {
            if (attr == null || !attr.strip().matches("\\d{1,4}")) return otherwise;
            int v = Integer.parseInt(attr.strip());
            return v >= 1 ? v : otherwise;
        }

        /** 1 → a, 26 → z, 27 → aa (as a browser's lower-alpha list). */
        private static String letters(int n, char first) {
            StringBuilder b = new StringBuilder();
            for (int k = Math.max(1, n); k > 0; k = (k - 1) / 26) b.insert(0, (char) (first + (k - 1) % 26));
            return b.toString();
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder b = new StringBuilder();
            for (int i = 0, k = Math.max(1, n); i < values.length; i++) while (k >= values[i]) { b.append(symbols[i]); k -= values[i]; }
            return b.toString();
        }

        private void flush() {
            String text = pending.toString().replace('\u00A0', ' ').replace('\t', ' ').strip();
            pending.setLength(0);
            if (!text.isEmpty()) lines.add(text.replaceAll(" {2,}", " "), Origin.line(pendingLine));
        }

        private void table(Element table) {
            TableGrid grid = new TableGrid();
            List<int[]> rowspans = new ArrayList<>();       // per grid column: rows still covered, from above
            List<Integer> rowLines = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) continue;
                List<TableGrid.Cell> cells = new ArrayList<>();
                int col = 0;
                for (Element cell : tr.children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
                    while (col < rowspans.size() && rowspans.get(col)[0] > 0) {
                        rowspans.get(col)[0]--;
                        cells.add(new TableGrid.Cell(List.of(), rowspans.get(col)[1], true, col));
                        col += rowspans.get(col)[1];
                    }
                    int span = clamp(cell.attr("colspan")), down = clamp(cell.attr("rowspan"));
                    while (rowspans.size() < col + span) rowspans.add(new int[]{0, 1});
                    rowspans.set(col, new int[]{down - 1, span});
                    cells.add(new TableGrid.Cell(paragraphs(cell), span, false, col));
                    col += span;
                }
                while (col < rowspans.size()) {
                    if (rowspans.get(col)[0] > 0) {
                        rowspans.get(col)[0]--;
                        cells.add(new TableGrid.Cell(List.of(), rowspans.get(col)[1], true, col));
                        col += rowspans.get(col)[1];
                    } else col++;
                }
                grid.addRow(cells);
                rowLines.add(line(tr));
            }
            tables++;
            int tableLine = line(table);
            // Origins of a web page are source lines: each row maps back to the line of its <tr>.
            grid.writeTo(lines, (row, cell) -> Origin.line(row >= 1 && row <= rowLines.size() ? rowLines.get(row - 1) : tableLine));
        }

        private static List<String> paragraphs(Element cell) {
            List<String> out = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            for (Node n : cell.childNodes()) collect(n, b, out);
            if (!b.toString().isBlank()) out.add(b.toString().strip());
            return out;
        }

        private static void collect(Node n, StringBuilder b, List<String> out) {
            if (n instanceof TextNode t) { b.append(t.text()); return; }
            if (!(n instanceof Element e) || SKIP.contains(e.normalName())) return;
            String mark = footnoteMark(e);
            if (mark != null) { b.append(mark); return; }
            // a <br> breaks the line within the cell's paragraph, as a line break in a Word cell does: the table's
            // row keeps the cell whole and reads the break as one ({@link TableGrid})
            if (e.normalName().equals("br")) { b.append('\n'); return; }
            boolean block = BLOCK.contains(e.normalName());
            if (block && !b.toString().isBlank()) { out.add(b.toString().strip()); b.setLength(0); }
            for (Node c : e.childNodes()) collect(c, b, out);
            if (block && !b.toString().isBlank()) { out.add(b.toString().strip()); b.setLength(0); }
        }

        /**
         * A superscript number ({@code <sup>1</sup>}, also inside a link to the note) in superscript digits ("¹"), as
         * a footnote mark prints and the row and reference steps read it; null for any other element. Written as
         * plain digits, the mark would join the figures before it ("05/02/2026" and "1" into "05/02/20261").
         */
        private static String footnoteMark(Element e) {
            if (!e.normalName().equals("sup")) return null;
            String digits = e.text().strip();
            if (!digits.matches("\\d{1,3}")) return null;
            StringBuilder out = new StringBuilder();
            for (char c : digits.toCharArray()) out.append(SUPERSCRIPT.charAt(c - '0'));
            return out.toString();
        }

        private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

        private static int clamp(String attr) {
            try {
                int v = Integer.parseInt(attr.strip());
                return Math.max(1, Math.min(v, 100));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static int line(Node n) {
            int line = n.sourceRange().start().lineNumber();
            return Math.max(line, 1);
        }
    }
}
