package vn.nq57.loader.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import vn.nq57.loader.unit.NationalBodies;
import vn.nq57.loader.unit.Post;
import vn.nq57.loader.unit.UnitNames;
import vn.nq57.ontology.Iris;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mints one unit per (area of the issuing body, canonical name): "Phòng Văn hóa - Xã hội", "Phòng Văn hoá – Xã hội"
 * and "VH-XH" of one commune are one unit, with every raw spelling kept as a skos:altLabel. A body of which the nation
 * has one ({@link NationalBodies}: a ministry, the Government, …) is minted in the nation's area under its official
 * name and label, whichever document names it and however, so the tasks that the Government's programme, a ministry's
 * plan and a province's plan give to "Bộ Khoa học và Công nghệ" or "Bộ KH&CN" are led by one unit.
 */
final class UnitRegistry {
    private final GraphWriter out;
    private final String areaIri;
    private final String path;
    /** The units minted so far by their IRI, and the raw spellings each was named by. */
    private final Map<String, Resource> byKey = new LinkedHashMap<>();
    private final Map<String, List<String>> variants = new LinkedHashMap<>();

    /**
     * @param areaIri the area the units belong to, or null when the document does not name it (no nq:area is written)
     * @param path    the namespace of the unit and post IRIs ({@link Iris#unit}): the area IRI, or the scope's key
     */
    UnitRegistry(GraphWriter out, String areaIri, String path) {
        this.out = out;
        this.areaIri = areaIri;
        this.path = path;
    }

    /** The units a table cell names, in order. */
    List<Resource> units(String cell) {
        List<Resource> units = new ArrayList<>();
        if (cell == null || cell.isBlank()) return units;
        for (String name : UnitNames.split(cell)) {
            Resource u = unit(name);
            if (u != null && !units.contains(u)) units.add(u);
        }
        return units;
    }

    Resource unit(String rawName) {
        String name = rawName.strip();
        if (name.isEmpty()) return null;
        String canonical = UnitNames.canonicalKey(name);
        if (canonical == null || canonical.isBlank()) return null;
        // by the IRI the name is minted under: two canonical names one letter apart that the IRI folds alike ("các
        // dơn vị" as a scan misreads "các đơn vị") are one unit with one canonical name, the other a spelling of it
        String key = Iris.unit(path, canonical);
        variants.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        return byKey.computeIfAbsent(key, iri -> {
            Optional<String> national = NationalBodies.officialName(name);
            if (national.isPresent()) return nationalBody(out, national.get());
            Resource u = out.resource(iri, UnitNames.isCollective(name) ? NQ.CollectiveUnit : NQ.Unit);
            u.addProperty(NQ.canonicalName, canonical);
            if (areaIri != null) u.addProperty(NQ.area, out.model.createResource(areaIri));
            return u;
        });
    }

    /**
     * The nation's one unit of the official name {@code officialName} ({@link NationalBodies}): the same IRI, label,
     * canonical name and area in every document's graph, so the union holds one of each.
     */
    static Resource nationalBody(GraphWriter out, String officialName) {
        String nation = Iris.area(Scope.NATIONAL);
        Resource u = out.resource(Iris.unit(nation, officialName), NQ.Unit);
        u.addProperty(NQ.canonicalName, UnitNames.canonicalKey(officialName));
        u.addProperty(NQ.area, out.model.createResource(nation));
        return u;
    }

    /** The post a "Người đứng đầu" cell names, linked to the unit it heads when it names one. */
    Resource post(String head) {
        if (head == null || head.isBlank()) return null;
        var post = Post.parse(head);
        String label = post.map(Post::label).orElse(head.strip());
        Resource p = out.resource(Iris.post(path, label), NQ.Post);
        out.text(p, RDFS.label, label);
        post.map(Post::unit).filter(u -> u != null && !u.isBlank()).map(this::unit)
                .ifPresent(u -> p.addProperty(Vocab.orgPostIn, u));
        return p;
    }

    /**
     * Writes labels once every spelling has been seen: canonical display name (a national body's official name) plus
     * each raw variant.
     */
    void finish() {
        byKey.forEach((key, u) -> {
            List<String> raw = variants.get(key);
            out.label(u, NationalBodies.officialName(raw.get(0)).orElseGet(() -> UnitNames.displayName(raw)));
            raw.stream().distinct().forEach(v -> out.text(u, SKOS.altLabel, v));
        });
    }
}
