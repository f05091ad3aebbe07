package vn.nq57.loader.read.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves Word's automatic list numbering into the label a reader sees ("I.", "1.", "a)", "1.2."), following the
 * numbering part of ECMA-376 Part 1 §17.9: a paragraph's numPr (direct or from its style) names a num, which names
 * an abstractNum whose levels give the format (decimal, upperRoman, lowerLetter, …), the start value and the level
 * text ("%1.", "%1.%2)"). Counters run in document order per abstractNum, as Word counts them; a level restarts
 * when a higher level appears; a num's startOverride restarts its level the first time that num is used.
 */
final class ListNumbering {
    private static final int LEVELS = 9;

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();
    private final Set<BigInteger> numsUsed = new HashSet<>();

    ListNumbering(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    /** The label of {@code p} followed by a space ("a) "), or "" when the paragraph is not numbered. */
    String label(XWPFParagraph p) {
        if (numbering == null) return "";
        BigInteger numId = p.getNumID();
        BigInteger ilvl = p.getNumIlvl();
        if (numId == null) {
            CTNumPr styled = styleNumPr(p.getStyleID(), 0);
            if (styled == null || styled.getNumId() == null) return "";
            numId = styled.getNumId().getVal();
            if (ilvl == null && styled.getIlvl() != null) ilvl = styled.getIlvl().getVal();
        }
        if (numId == null || numId.signum() == 0) return "";
        int level = ilvl == null ? 0 : Math.min(Math.max(ilvl.intValue(), 0), LEVELS - 1);
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) return "";
        CTLvl[] levels = levels(abstractNum.getCTAbstractNum(), num);
        if (levels[level] == null) return "";

        Integer[] count = counters.computeIfAbsent(abstractId, k -> new Integer[LEVELS]);
        if (numsUsed.add(numId)) {
            for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                if (o.isSetStartOverride() && o.getIlvl() != null && o.getIlvl().intValue() < LEVELS)
                    count[o.getIlvl().intValue()] = o.getStartOverride().getVal().intValue() - 1;
            }
        }
        count[level] = count[level] == null ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) count[deeper] = null;

        String format = format(levels[level]);
        if ("none".equals(format)) return "";
        if ("bullet".equals(format)) return "- ";
        String text = levels[level].getLvlText() == null ? "%" + (level + 1) + "." : levels[level].getLvlText().getVal();
        if (text == null) return "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(++i) - '1';
                CTLvl lvl = levels[k];
                int value = count[k] != null ? count[k] : lvl == null ? 1 : start(lvl);
                out.append(NumberFormats.format(value, lvl == null ? "decimal" : format(lvl)));
            } else {
                out.append(c);
            }
        }
        String label = out.toString().strip();
        return label.isEmpty() ? "" : label + " ";
    }

    private static CTLvl[] levels(CTAbstractNum abstractNum, XWPFNum num) {
        CTLvl[] out = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) out[i] = lvl;
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.isSetLvl() && o.getIlvl() != null && o.getIlvl().intValue() < LEVELS) out[o.getIlvl().intValue()] = o.getLvl();
        }
        return out;
    }

    private static int start(CTLvl lvl) {
        return lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl lvl) {
        return lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    /** The numPr a paragraph gets from its style or the styles it is based on (depth-limited against cycles). */
    private CTNumPr styleNumPr(String styleId, int depth) {
        if (styleId == null || depth > 8 || document.getStyles() == null) return null;
        XWPFStyle style = document.getStyles().getStyle(styleId);
        if (style == null || style.getCTStyle() == null) return null;
        var pPr = style.getCTStyle().getPPr();
        if (pPr != null && pPr.isSetNumPr()) return pPr.getNumPr();
        return styleNumPr(style.getBasisStyleID(), depth + 1);
    }
}
