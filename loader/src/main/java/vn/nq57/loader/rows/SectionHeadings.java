package vn.nq57.loader.rows;

import vn.nq57.loader.table.Fold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads group headings: Roman numbers as printed (out of sequence or not) and announced counts "(04 nhiệm vụ)". */
final class SectionHeadings {
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,7})\\.?$");
    private static final Pattern STATED = Pattern.compile("\\((\\d+)\\s+(?:nhiem vu|chi tieu)\\)");

    private SectionHeadings() {}

    static boolean isRoman(String ordinal) {
        return ROMAN.matcher(ordinal.strip()).matches();
    }

    static String number(String ordinal) {
        Matcher m = ROMAN.matcher(ordinal.strip());
        return m.matches() ? m.group(1) : ordinal.strip();
    }

    static Integer statedCount(String title) {
        Matcher m = STATED.matcher(Fold.key(title));
        if (!m.find()) return null;
        // A stated count past any real section ("(99999999999999999999 nhiệm vụ)") is no count: never an overflow.
        String digits = m.group(1).replaceFirst("^0+(?=.)", "");
        return digits.length() > 6 ? null : Integer.valueOf(digits);
    }
}
