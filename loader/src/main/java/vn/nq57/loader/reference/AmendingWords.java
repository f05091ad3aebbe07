package vn.nq57.loader.reference;

import vn.nq57.loader.table.Fold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words just before a cited number for an amendment: "sửa đổi, bổ sung Nghị quyết số …",
 * "bổ sung, cập nhật Kế hoạch số …", "sửa đổi một số điều của Quyết định số …". The verbs must govern the number
 * directly — "bổ sung nguồn lực thực hiện Kế hoạch số …" supplements resources, not the plan — and a proposal to
 * amend ("đề xuất sửa đổi, bổ sung …") is not an amendment. Matched without diacritics, so both tone-mark styles
 * and text typed without marks read alike.
 */
final class AmendingWords {
    private static final String VERB = "(?:sua doi|bo sung|cap nhat)";
    /** What of the document is amended: "một số điều của", "Điều 1, 2 và 5 của", "khoản 3 Điều 2 của", "nội dung tại". */
    private static final String PART = "(?:(?:mot so|cac) )?"
            + "(?:(?:dieu|khoan|diem|muc|phu luc|noi dung|nhiem vu|chi tieu)(?: [\\d.]+[a-z]?(?: ?(?:,|va) ?[\\d.]+[a-z]?)*)? ?)+"
            + "(?:cua|tai)";
    private static final Pattern AMENDING = Pattern.compile(
            "(?<![a-z])" + VERB + "(?: ?(?:,|va)? ?" + VERB + ")*(?: " + PART + ")? ?[,:]?$");
    /** Words that make the amendment a proposal or a task rather than a fact. */
    private static final Pattern PROPOSAL = Pattern.compile(
            "(?<![a-z])(?:de xuat|kien nghi|de nghi|ra soat|nghien cuu|tham muu|xem xet|du thao)(?![a-z])");
    /** The citing document speaking of itself: "Kế hoạch này sửa đổi, bổ sung …". */
    private static final Pattern THIS_DOCUMENT = Pattern.compile(
            "(?<![a-z])(?:ke hoach|quyet dinh|nghi quyet|chuong trinh|thong bao|quy che|quy dinh|de an|van ban) nay(?![a-z])");

    /**
     * The verbs governing a document's content that has no number of its own, named by what it is: "sửa đổi, bổ sung,
     * cập nhật Chương trình hành động …", "bổ sung Quy chế …", "sửa đổi một số nội dung của Kế hoạch …" — not by its
     * number ("Kế hoạch số 12/KH-UBND" is read by {@link #precede}).
     */
    private static final Pattern AMENDED_CONTENT = Pattern.compile("(?<![a-z])" + VERB + "(?: ?(?:,|va)? ?" + VERB
            + ")*(?: " + PART + ")? (?:chuong trinh|ke hoach|quy che|quy dinh|danh muc|de an|chien luoc|phu luc|huong dan"
            + "|dieu le)(?![a-z])(?! (?:hanh dong |cong tac )?(?:so ?)?:? ?\\d)");
    /**
     * The words that name the document carrying that content, just before its kind words: "ban hành kèm theo", "kèm
     * theo", "ban hành tại", "theo" ("Chương trình hành động … theo Nghị quyết số 03/NQ-CP").
     */
    private static final Pattern CARRIER = Pattern.compile("(?<![a-z])(?:ban hanh kem theo|kem theo|ban hanh tai|theo)$");

    private AmendingWords() {}

    /**
     * Whether {@code gap} — the words from an earlier number (or the sentence's start) to this number's kind words —
     * amends a content named by what it is and carried by this number: "sửa đổi, bổ sung Chương trình hành động của
     * Chính phủ thực hiện Nghị quyết số 57-NQ/TW … ban hành kèm theo Nghị quyết số 03/NQ-CP" amends 03/NQ-CP (the
     * programme it issued), not 57-NQ/TW (which the programme carries out). Not a proposal ("đề xuất sửa đổi …").
     */
    static boolean amendsCarried(String gap) {
        String folded = Fold.key(gap);
        if (!CARRIER.matcher(folded).find()) return false;
        Matcher m = AMENDED_CONTENT.matcher(folded);
        int at = -1;
        while (m.find()) at = m.start();
        return at >= 0 && !PROPOSAL.matcher(folded.substring(0, at)).find();
    }

    /** Whether {@code gap} names a content amended ({@link #amendsCarried}'s verbs), carried by a number or not. */
    static boolean namesAmendedContent(String gap) {
        return AMENDED_CONTENT.matcher(Fold.key(gap)).find();
    }

    /** Whether {@code before} — the words between the previous number and this one's kind words — ends in an amendment. */
    static boolean precede(String before) {
        String folded = Fold.key(before);
        Matcher m = AMENDING.matcher(folded);
        return m.find() && !PROPOSAL.matcher(folded.substring(0, m.start())).find();
    }

    /** Whether {@code before} makes what follows a proposal or a task ("đề xuất …", "rà soát …"), not a fact. */
    static boolean proposal(String before) {
        return PROPOSAL.matcher(Fold.key(before)).find();
    }

    /** Whether the amendment is stated by the citing document of itself ("Kế hoạch này sửa đổi …"). */
    static boolean bySelf(String before) {
        return THIS_DOCUMENT.matcher(Fold.key(before)).find();
    }
}
