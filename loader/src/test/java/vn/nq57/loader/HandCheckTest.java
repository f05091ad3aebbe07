package vn.nq57.loader;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.ontology.Vocab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Field accuracy on the seed documents against a hand check written down in {@code handcheck/tasks.tsv} and
 * {@code handcheck/indicators.tsv} (the values a person reads in data/sources, one line per task or indicator, keyed by
 * file and position). The loader's graph is compared field by field — task name, lead units, deadline (kind and
 * interval), completed; indicator name, unit of measure, target — and the accuracy of each field is printed; each must
 * be at least 0.99.
 */
class HandCheckTest {
    private static final double REQUIRED = 0.99;
    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    static Map<String, Model> graphs = new LinkedHashMap<>();

    @BeforeAll
    static void parseSeeds() throws Exception {
        List<Path> seeds;
        try (var files = Files.list(RealDocuments.sources())) {
            // the five seed documents are the files named NNN_hash.txt
            seeds = files.filter(f -> f.getFileName().toString().matches("\\d{3}_[0-9a-f]+\\.txt")).sorted().toList();
        }
        assertEquals(5, seeds.size(), "the five seed documents");
        for (ParsedDocument d : new Loader().parse(seeds).documents()) graphs.put(d.source().fileName(), d.graph());
    }

    private static List<String[]> expected(String resource) throws IOException {
        try (InputStream in = HandCheckTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                rows.add(line.split("\t", -1));
            }
            return rows;
        }
    }

    private static List<QuerySolution> select(Model m, String query) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String str(QuerySolution s, String var) {
        return s.contains(var) ? s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString() : "";
    }

    /** Per task: name, lead labels (sorted, " | "), "KIND start..end", completed. */
    private static Map<String, String[]> tasks(String file) {
        Map<String, String[]> out = new TreeMap<>();
        Map<String, TreeSet<String>> leads = new TreeMap<>();
        for (QuerySolution s : select(graphs.get(file), """
                SELECT ?pos ?name ?kind ?s ?e ?done ?lead WHERE {
                  ?t a nq:Task ; nq:position ?pos ; nq:name ?name ; nq:deadline ?d . ?d nq:deadlineKind ?kind .
                  OPTIONAL { ?d nq:start ?s } OPTIONAL { ?d nq:end ?e } OPTIONAL { ?t nq:completed ?done }
                  OPTIONAL { ?t nq:leadUnit/rdfs:label ?lead } }""")) {
            String pos = str(s, "pos");
            String kind = s.getResource("kind").getLocalName().replace("deadline", "").toUpperCase();
            out.put(pos, new String[]{s.getLiteral("name").getString(), "",
                    kind + " " + str(s, "s") + ".." + str(s, "e"), s.contains("done") ? str(s, "done") : "false"});
            if (s.contains("lead")) leads.computeIfAbsent(pos, k -> new TreeSet<>()).add(s.getLiteral("lead").getString());
        }
        leads.forEach((pos, set) -> out.get(pos)[1] = String.join(" | ", set));
        return out;
    }

    /** Per indicator: name, unit of measure, target text. */
    private static Map<String, String[]> indicators(String file) {
        Map<String, String[]> out = new TreeMap<>();
        for (QuerySolution s : select(graphs.get(file), """
                SELECT ?pos ?name ?unit ?tt WHERE {
                  ?i a nq:Indicator ; nq:position ?pos ; nq:name ?name ; nq:target/nq:targetText ?tt .
                  OPTIONAL { ?i nq:unitOfMeasure ?unit } }""")) {
            out.put(str(s, "pos"), new String[]{s.getLiteral("name").getString(),
                    s.contains("unit") ? s.getLiteral("unit").getString() : "", s.getLiteral("tt").getString()});
        }
        return out;
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').strip();
    }

    /** Compares {@code fields} (column in the TSV → index in the loader's record); returns wrong values per field. */
    private static Map<String, List<String>> compare(List<String[]> expected, Map<String, Map<String, String[]>> actual,
                                                     Map<String, int[]> fields, Map<String, int[]> counts) {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        for (String f : fields.keySet()) { wrong.put(f, new ArrayList<>()); counts.put(f, new int[2]); }
        for (String[] row : expected) {
            String[] got = actual.get(row[0]).get(row[1]);
            for (var e : fields.entrySet()) {
                String want = row[e.getValue()[0]];
                String have = got == null ? "<missing>" : flat(got[e.getValue()[1]]);
                counts.get(e.getKey())[1]++;
                if (want.equals(have)) counts.get(e.getKey())[0]++;
                else wrong.get(e.getKey()).add(row[0] + "#" + row[1] + ": expected «" + want + "» got «" + have + "»");
            }
        }
        return wrong;
    }

    private static void report(String what, Map<String, int[]> counts, Map<String, List<String>> wrong) {
        StringBuilder failures = new StringBuilder();
        for (var e : counts.entrySet()) {
            double accuracy = (double) e.getValue()[0] / e.getValue()[1];
            System.out.printf("hand check %s %-10s %d/%d = %.4f%n", what, e.getKey(), e.getValue()[0], e.getValue()[1], accuracy);
            wrong.get(e.getKey()).forEach(w -> System.out.println("  " + e.getKey() + " " + w));
            if (accuracy < REQUIRED) failures.append(e.getKey()).append(' ').append(accuracy).append(' ')
                    .append(wrong.get(e.getKey()).stream().limit(5).toList()).append('\n');
        }
        assertEquals("", failures.toString(), what + " fields below " + REQUIRED);
    }

    @Test
    void taskFieldsMatchTheHandCheck() throws IOException {
        List<String[]> expected = expected("/handcheck/tasks.tsv");
        assertTrue(expected.size() > 150, "the hand check lists every seed task");
        Map<String, Map<String, String[]>> actual = new TreeMap<>();
        for (String file : graphs.keySet()) actual.put(file, tasks(file));
        int extracted = actual.values().stream().mapToInt(Map::size).sum();
        assertEquals(expected.size(), extracted, "as many tasks as the hand check");
        Map<String, int[]> fields = new LinkedHashMap<>();
        fields.put("name", new int[]{3, 0});
        fields.put("lead", new int[]{4, 1});
        fields.put("deadline", new int[]{5, 2});
        fields.put("completed", new int[]{6, 3});
        Map<String, int[]> counts = new LinkedHashMap<>();
        report("task", counts, compare(expected, actual, fields, counts));
    }

    @Test
    void indicatorFieldsMatchTheHandCheck() throws IOException {
        List<String[]> expected = expected("/handcheck/indicators.tsv");
        assertTrue(expected.size() > 80, "the hand check lists every seed indicator");
        Map<String, Map<String, String[]>> actual = new TreeMap<>();
        for (String file : graphs.keySet()) actual.put(file, indicators(file));
        assertEquals(expected.size(), actual.values().stream().mapToInt(Map::size).sum(), "as many indicators");
        Map<String, int[]> fields = new LinkedHashMap<>();
        fields.put("name", new int[]{3, 0});
        fields.put("unit", new int[]{4, 1});
        fields.put("target", new int[]{5, 2});
        Map<String, int[]> counts = new LinkedHashMap<>();
        report("indicator", counts, compare(expected, actual, fields, counts));
    }
}
