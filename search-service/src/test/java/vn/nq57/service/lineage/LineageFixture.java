package vn.nq57.service.lineage;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated multi-province, multi-commune lineage in a TDB2 store (in memory), one named graph per document as the
 * loader writes them, with {@code nq:derivesFrom} materialised to every ancestor a document states. Deterministic from
 * the seed. Besides the common shape (resolution, decree, province plans, commune plans, appendices that are part of
 * a commune plan and inherit its number and level) it holds the rare cases a lineage answer must count right: an item
 * with two positions, one without a position, one that is both a task and an indicator, province plans of two
 * provinces with the same number, a plan without a number, one without a level, two commune plans citing each other,
 * a cited document known only as a stub (no type) that a commune plan derives through, and a plan deriving from two
 * provinces.
 */
final class LineageFixture {
    static final String BASE = "https://w3id.org/nq57/id/doc/fixture/";

    final Dataset dataset = TDB2Factory.createDataset();
    final String resolution = BASE + "57-nq-tw";
    final String decree = BASE + "03-nq-cp";
    final List<String> provinces = new ArrayList<>();
    final List<String> communes = new ArrayList<>();
    private final Random random;
    private int files;

    LineageFixture(long seed, int provinceCount, int communesPerProvince) {
        random = new Random(seed);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            document(resolution, "57-NQ/TW", NQ.LevelCentral, List.of(), 6);
            document(decree, "03/NQ-CP", NQ.LevelMinistry, List.of(resolution), 9);
            String stub = BASE + "stub-cited-plan";
            for (int p = 0; p < provinceCount; p++) {
                String province = BASE + "province-" + p;
                // every other province numbers its plan alike: order then falls to the IRI
                String number = p % 2 == 0 ? "01/KH-UBND" : (p + 10) + "/KH-UBND";
                document(province, p == 1 ? null : number, p == 2 ? null : NQ.LevelProvince,
                        p % 3 == 0 ? List.of(resolution, decree) : List.of(resolution), 4 + random.nextInt(8));
                provinces.add(province);
                for (int c = 0; c < communesPerProvince; c++) {
                    String commune = province + "/commune-" + c;
                    List<String> up = new ArrayList<>(List.of(province, resolution));
                    if (p % 3 == 0) up.add(decree);
                    if (c == 1) up.add(stub); // derives through a cited document known only as a stub
                    document(commune, (c % 4 + 1) + "/KH-UBND", NQ.LevelCommune, up, random.nextInt(12));
                    communes.add(commune);
                    if (random.nextInt(3) == 0) { // an appendix: part of the commune plan, no number or level of its own
                        String appendix = commune + "/appendix";
                        List<String> above = new ArrayList<>(up);
                        above.addFirst(commune);
                        Resource a = document(appendix, null, null, above, 1 + random.nextInt(6));
                        a.addProperty(Vocab.eliIsPartOf, a.getModel().createResource(commune));
                    }
                }
            }
            Model stubGraph = dataset.getNamedModel(BASE + "graph/stub");
            stubGraph.createResource(stub).addProperty(NQ.derivesFrom, stubGraph.createResource(provinces.getLast()));
            // a plan of two provinces, and two commune plans that each cite the other
            String shared = BASE + "shared-plan";
            document(shared, "99/KH-LT", NQ.LevelProvince, List.of(provinces.get(0), provinces.get(1), resolution), 3);
            Model a = dataset.getNamedModel(graphOf(communes.get(0)));
            a.createResource(communes.get(0)).addProperty(NQ.derivesFrom, a.createResource(communes.get(2)));
            Model b = dataset.getNamedModel(graphOf(communes.get(2)));
            b.createResource(communes.get(2)).addProperty(NQ.derivesFrom, b.createResource(communes.get(0)));
            // odd items: two positions, no position, task and indicator at once
            Model m = dataset.getNamedModel(graphOf(communes.get(3)));
            Resource doc = m.createResource(communes.get(3));
            m.createResource(communes.get(3) + "/task/twice").addProperty(RDF.type, NQ.Task).addProperty(NQ.inDocument, doc)
                    .addProperty(NQ.name, "Nhiệm vụ ghi ở hai vị trí", "vi")
                    .addLiteral(NQ.position, m.createTypedLiteral(2)).addLiteral(NQ.position, m.createTypedLiteral(40));
            m.createResource(communes.get(3) + "/task/unplaced").addProperty(RDF.type, NQ.Task).addProperty(NQ.inDocument, doc)
                    .addProperty(NQ.name, "Nhiệm vụ không có số thứ tự", "vi");
            m.createResource(communes.get(3) + "/both").addProperty(RDF.type, NQ.Task).addProperty(RDF.type, NQ.Indicator)
                    .addProperty(NQ.inDocument, doc).addProperty(NQ.name, "Vừa nhiệm vụ vừa chỉ tiêu", "vi")
                    .addLiteral(NQ.position, m.createTypedLiteral(1));
        });
    }

    /** Every document of the fixture that a lineage-down can start from. */
    List<String> roots() {
        List<String> roots = new ArrayList<>(List.of(resolution, decree));
        roots.addAll(provinces);
        roots.addAll(communes.subList(0, Math.min(6, communes.size())));
        roots.add(BASE + "shared-plan");
        return roots;
    }

    /** Adds, in a write transaction of its own, a commune plan under {@code province} with {@code tasks} tasks. */
    String addCommunePlan(String province, String name, int tasks) {
        String commune = province + "/" + name;
        Txn.executeWrite(dataset, () -> document(commune, "7/KH-UBND", NQ.LevelCommune, List.of(province, resolution), tasks));
        return commune;
    }

    private static String graphOf(String document) {
        return BASE + "graph/" + document.substring(BASE.length()).replace('/', '-');
    }

    /** A document in its own graph, with its file, deriving from {@code up}, with tasks and indicators in it. */
    private Resource document(String iri, String number, Resource level, List<String> up, int items) {
        Model m = dataset.getNamedModel(graphOf(iri));
        Resource doc = m.createResource(iri).addProperty(RDF.type, NQ.PolicyDocument).addProperty(RDF.type, NQ.Plan)
                .addProperty(Vocab.dctermsTitle, "Kế hoạch " + iri.substring(BASE.length()), "vi")
                .addProperty(NQ.issuerName, "Ủy ban nhân dân", "vi")
                .addProperty(NQ.sourceFile, m.createResource(iri + "/file")
                        .addProperty(RDF.type, NQ.SourceFile).addProperty(NQ.fileName, String.format("%03d.txt", ++files)));
        if (number != null) doc.addProperty(Vocab.eliNumber, number);
        if (level != null) doc.addProperty(NQ.level, level);
        for (int i = 0; i < up.size(); i++) {
            Resource above = m.createResource(up.get(i));
            doc.addProperty(NQ.derivesFrom, above);
            if (i == 0) doc.addProperty(Vocab.eliBasedOn, above);
        }
        for (int i = 1; i <= items; i++) {
            boolean indicator = random.nextInt(3) == 0;
            m.createResource(iri + (indicator ? "/indicator/" : "/task/") + i)
                    .addProperty(RDF.type, indicator ? NQ.Indicator : NQ.Task).addProperty(NQ.inDocument, doc)
                    .addProperty(NQ.name, (indicator ? "Chỉ tiêu " : "Nhiệm vụ ") + i, "vi")
                    .addLiteral(NQ.position, m.createTypedLiteral(i));
        }
        return doc;
    }
}
