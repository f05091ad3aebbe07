package vn.nq57.service.entity;

import org.apache.jena.rdf.model.Resource;
import vn.nq57.ontology.NQ;
import vn.nq57.search.index.EntityType;
import vn.nq57.service.web.Language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people read for the codes the API keeps as values: an entity type ({@code Task}), a level
 * ({@code commune}), a completion flag ({@code true}), a deadline quarter ({@code 2026-Q2}) and the placeholder the
 * loader gives an area a document leaves unnamed ({@code (chưa rõ tỉnh)}). Types, levels and "completed" are named by
 * the ontology's {@code rdfs:label @vi/@en} (via {@link TermLabels}), capitalised as a label heading a list; only what
 * the ontology has no term for is written here: "not recorded as completed", the quarter's pattern ("Quý II/2026",
 * "Q2 2026", as the pages write it) and the English placeholders. Shared by the search facets and the downloads.
 */
public final class CodeLabels {
    private CodeLabels() {}

    /** The ontology class each entity type of the index is. */
    private static final Map<EntityType, Resource> TYPE_CLASSES = Map.of(EntityType.TASK, NQ.Task,
            EntityType.INDICATOR, NQ.Indicator, EntityType.DOCUMENT, NQ.PolicyDocument, EntityType.UNIT, NQ.Unit);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    /** The loader's placeholders by level (loader's {@code Scope}), and their English; stores of older builds wrote the English. */
    private static final Map<String, String> UNNAMED_VI = Map.of("central", "(chưa rõ cơ quan trung ương)",
            "ministry", "(chưa rõ bộ, ngành)", "province", "(chưa rõ tỉnh)", "district", "(chưa rõ huyện)",
            "commune", "(chưa rõ xã)", "", "(chưa rõ địa bàn)");
    private static final Map<String, String> UNNAMED_EN = Map.of("central", "(central body not named)",
            "ministry", "(ministry not named)", "province", "(province not named)", "district", "(district not named)",
            "commune", "(commune not named)", "", "(area not named)");
    private static final Pattern OLD_UNNAMED = Pattern.compile("\\((\\w+) not named\\)");

    /**
     * The label of an entity type code, "Nhiệm vụ" / "Task" for {@code Task}; the code itself when it names no type.
     */
    public static String type(String code, Language language) {
        return EntityType.parse(code == null ? "" : code).map(TYPE_CLASSES::get).flatMap(TermLabels::of)
                .map(l -> pick(l, language)).map(CodeLabels::capitalised).orElse(code);
    }

    /** The label of a level code, "Xã" / "Commune" for {@code commune}; the code itself when it names no level. */
    public static String level(String code, Language language) {
        if (code == null) return null;
        return Levels.named(code).flatMap(TermLabels::of).map(l -> pick(l, language)).map(CodeLabels::capitalised)
                .orElse(code);
    }

    /**
     * The label of a completion flag: {@code true} is the ontology's label of {@code nq:completed} ("Đã hoàn
     * thành" / "Completed"); {@code false} "Chưa ghi nhận hoàn thành" / "Not recorded as completed" (a document that
     * says nothing of it is not saying the task is unfinished). Anything else is returned as it is.
     */
    public static String completed(String code, Language language) {
        if ("true".equals(code))
            return TermLabels.of(NQ.completed).map(l -> pick(l, language)).map(CodeLabels::capitalised).orElse(code);
        if ("false".equals(code))
            return language == Language.EN ? "Not recorded as completed" : "Chưa ghi nhận hoàn thành";
        return code;
    }

    /** The label of a quarter code {@code 2026-Q2}: "Quý II/2026" / "Q2 2026"; anything else as it is. */
    public static String quarter(String code, Language language) {
        Matcher m = code == null ? null : QUARTER.matcher(code);
        if (m == null || !m.matches()) return code;
        int q = Integer.parseInt(m.group(2));
        return language == Language.EN ? "Q" + q + " " + m.group(1) : "Quý " + ROMAN[q - 1] + "/" + m.group(1);
    }

    /**
     * An area's label in {@code language}: the loader's placeholder for an area a document leaves unnamed
     * ("(chưa rõ tỉnh)", or "(province not named)" in stores of older builds) said in that language; any other label
     * (a name: "xã Tân Lợi") as it is; null stays null.
     */
    public static String area(String label, Language language) {
        Optional<String> level = unnamedLevel(label);
        if (level.isEmpty()) return label;
        return (language == Language.EN ? UNNAMED_EN : UNNAMED_VI).get(level.get());
    }

    /** The level a placeholder stands for ("" for an area of no known level), empty for a real name. */
    private static Optional<String> unnamedLevel(String label) {
        if (label == null) return Optional.empty();
        for (Map.Entry<String, String> e : UNNAMED_VI.entrySet()) if (e.getValue().equals(label)) return Optional.of(e.getKey());
        for (Map.Entry<String, String> e : UNNAMED_EN.entrySet()) if (e.getValue().equals(label)) return Optional.of(e.getKey());
        Matcher old = OLD_UNNAMED.matcher(label);
        return old.matches() && UNNAMED_VI.containsKey(old.group(1)) ? Optional.of(old.group(1)) : Optional.empty();
    }

    private static String pick(TermLabels.Label label, Language language) {
        return language == Language.EN ? (label.en() != null ? label.en() : label.vi())
                : (label.vi() != null ? label.vi() : label.en());
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
