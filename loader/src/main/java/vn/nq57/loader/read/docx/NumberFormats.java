package vn.nq57.loader.read.docx;

/** The number formats of ECMA-376 ST_NumberFormat that plans use: decimal, Roman and Latin letters. */
final class NumberFormats {
    private NumberFormats() {}

    /** {@code value} written in {@code format} ("upperRoman" 4 → "IV", "lowerLetter" 28 → "bb"); decimal otherwise. */
    static String format(int value, String format) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperLetter" -> letters(value);
            case "lowerLetter" -> letters(value).toLowerCase();
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) return String.valueOf(value);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (value >= v[i]) { b.append(s[i]); value -= v[i]; }
        return b.toString();
    }

    /** Word repeats the letter past z: 27 → "AA", 28 → "BB". */
    private static String letters(int value) {
        if (value <= 0) return String.valueOf(value);
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }
}
