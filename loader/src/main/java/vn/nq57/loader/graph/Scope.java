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
 */
record Scope(String areaIri, String label, String level, String province) {

    static final String NATIONAL = "Việt Nam";

    // The level word in any case, the name strictly capitalised: "Tỉnh ủy Đồng Tháp" names Đồng Tháp, not "ủy Đồng Tháp".
    private static final Pattern NAMED = Pattern.compile(
            "(?u)(?<!\\p{L})((?i:(?:tỉnh|thành|huyện|quận|đảng) ?(?:ủy|uỷ)|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|thị trấn))"
            + "\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)");

    /** The identity key of this scope: its area path, e.g. "dong-nai/tan-loi", unique where labels repeat. */
    String key() {
        String prefix = vn.nq57.ontology.NQ.ID + "area/";
        return areaIri.startsWith(prefix) ? areaIri.substring(prefix.length()) : areaIri;
    }

    static Scope national() {
        return new Scope(Iris.area(NATIONAL), NATIONAL, Levels.CENTRAL, null);
    }

    /** The scope of a document's own area, as the metadata extractor found it. */
    static Scope of(Area area, String level) {
        if (area == null) return national();
        String province = area.province();
        String lvl = level != null ? level : area.level();
        if (Levels.CENTRAL.equals(lvl) || Levels.MINISTRY.equals(lvl)) return national();
        if (area.commune() != null)
            return new Scope(Iris.area(nonNull(province), area.commune()), "xã " + area.commune(), Levels.COMMUNE, province);
        if (area.district() != null)
            return new Scope(Iris.area(nonNull(province), "huyện " + area.district()), "huyện " + area.district(),
                    Levels.DISTRICT, province);
        if (province != null)
            return new Scope(Iris.area(province), province, Levels.PROVINCE, province);
        // A body whose area the document does not name (an appendix of "Ủy ban nhân dân xã"): unknown, but still local.
        return new Scope(Iris.area("_", nonNull(lvl)), "(" + nonNull(lvl) + " not named)", lvl, null);
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
                return province == null ? citing : new Scope(Iris.area(province), "tỉnh " + province, Levels.PROVINCE, province);
            }
            case Levels.DISTRICT -> {
                if (named == null) return citing;
                String label = "huyện " + named;
                return new Scope(Iris.area(nonNull(citing.province()), label), label, Levels.DISTRICT, citing.province());
            }
            default -> {
                if (named == null || Levels.COMMUNE.equals(citing.level()) && citing.label().endsWith(named)) return citing;
                return new Scope(Iris.area(nonNull(citing.province()), named), "xã " + named, Levels.COMMUNE, citing.province());
            }
        }
    }

    private static String named(String issuer) {
        if (issuer == null) return null;
        Matcher m = NAMED.matcher(issuer);
        return m.find() ? m.group(2).strip() : null;
    }

    private static String nonNull(String s) { return s == null ? "_" : s; }
}
