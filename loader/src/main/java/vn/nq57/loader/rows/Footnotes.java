package vn.nq57.loader.rows;

import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.CellText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footnotes of a document: definitions printed at a page foot ("¹ Nhiệm vụ đã hoàn thành.") or inline
 * ("[1:  Kế hoạch số 01-KH/BCĐTW …]"), and the marks rows carry (¹²³, ^1, [footnoteRef:1]).
 */
final class Footnotes {
    private static final Pattern FOOT_LINE = Pattern.compile("^\\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\^\\d+)\\s*(\\S.*)$");
    private static final Pattern INLINE_DEF = Pattern.compile("\\[(\\d+):\\s*([^\\]]*)]");
    private static final Pattern MARK = Pattern.compile("\\[footnoteRef:(\\d+)]|\\^(\\d+)|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)");

    private final Map<String, String> definitions = new HashMap<>();

    Footnotes(SourceText text) {
        for (String line : text.lines()) {
            if (!CellText.mayHoldFootnoteMark(line)) continue;
            Matcher foot = FOOT_LINE.matcher(line);
            if (foot.matches()) definitions.putIfAbsent(number(foot.group(1)), foot.group(2).strip());
            Matcher inline = INLINE_DEF.matcher(line);
            while (inline.find()) definitions.putIfAbsent(inline.group(1), inline.group(2).strip());
        }
    }

    /** Footnote numbers referred to in a row's verbatim text, in order of appearance. */
    static List<String> marks(String verbatim) {
        Set<String> marks = new LinkedHashSet<>();
        if (!CellText.mayHoldFootnoteMark(verbatim)) return new ArrayList<>(marks);
        for (String line : verbatim.split("\n")) {
            if (FOOT_LINE.matcher(line).matches()) continue;         // a definition line, not a reference
            Matcher m = MARK.matcher(INLINE_DEF.matcher(line).replaceAll(""));
            while (m.find()) {
                if (m.group(1) != null) marks.add(m.group(1));
                else if (m.group(2) != null) marks.add(m.group(2));
                else marks.add(number(m.group(3)));
            }
        }
        return new ArrayList<>(marks);
    }

    /** Texts of the footnotes a row refers to; marks without a definition are skipped. */
    List<String> resolve(String verbatim) {
        List<String> texts = new ArrayList<>();
        for (String mark : marks(verbatim)) {
            String def = definitions.get(mark);
            if (def != null) texts.add(def);
        }
        return texts;
    }

    List<String> unresolved(String verbatim) {
        return marks(verbatim).stream().filter(m -> !definitions.containsKey(m)).toList();
    }

    private static String number(String mark) {
        if (mark.startsWith("^")) return mark.substring(1);
        StringBuilder digits = new StringBuilder();
        mark.codePoints().forEach(c -> digits.append(Character.getNumericValue(c)));
        return digits.toString();
    }
}
