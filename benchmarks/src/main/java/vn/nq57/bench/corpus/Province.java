package vn.nq57.bench.corpus;

import java.util.List;

/**
 * A province-level unit of the generated country. {@code kind} is the word that names its level in a document:
 * "tỉnh" for a province, "thành phố" for a centrally governed city.
 */
public record Province(String name, String kind, List<Commune> communes) {
    public Province {
        communes = List.copyOf(communes);
    }

    /** "tỉnh Đồng Nai", "thành phố Huế": how a document names it after UBND. */
    public String qualifiedName() { return kind + " " + name; }
}
