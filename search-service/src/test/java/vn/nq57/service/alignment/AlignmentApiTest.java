package vn.nq57.service.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.RealDataServiceTest;

/**
 * The alignment over HTTP on the real documents, as built at first start: a commune task that paraphrases a task of
 * 03/NQ-CP finds it among its upstream candidates (all from its lineage: 57-NQ/TW and the programme 03/NQ-CP) with the shared wording as evidence, and is found downstream of it; 03/NQ-CP's coverage
 * counts every task and goal and names those nobody carries out; the graph keeps alignments apart from lineage.
 * Expected items come from SPARQL over the endpoint, not from the code under test.
 */
class AlignmentApiTest extends RealDataServiceTest {
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final JsonMapper json = JsonMapper.builder().build();
  private static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
      .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());
  private static final String GRAPH = "<https://w3id.org/nq57/graph/inferred/alignment>";
  /** A row of the 130/KH-UBND commune appendix that rewords task 72 of 03/NQ-CP. */
  private static final String COMMUNE_TASK = """
      SELECT ?d WHERE { ?d a nq:Task ; nq:name ?n ; nq:inDocument/nq:sourceFile/nq:fileName ?f .
        FILTER(STRSTARTS(?f, "000_") && STRSTARTS(?n, "Hoàn thiện kết nối, chia sẻ và khai thác hiệu quả dữ liệu")) }""";
  private static final String PROGRAMME_TASK = """
      SELECT ?d WHERE { ?d a nq:Task ; nq:name ?n ; nq:inDocument/eli:is_part_of* ?p . ?p eli:number "03/NQ-CP" .
        FILTER(STRSTARTS(?n, "Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu")) }""";
  /** The task's plan's ancestors and the documents deriving from one of them (the programmes): %s is the task. */
  private static final String LINEAGE = """
      SELECT DISTINCT ?u WHERE { %s nq:inDocument/eli:is_part_of* ?plan . ?plan nq:derivesFrom+ ?a .
        ?u nq:derivesFrom? ?a FILTER(?u != ?plan) }""";
  private static final String PROGRAMME = """
      SELECT ?d WHERE { ?d eli:number "03/NQ-CP" ; nq:sourceFile ?f }""";

  @Autowired
  AlignmentService service;

  @Autowired
  vn.nq57.service.store.DatasetHolder store;

  /** The start computes the alignment in the background: wait for its public signal, never a fixed sleep. */
  @org.junit.jupiter.api.BeforeEach
  void alignmentComputed() throws Exception {
    AlignmentStatus status = service.whenSettled().get(10, java.util.concurrent.TimeUnit.MINUTES);
    assertEquals("current", status.state(), status.toString());
  }

  @Test
  void theStatusSaysWhenTheStartsComputationFinishedAndHowLongItTook() throws Exception {
    HttpResponse<byte[]> response = get("/api/alignment/status");
    assertEquals(200, response.statusCode(), body(response));
    JsonNode status = json.readTree(response.body());
    assertEquals("current", status.get("state").asString());
    assertTrue(status.hasNonNull("startedAt") && status.hasNonNull("finishedAt"), status.toString());
    // a first start on an empty store computes: the time it took and what it wrote are reported
    assertTrue(status.get("millis").asLong() > 0, status.toString());
    int written = select("SELECT ?a WHERE { GRAPH %s { ?a a nq:Alignment } }".formatted(GRAPH)).size();
    assertTrue(status.get("alignments").asInt() > 0, status.toString());
    assertTrue(written >= status.get("alignments").asInt(), written + " alignments in the graph, " + status);
  }

  @Test
  void aCommuneTaskFindsTheProgrammeTaskItRewordsWithTheSharedWording() throws Exception {
    String task = single(COMMUNE_TASK);
    String upstream = single(PROGRAMME_TASK);
    HttpResponse<byte[]> response = get("/api/alignment?id=" + encode(task));
    assertEquals(200, response.statusCode(), body(response));
    JsonNode view = json.readTree(response.body());
    assertEquals(task, view.get("id").asString());
    // Upstream are the documents of the task's lineage and the programmes carrying them out (03/NQ-CP carries out
    // 57-NQ/TW, which the commune plan cites): both hold candidates, nothing else may.
    Set<String> lineage = new HashSet<>();
    select(LINEAGE.formatted("<" + task + ">")).forEach(r -> lineage.add(r.getResource("u").getURI()));
    JsonNode found = null;
    int previousRank = 0;
    for (JsonNode up : view.get("upstream")) {
      assertTrue(up.get("rank").asInt() > previousRank, "upstream is ranked best first");
      previousRank = up.get("rank").asInt();
      assertTrue(lineage.contains(up.get("document").get("id").asString()),
          "upstream document " + up.get("document") + " is in the lineage " + lineage);
      if (up.get("id").asString().equals(upstream)) {
        found = up;
      }
    }
    assertNotNull(found, "the reworded 03/NQ-CP task is among the candidates: " + view.get("upstream"));
    assertTrue(found.get("score").asDouble() > 0 && found.get("score").asDouble() <= 1);
    List<String> phrases = new ArrayList<>();
    found.get("evidence").forEach(e -> {
      if (e.get("kind").asString().equals("phrase")) {
        phrases.add(e.get("text").asString());
      }
    });
    assertTrue(phrases.stream().anyMatch(p -> p.contains("hiệu quả dữ liệu")), "shared wording as evidence: " + phrases);
    assertTrue(found.get("parts").has("words") && found.get("parts").has("bm25"), found.toString());

    JsonNode reverse = json.readTree(get("/api/alignment?id=" + encode(upstream)).body());
    Set<String> downstream = new HashSet<>();
    reverse.get("downstream").forEach(d -> downstream.add(d.get("id").asString()));
    assertTrue(downstream.contains(task), "found downstream of the programme task: " + downstream);
  }

  /**
   * The compact graph still explains every score: the parts left out are 0 (the API shows all nine), the stated parts
   * weighted as docs/ALIGNMENT.md says give the score, the graph meets the ontology's shapes, and the documented
   * evidence query answers with the shared wording. An alignment takes about 11 quads (the parts of ranks 2–3 in one
   * literal, evidence for rank 1 only), not the 20 of nq57-alignment-4 nor the 45 of resources per part and evidence.
   */
  @Test
  void theCompactGraphStillExplainsEachScoreAndMeetsTheShapes() throws Exception {
    JsonNode view = json.readTree(get("/api/alignment?id=" + encode(single(COMMUNE_TASK))).body());
    assertFalse(view.get("upstream").isEmpty(), view.toString());
    var w = vn.nq57.alignment.ScoreParts.Weights.DEFAULT;
    for (JsonNode up : view.get("upstream")) {
      JsonNode p = up.get("parts");
      assertEquals(Set.copyOf(vn.nq57.alignment.ScoreParts.FEATURES), fieldNames(p), up.toString());
      double sum = w.words() * p.get("words").asDouble() + w.phrases() * p.get("phrases").asDouble()
          + w.bm25() * p.get("bm25").asDouble() + w.section() * p.get("section").asDouble()
          + w.citation() * p.get("citation").asDouble() + w.leadUnit() * p.get("leadUnit").asDouble()
          + w.kind() * p.get("kind").asDouble() + w.measure() * p.get("measure").asDouble()
          + w.specificity() * p.get("specificity").asDouble();
      assertEquals(up.get("score").asDouble(), sum, 0.001, "the parts give the score: " + up);
      assertFalse(up.get("sharedTerms").isEmpty(), up.toString());
    }
    // only non-zero parts are stated
    assertTrue(select("SELECT ?a WHERE { GRAPH %s { ?a nq:scorePart ?v } } LIMIT 1".formatted(GRAPH)).isEmpty(),
        "the parts are stated through their sub-properties only");
    assertTrue(select("SELECT ?a WHERE { GRAPH %s { ?a ?part ?v FILTER(STRSTARTS(STR(?part), STR(nq:score)) && ?v = 0) }"
        .formatted(GRAPH) + " } LIMIT 1").isEmpty(), "a part that is 0 is not written");
    int alignments = select("SELECT ?a WHERE { GRAPH %s { ?a a nq:Alignment } }".formatted(GRAPH)).size();
    int quads = select("SELECT ?s WHERE { GRAPH %s { ?s ?p ?o } }".formatted(GRAPH)).size();
    // about 11 an alignment (nq57-alignment-5: evidence and parts one by one for rank 1 only; -4 wrote about 20)
    assertTrue(quads < 13 * alignments, quads + " quads for " + alignments + " alignments");
    Graph graph = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
      Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
      store.dataset().getNamedModel(GRAPH.substring(1, GRAPH.length() - 1)).getGraph().find().forEach(copy::add);
      return copy;
    });
    assertEquals(List.of(), new vn.nq57.loader.validate.ShapeValidator().validate(graph));
    List<QuerySolution> evidence = select(java.nio.file.Files.readString(ROOT.resolve("docs/queries/alignment/alignment-evidence.rq")));
    assertFalse(evidence.isEmpty());
    assertTrue(evidence.stream().anyMatch(r -> r.contains("sharedPhrases") && !r.getLiteral("sharedPhrases").getString().isEmpty()),
        "rank-1 alignments into 03/NQ-CP share wording");
  }

  /**
   * The graph stores evidence for the best candidate only (ranks 2–3 are rank, score and parts), no shared syllables,
   * no task-to-alignment inverse link and the method on the run; the API still shows a rank-2 candidate's shared
   * wording, computed from the two names, and the shared syllables of every candidate.
   */
  @Test
  void aLowerRankedCandidateStillShowsItsSharedWordingThoughTheGraphKeepsEvidenceForRankOneOnly() throws Exception {
    assertTrue(select(("SELECT ?a WHERE { GRAPH %s { ?a nq:rank ?r ; ?p ?e FILTER(?r > 1 && STRSTARTS(STR(?p), "
        + "STR(nq:evidence))) } } LIMIT 1").formatted(GRAPH)).isEmpty(), "no stored evidence below rank 1");
    assertFalse(select(("SELECT ?a WHERE { GRAPH %s { ?a nq:rank ?r ; nq:evidencePhrase ?e FILTER(?r = 1) } } LIMIT 1")
        .formatted(GRAPH)).isEmpty(), "rank 1 keeps its evidence");
    assertTrue(select("SELECT ?s WHERE { GRAPH %s { ?s nq:sharedTerms|nq:qualifiedAlignment|nq:method ?o } } LIMIT 1"
        .formatted(GRAPH)).stream()
        .allMatch(r -> r.getResource("s").getURI().contains("/activity/")), "only runs name the method");
    assertFalse(select("SELECT ?a WHERE { GRAPH %s { ?a prov:wasGeneratedBy/nq:method ?m } } LIMIT 1"
        .formatted(GRAPH)).isEmpty(), "an alignment's method is its run's");

    String task = single(COMMUNE_TASK);
    List<QuerySolution> second = select(("SELECT ?u ?n WHERE { GRAPH %s { ?a nq:alignedTask <%s> ; nq:rank ?r ; "
        + "nq:upstreamTask ?u FILTER(?r = 2) } ?u nq:name ?n }").formatted(GRAPH, task));
    assertEquals(1, second.size(), "the commune task has one rank-2 candidate: " + second);
    String upstream = second.getFirst().getResource("u").getURI();
    String upstreamName = second.getFirst().getLiteral("n").getString().toLowerCase(java.util.Locale.ROOT);
    JsonNode view = json.readTree(get("/api/alignment?id=" + encode(task)).body());
    JsonNode found = null;
    for (JsonNode up : view.get("upstream")) {
      assertFalse(up.get("sharedTerms").isEmpty(), "shared syllables are computed for every rank: " + up);
      if (up.get("id").asString().equals(upstream)) {
        found = up;
      }
    }
    assertNotNull(found, view.toString());
    assertEquals(2, found.get("rank").asInt());
    List<String> phrases = new ArrayList<>();
    found.get("evidence").forEach(e -> {
      if (e.get("kind").asString().equals("phrase")) {
        phrases.add(e.get("text").asString());
      }
    });
    assertFalse(phrases.isEmpty(), "the rank-2 candidate's shared wording is shown: " + found);
    assertTrue(phrases.stream().anyMatch(p -> upstreamName.contains(p.toLowerCase(java.util.Locale.ROOT))),
        "as the upstream name writes it: " + phrases + " in " + upstreamName);
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void coverageOfTheProgrammeCountsEveryTaskAndNamesTheUntakenOnes() throws Exception {
    String programme = single(PROGRAMME);
    int expected = select("""
        SELECT ?i WHERE { ?i nq:inDocument/eli:is_part_of* ?p . ?p eli:number "03/NQ-CP" .
          { ?i a nq:Task } UNION { ?i a nq:Indicator } }""").size();
    int carried = select("""
        SELECT DISTINCT ?i WHERE { GRAPH %s { ?x nq:carriesOut ?i } ?i nq:inDocument/eli:is_part_of* ?p .
          ?p eli:number "03/NQ-CP" }""".formatted(GRAPH)).size();
    JsonNode coverage = json.readTree(get("/api/alignment/coverage?id=" + encode(programme)).body());
    assertEquals(expected, coverage.get("items").size());
    assertEquals(carried, coverage.get("taken").asInt());
    assertEquals(expected - carried, coverage.get("untaken").size());
    assertTrue(carried > 0 && carried < expected, "some taken up, some not: " + carried + " of " + expected);
    for (JsonNode item : coverage.get("items")) {
      int perLevel = 0;
      for (JsonNode n : item.get("byLevel")) {
        perLevel += n.asInt();
      }
      assertEquals(item.get("total").asInt(), perLevel, item.toString());
    }

    HttpResponse<byte[]> csv = get("/api/alignment/coverage?format=csv&id=" + encode(programme));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("coverage-03-NQ-CP.csv"));
    try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv.body()), StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> rows = parser.getRecords();
      assertEquals(expected, rows.size());
      assertEquals(expected - carried, rows.stream().filter(r -> r.get("untaken").equals("true")).count());
    }
    HttpResponse<byte[]> xlsx = get("/api/alignment/coverage?format=xlsx&id=" + encode(programme));
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.body().length > 0 && xlsx.body()[0] == 'P', "an XLSX (zip) file");
  }

  @Test
  void alignmentsAreInferredScoredAndNeverLineage() throws Exception {
    assertFalse(select("SELECT ?a WHERE { GRAPH %s { ?a a nq:Alignment } } LIMIT 1".formatted(GRAPH)).isEmpty());
    assertTrue(select("SELECT ?s WHERE { GRAPH %s { ?s nq:derivesFrom ?o } } LIMIT 1".formatted(GRAPH)).isEmpty());
    assertTrue(select("""
        SELECT ?a WHERE { GRAPH %s { ?a a nq:Alignment . FILTER NOT EXISTS { ?a nq:inferred true ; nq:score ?s ;
          nq:rank ?r ; prov:wasGeneratedBy ?run . ?run nq:method ?m } } } LIMIT 1""".formatted(GRAPH)).isEmpty());
    // the documented query answers from the same graph
    List<QuerySolution> untaken = select(java.nio.file.Files.readString(ROOT.resolve("docs/queries/untaken-tasks.rq")));
    assertFalse(untaken.isEmpty());
  }

  @Test
  void recomputingForAChangedDocumentGivesTheSameAlignments() throws Exception {
    String programme = single(PROGRAMME);
    String count = "SELECT ?a ?r WHERE { GRAPH %s { ?a a nq:Alignment ; nq:rank ?r } }".formatted(GRAPH);
    Set<String> before = rows(select(count));
    var run = service.recompute(Set.of(programme));
    assertTrue(run.documents() > 1, "the programme and the plans below it are realigned: " + run);
    assertEquals(before, rows(select(count)));
  }

  @Test
  void badRequestsAreExplained() throws Exception {
    HttpResponse<byte[]> missing = get("/api/alignment");
    assertEquals(400, missing.statusCode());
    assertTrue(body(missing).contains("id"));
    assertEquals(404, get("/api/alignment?id=" + encode("https://w3id.org/nq57/id/nothing")).statusCode());
    HttpResponse<byte[]> document = get("/api/alignment?id=" + encode(single(PROGRAMME)));
    assertEquals(400, document.statusCode());
    assertTrue(body(document).contains("not a task or an indicator"), body(document));
    String task = single(COMMUNE_TASK);
    assertEquals(400, get("/api/alignment/coverage?id=" + encode(task)).statusCode());
  }

  private static Set<String> rows(List<QuerySolution> rows) {
    Set<String> set = new HashSet<>();
    rows.forEach(r -> set.add(r.getResource("a").getURI() + " " + r.getLiteral("r").getInt()));
    return set;
  }

  private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private List<QuerySolution> select(String query) throws Exception {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/sparql"))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), body(response));
    ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
    List<QuerySolution> rows = new ArrayList<>();
    results.forEachRemaining(rows::add);
    return rows;
  }

  private String single(String query) throws Exception {
    List<QuerySolution> rows = select(query);
    assertEquals(1, rows.size(), query + " → " + rows);
    return rows.getFirst().getResource("d").getURI();
  }
}
