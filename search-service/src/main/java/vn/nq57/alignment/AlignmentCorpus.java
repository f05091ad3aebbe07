package vn.nq57.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Every task and indicator of the store with its document, and for each document the documents whose tasks and
 * goals it may carry out. Read once from the store's union graph (one read transaction), then used without it.
 *
 * <p>Upstream documents of a document D are (1) the documents D derives from, transitively ({@code nq:derivesFrom+}),
 * that hold tasks or indicators, and (2) the central-level documents that hold tasks and derive from one of D's
 * ancestors, for a document below the central level: the national action programme carrying out the resolution a
 * plan carries out (03/NQ-CP for a commune plan citing only 57-NQ/TW). Of such documents, one that derives from another
 * of them, or from an upstream document that is itself below one of D's ancestors (a ministry's plan for 03/NQ-CP), is
 * left out: it carries out the programme, it is not the programme. A
 * province plan is never upstream of another province's commune, since (2) is limited to the central level. Counts of
 * tasks per document play no part.
 */
public final class AlignmentCorpus {

  private static final String PREFIXES = """
      PREFIX nq: <https://w3id.org/nq57/ontology#>
      PREFIX eli: <http://data.europa.eu/eli/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private static final String ITEMS = PREFIXES + """
      SELECT ?item ?kind ?doc (SAMPLE(?ord) AS ?ordinal) (SAMPLE(?pos) AS ?position) (SAMPLE(?nm) AS ?name)
             (SAMPLE(?secNo) AS ?sectionNumber) (SAMPLE(?secTitle) AS ?sectionTitle)
             (SAMPLE(?uom) AS ?unit) (SAMPLE(?cmp) AS ?comparator)
             (GROUP_CONCAT(DISTINCT ?result; separator="\\u001f") AS ?results)
             (GROUP_CONCAT(DISTINCT ?lead; separator="\\u001f") AS ?leads)
             (GROUP_CONCAT(DISTINCT ?cited; separator="\\u001f") AS ?citedNumbers)
      WHERE {
        VALUES ?kind { nq:Task nq:Indicator }
        ?item a ?kind ; nq:inDocument ?doc ; nq:name ?nm .
        OPTIONAL { ?item nq:ordinal ?ord }
        OPTIONAL { ?item nq:position ?pos }
        OPTIONAL { ?item nq:inSection ?s . OPTIONAL { ?s nq:sectionNumber ?secNo } OPTIONAL { ?s nq:title ?secTitle } }
        OPTIONAL { ?item nq:expectedResult ?result }
        OPTIONAL { ?item nq:leadUnit|nq:ownerUnit ?u . ?u rdfs:label ?lead }
        OPTIONAL { ?item nq:citesDocument ?c . ?c eli:number ?cited }
        OPTIONAL { ?item nq:unitOfMeasure ?uom }
        OPTIONAL { ?item nq:target/nq:comparator ?cmp }
      }
      GROUP BY ?item ?kind ?doc
      """;

  private static final String DOCUMENTS = PREFIXES + """
      SELECT ?doc (SAMPLE(?no) AS ?number) (SAMPLE(?file) AS ?fileName) (SAMPLE(?lvl) AS ?level)
             (GROUP_CONCAT(DISTINCT STR(?anc); separator=" ") AS ?ancestors)
      WHERE {
        ?doc a nq:PolicyDocument .
        OPTIONAL { ?doc eli:number ?no }
        OPTIONAL { ?doc nq:sourceFile/nq:fileName ?file }
        OPTIONAL { ?doc (eli:is_part_of*)/nq:level ?lvl }
        OPTIONAL { ?doc nq:derivesFrom+ ?anc FILTER (?anc != ?doc) }
      }
      GROUP BY ?doc
      """;

  private final Map<String, AlignmentItem> items;
  private final Map<String, AlignmentDocument> documents;
  private final Map<String, List<AlignmentItem>> itemsByDocument;
  /** The central-level documents holding items: the only possible programmes (rule 2), few whatever the corpus. */
  private final List<String> centralWithItems;
  /** Upstream documents by document, found once (the search is over the central documents, not all of them). */
  private final Map<String, List<String>> upstream = new java.util.concurrent.ConcurrentHashMap<>();

  private AlignmentCorpus(Collection<AlignmentItem> items, Collection<AlignmentDocument> documents) {
    this.items = new LinkedHashMap<>();
    items.stream()
        .sorted(Comparator.comparing(AlignmentItem::document).thenComparingInt(AlignmentItem::position)
            .thenComparing(AlignmentItem::iri))
        .forEach(i -> this.items.put(i.iri(), i));
    this.documents = new LinkedHashMap<>();
    documents.forEach(d -> this.documents.put(d.iri(), d));
    this.itemsByDocument = new HashMap<>();
    this.items.values().forEach(i -> itemsByDocument.computeIfAbsent(i.document(), k -> new ArrayList<>()).add(i));
    this.centralWithItems = itemsByDocument.keySet().stream()
        .filter(d -> this.documents.get(d) != null && this.documents.get(d).levelRank() == 0).sorted().toList();
  }

  /** Reads the corpus from the union of {@code store}'s named graphs in one read transaction. */
  public static AlignmentCorpus read(Dataset store) {
    return Txn.calculateRead(store, () -> {
      List<AlignmentDocument> docs = new ArrayList<>();
      try (QueryExecution q = QueryExecution.model(store.getUnionModel()).query(DOCUMENTS).build()) {
        q.execSelect().forEachRemaining(s -> docs.add(new AlignmentDocument(
            s.getResource("doc").getURI(), text(s, "number"), text(s, "fileName"), localName(s.get("level")),
            split(text(s, "ancestors"), " "))));
      }
      List<AlignmentItem> found = new ArrayList<>();
      try (QueryExecution q = QueryExecution.model(store.getUnionModel()).query(ITEMS).build()) {
        q.execSelect().forEachRemaining(s -> found.add(item(s)));
      }
      return new AlignmentCorpus(found, docs);
    });
  }

  private static AlignmentItem item(QuerySolution s) {
    RDFNode position = s.get("position");
    return new AlignmentItem(
        s.getResource("item").getURI(),
        s.getResource("kind").getLocalName().equals("Indicator"),
        s.getResource("doc").getURI(),
        text(s, "ordinal"),
        position != null && position.isLiteral() ? position.asLiteral().getInt() : 0,
        text(s, "name"),
        List.copyOf(split(text(s, "results"), "\u001f")),
        text(s, "sectionNumber"),
        text(s, "sectionTitle"),
        List.copyOf(split(text(s, "leads"), "\u001f")),
        List.copyOf(split(text(s, "citedNumbers"), "\u001f")),
        text(s, "unit"),
        text(s, "comparator"));
  }

  private static String text(QuerySolution s, String var) {
    RDFNode node = s.get(var);
    if (node == null) {
      return null;
    }
    String text = node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    return text.isBlank() ? null : text;
  }

  private static String localName(RDFNode node) {
    return node != null && node.isURIResource() ? node.asResource().getLocalName() : null;
  }

  private static Set<String> split(String joined, String separator) {
    if (joined == null) {
      return Set.of();
    }
    Set<String> parts = new LinkedHashSet<>();
    Arrays.stream(joined.split(java.util.regex.Pattern.quote(separator)))
        .map(String::strip).filter(p -> !p.isEmpty()).forEach(parts::add);
    return parts;
  }

  /** Every task and indicator, by document then position. */
  public Collection<AlignmentItem> items() {
    return items.values();
  }

  public AlignmentItem item(String iri) {
    return items.get(iri);
  }

  public AlignmentDocument document(String iri) {
    return documents.get(iri);
  }

  /** The tasks and indicators of a document, in document order; empty when it has none. */
  public List<AlignmentItem> itemsOf(String document) {
    return itemsByDocument.getOrDefault(document, List.of());
  }

  /** Documents that hold tasks or indicators. */
  public Set<String> documentsWithItems() {
    return itemsByDocument.keySet();
  }

  /**
   * The documents whose tasks and goals the items of {@code document} may carry out (see the class comment), nearest
   * first; empty for a document with no lineage.
   */
  public List<String> upstreamDocuments(String document) {
    return upstream.computeIfAbsent(document, this::findUpstreamDocuments);
  }

  private List<String> findUpstreamDocuments(String document) {
    AlignmentDocument doc = documents.get(document);
    if (doc == null) {
      return List.of();
    }
    Set<String> upstream = new LinkedHashSet<>();
    for (String ancestor : doc.ancestors()) {
      if (itemsByDocument.containsKey(ancestor)) {
        upstream.add(ancestor);
      }
    }
    Set<String> programmes = new LinkedHashSet<>();
    for (String candidate : centralWithItems) {
      AlignmentDocument other = documents.get(candidate);
      if (other == null || candidate.equals(document) || doc.ancestors().contains(candidate)
          || other.levelRank() != 0 || doc.levelRank() == 0 || other.ancestors().contains(document)) {
        continue;
      }
      if (other.ancestors().stream().anyMatch(doc.ancestors()::contains)) {
        programmes.add(candidate);
      }
    }
    // The programme itself, not the plans that carry it out: drop a candidate that derives from another candidate
    // or upstream document which is itself below one of D's ancestors (a ministry's plan for 03/NQ-CP derives from
    // 03/NQ-CP, which derives from 57-NQ/TW). Deriving from a root of D's lineage (57-NQ/TW, once its own tasks are
    // read) is what makes a programme, so that alone never drops it.
    Set<String> covered = new HashSet<>(programmes);
    covered.addAll(upstream);
    for (String candidate : programmes) {
      boolean belowAnother = covered.stream()
          .filter(documents.get(candidate).ancestors()::contains)
          .anyMatch(x -> documents.get(x) != null && documents.get(x).ancestors().stream().anyMatch(doc.ancestors()::contains)
              || programmes.contains(x));
      if (!belowAnother) {
        upstream.add(candidate);
      }
    }
    List<String> ordered = new ArrayList<>(upstream);
    ordered.sort(Comparator.comparingInt((String d) -> documents.get(d).levelRank()).reversed()
        .thenComparing(d -> d));
    return List.copyOf(ordered);
  }

  /**
   * The documents whose alignments change when {@code affected} documents change: those documents themselves and every
   * document that has one of them upstream.
   */
  public Set<String> documentsToRealign(Set<String> affected) {
    Set<String> result = new HashSet<>();
    for (String doc : itemsByDocument.keySet()) {
      if (affected.contains(doc) || upstreamDocuments(doc).stream().anyMatch(affected::contains)) {
        result.add(doc);
      }
    }
    for (String doc : affected) {
      // an appendix's plan changed: its rows are realigned with it
      documents.values().stream()
          .filter(d -> d.ancestors().contains(doc) && itemsByDocument.containsKey(d.iri()))
          .forEach(d -> result.add(d.iri()));
    }
    return result;
  }
}
