package vn.nq57.loader.graph;

import vn.nq57.loader.metadata.Area;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.ontology.Iris;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative area an issuing body belongs to, which makes its document numbers unique: "92/KH-UBND" means
 * nothing until we know which province's UBND issued it. Central and ministry bodies have nationally unique issuer
 * codes (TW, CP, BTP), so they share one national scope.
 * <p>
 * No area IRI has a placeholder segment ("_"): a commune or district whose province the text does not name is an area
 * of its own name ({@code area/xa-tan-loi}, no parent); a body whose level is known but not its place ("Ủy ban nhân dân
 * xã") is {@code area/unnamed-commune}; a cut of a document that names neither has no area at all (areaIri null).
 *
 * @param areaIri  the area's IRI ({@code id/area/...}), or null when the text does not name the area whole
 * @param key      the identity key of this scope in document and unit IRIs: the area path, e.g. "dong-nai/tan-loi"
 * @param label    the area's Vietnamese label, null when unknown
 * @param level    the level (a local name of nq:Levels), null when unknown
 * @param province the province named, or null
 */
record Scope(String areaIri, String key, String label, String level, String province) {

    static final String NATIONAL = "Việt Nam";

    /**
     * The label of an area whose level the text gives but not its name ("Ủy ban nhân dân xã"): said in Vietnamese, as
     * every area's label is (@vi), in parentheses so that no one takes it for a name ("(chưa rõ xã)").
     */
    private static final java.util.Map<String, String> UNNAMED_LABELS = java.util.Map.of(
            Levels.CENTRAL, "(chưa rõ cơ quan trung ương)", Levels.MINISTRY, "(chưa rõ bộ, ngành)",
            Levels.PROVINCE, "(chưa rõ tỉnh)", Levels.DISTRICT, "(chưa rõ huyện)", Levels.COMMUNE, "(chưa rõ xã)");

    // The level word in any case, the name strictly capitalised: "Tỉnh ủy Đồng Tháp" names Đồng Tháp, not "ủy Đồng Tháp".
    private static final Pattern NAMED = Pattern.compile(
            "(?u)(?<!\\p{L})((?i:(?:tỉnh|thành|huyện|quận|đảng) ?(?:ủy|uỷ)|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|thị trấn))"
            + "\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)");

    /** A scope whose area is minted: its key is the area's path under {@code id/area/}. */
    static Scope named(String areaIri, String label, String level, String province) {
        String prefix = vn.nq57.ontology.NQ.ID + "area/";
        String key = areaIri.startsWith(prefix) ? areaIri.substring(prefix.length()) : Iris.slug(areaIri);
        return new Scope(areaIri, key, label, level, province);
    }

    /**
     * A scope whose place the text does not name whole. {@code label} is what it names ("xã Tân Lợi", its province
     * unnamed), else null. The key keeps the document IRIs earlier loads gave ("tan-loi", "commune").
     */
    static Scope unnamed(String segment, String label, String level) {
        if (label != null) return new Scope(Iris.area(label), Iris.slug(segment), label, level, null);
        if (level != null)
            return new Scope(Iris.area("unnamed " + level), Iris.slug(level),
                    UNNAMED_LABELS.getOrDefault(level, "(chưa rõ địa bàn)"), level, null);
        return new Scope(null, "unnamed", null, null, null);
    }

    /** The unit (or post) namespace of this scope, as {@link Iris#unit} takes it: the area IRI, else the key. */
    String unitPath() {
        return areaIri != null ? areaIri : key;
    }

    /**
     * This scope's identity key with no area or level claimed: for a number whose issuer the text leaves unnamed and its
     * code does not place (UBND, BCĐ: every level has one). Numbers restart for every issuer, so it is kept apart per
     * citing area, never merged with every other area's same number; where the issuer sits, the text does not say.
     */
    Scope unclaimed() {
        return new Scope(null, key, null, null, province);
    }

    static Scope national() {
        return named(Iris.area(NATIONAL), NATIONAL, Levels.CENTRAL, null);
    }

    /** The scope of a document the store already holds, known by its area's IRI (null when it has none). */
    static Scope ofStored(String areaIri) {
        return areaIri == null ? unnamed(null, null, null) : named(areaIri, null, null, null);
    }

    /**
     * The scope of a document's own area, as the metadata extractor found it; {@code issuer} (its full name, or null)
     * tells a city from a province in the area's label.
     */
    static Scope of(Area area, String level, String issuer) {
        if (area == null) return national();
        String province = area.province();
        String lvl = level != null ? level : area.level();
        if (Levels.CENTRAL.equals(lvl) || Levels.MINISTRY.equals(lvl)) return national();
        if (area.commune() != null) return local(province, area.commune(), "xã " + area.commune(), Levels.COMMUNE);
        if (area.district() != null)
            return local(province, "huyện " + area.district(), "huyện " + area.district(), Levels.DISTRICT);
        if (province != null)
            return named(Iris.area(province), provinceLabel(province, issuer), Levels.PROVINCE, province);
        // A body whose area the document does not name (an appendix of "Ủy ban nhân dân xã"): unknown, but still local.
        return unnamed(null, null, lvl);
    }

    /**
     * A province-level area's label, as communes are "xã …": "thành phố Huế" when the issuer naming it is a city's
     * ("UBND Thành phố Huế", "UBND thành phố", "Thành ủy Hà Nội"), else "tỉnh Đồng Nai". One label for the area
     * whichever document names it, its own plan or a reference to its committee.
     */
    static String provinceLabel(String province, String issuer) {
        String lower = issuer == null ? "" : issuer.toLowerCase(java.util.Locale.of("vi"));
        boolean city = (lower.contains("thành phố") || lower.contains("thành ủy") || lower.contains("thành uỷ"))
                && !lower.contains("tỉnh");
        return (city ? "thành phố " : "tỉnh ") + province;
    }

    /** A commune or district: an area under its province when the province is named, else no area (never "_/…"). */
    private static Scope local(String province, String segment, String label, String level) {
        return province == null ? unnamed(segment, label, level)
                : named(Iris.area(province, segment), label, level, province);
    }

    /**
     * The scope of an issuer named in a reference, resolved against the citing document's scope: "UBND tỉnh" inside a
     * Đồng Nai commune plan is Đồng Nai's; "Ban Chỉ đạo" of a commune plan is the commune's own.
     */
    static Scope ofIssuer(String issuer, String issuerLevel, Scope citing) {
        String level = issuerLevel != null ? issuerLevel : Levels.ofName(issuer);
        if (level == null || Levels.CENTRAL.equals(level) || Levels.MINISTRY.equals(level)) return national();
        String named = named(issuer);
        switch (level) {
            case Levels.PROVINCE -> {
                String province = named != null ? named : citing.province();
                // a province's body ("Ban Thường vụ Tỉnh ủy") cited where no province is named is a province's, never
                // the citing commune's: its level stands, its place stays unnamed
                if (province == null)
                    return Levels.PROVINCE.equals(citing.level()) ? citing : unnamedAbove(Levels.PROVINCE, citing);
                return named(Iris.area(province), provinceLabel(province, issuer), Levels.PROVINCE, province);
            }
            case Levels.DISTRICT -> {
                if (named == null)
                    return Levels.DISTRICT.equals(citing.level()) ? citing : unnamedAbove(Levels.DISTRICT, citing);
                String label = "huyện " + named;
                return local(citing.province(), label, label, Levels.DISTRICT);
            }
            default -> {
                if (named == null || Levels.COMMUNE.equals(citing.level()) && citing.label() != null && citing.label().endsWith(named)) return citing;
                return local(citing.province(), named, "xã " + named, Levels.COMMUNE);
            }
        }
    }

    /**
     * A body of {@code level} above the citing document whose place the text does not name: its level stands and its
     * area is that level's placeholder, but its numbers stay keyed by the citing area (numbers restart for every
     * issuer: two communes' unnamed Tỉnh ủy may be two provinces', so their "230-KH/TU" are not made one).
     */
    private static Scope unnamedAbove(String level, Scope citing) {
        Scope placeholder = unnamed(null, null, level);
        return new Scope(placeholder.areaIri(), citing.key(), placeholder.label(), level, citing.province());
    }

    private static String named(String issuer) {
        if (issuer == null) return null;
        Matcher m = NAMED.matcher(issuer);
        return m.find() ? m.group(2).strip() : null;
    }
}
