package vn.nq57.search.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

/**
 * Reads every task, indicator, document and unit of the store (the union of its named graphs) as {@link IndexedEntity}
 * records, in a stable order: documents, then their tasks and indicators in table order, then units.
 */
public final class EntityReader {

  private static final int MAX_AREA_DEPTH = 6;

  private EntityReader() {}

  /** All entities of the store, read in one read transaction. */
  public static List<IndexedEntity> read(Dataset store) {
    List<IndexedEntity> out = new ArrayList<>();
    forEach(store, out::add);
    return out;
  }

  /** All entities of a model holding the loader's graph. */
  public static List<IndexedEntity> read(Model graph) {
    List<IndexedEntity> out = new ArrayList<>();
    forEach(graph, out::add);
    return out;
  }

  /**
   * Gives every entity of the store to {@code sink}, one at a time, in the order {@link #read(Model)} lists them, inside
   * one read transaction: at national size (a quarter of a million tasks and indicators) the list would not fit the
   * service's heap beside the rest, so the index build takes them as they are read. {@code sink} runs on this thread.
   */
  public static void forEach(Dataset store, Consumer<IndexedEntity> sink) {
    Txn.executeRead(store, () -> forEach(store.getUnionModel(), sink));
  }

  /**
   * Gives every entity of {@code graph} to {@code sink} in a stable order: documents by IRI; then, document by document
   * (by IRI; parts without a document first), its tasks, then its indicators, each in table order; then units by IRI.
   * Only one document's records are held at a time (the parts' resources are listed first, by document).
   */
  public static void forEach(Model graph, Consumer<IndexedEntity> sink) {
    Memo memo = new Memo();
    for (Resource doc : sortedById(graph.listSubjectsWithProperty(RDF.type, NQ.PolicyDocument).toList())) {
      sink.accept(document(doc, memo));
    }
    PartsByDocument parts = PartsByDocument.of(graph);
    Set<Resource> withoutDocument = new LinkedHashSet<>();
    for (Resource type : List.of(NQ.Task, NQ.Indicator)) {
      graph.listSubjectsWithProperty(RDF.type, type)
          .filterDrop(parts.namingOne()::contains)
          .forEachRemaining(withoutDocument::add);
    }
    emitParts(List.copyOf(withoutDocument), sink, memo);
    parts.byDocument().values().forEach(list -> emitParts(list, sink, memo));
    // A collective unit ("các phòng, ban, đơn vị") leads tasks too, and is typed on its own.
    Set<Resource> units = new LinkedHashSet<>(graph.listSubjectsWithProperty(RDF.type, NQ.Unit).toList());
    units.addAll(graph.listSubjectsWithProperty(RDF.type, NQ.CollectiveUnit).toList());
    for (Resource unit : sortedById(List.copyOf(units))) {
      sink.accept(unit(unit, memo));
    }
  }

  /**
   * The parts of a graph (the subjects of {@code nq:inDocument}) by the document their entity names.
   *
   * @param byDocument the parts by the IRI of the document their entity names ({@code resource(part, nq:inDocument)}),
   *     in IRI order
   * @param namingOne every part whose entity names a document, an IRI or a blank node; the parts without a document
   *     are the others
   */
  private record PartsByDocument(java.util.SortedMap<String, List<Resource>> byDocument, Set<Resource> namingOne) {

    /**
     * One scan of {@code nq:inDocument}, not a lookup per part: the lookups were a third of reading a national store. A
     * part listed under several documents is asked which one its entity names. Holds the parts' resources, some tens of
     * megabytes at national size.
     */
    static PartsByDocument of(Model graph) {
      java.util.Map<Resource, Resource> named = new java.util.HashMap<>();
      Set<Resource> several = new java.util.HashSet<>();
      graph.listStatements(null, NQ.inDocument, (RDFNode) null).forEachRemaining(s -> {
        Resource part = s.getSubject();
        if (named.containsKey(part)) {
          several.add(part);
        } else {
          named.put(part, s.getObject().isResource() ? s.getResource() : null);
        }
      });
      several.forEach(part -> named.put(part, resource(part, NQ.inDocument)));
      java.util.SortedMap<String, List<Resource>> byDocument = new java.util.TreeMap<>();
      Set<Resource> namingOne = new java.util.HashSet<>();
      named.forEach((part, doc) -> {
        if (doc != null) {
          namingOne.add(part);
          if (doc.isURIResource()) {
            byDocument.computeIfAbsent(doc.getURI(), k -> new ArrayList<>()).add(part);
          }
        }
      });
      return new PartsByDocument(byDocument, namingOne);
    }
  }

  /** The tasks, then the indicators among {@code candidates} (one document's), in table order. */
  private static void emitParts(List<Resource> candidates, Consumer<IndexedEntity> sink, Memo memo) {
    List<Row> rows = new ArrayList<>();
    for (Resource part : candidates) {
      addRows(part, new Facts(part), memo, rows);
    }
    sortInTableOrder(rows);
    rows.forEach(row -> sink.accept(row.entity()));
  }

  /** A part's entity with its place in its table ({@code nq:position}), which orders a document's parts. */
  private record Row(IndexedEntity entity, int position) {}

  /** The part's task entity, then its indicator entity, for the types it has. */
  private static void addRows(Resource part, Facts facts, Memo memo, List<Row> rows) {
    int position = position(facts.all(NQ.position));
    if (facts.has(RDF.type, NQ.Task)) {
      rows.add(new Row(part(part, facts, EntityType.TASK, memo), position));
    }
    if (facts.has(RDF.type, NQ.Indicator)) {
      rows.add(new Row(part(part, facts, EntityType.INDICATOR, memo), position));
    }
  }

  /** By document, then tasks before indicators, then table position, then IRI. */
  private static void sortInTableOrder(List<Row> rows) {
    rows.sort(Comparator.comparing((Row r) -> r.entity().document() == null ? "" : r.entity().document().id())
        .thenComparing(r -> r.entity().type().ordinal())
        .thenComparingInt(Row::position)
        .thenComparing(r -> r.entity().id()));
  }

  /**
   * The entities among {@code ids} (IRIs) as the store holds them now, in the order {@link #read(Model)} gives; an IRI
   * that is no longer a task, indicator, document or unit is left out. Used to update the index for one document's
   * change without reading the whole store; call inside a transaction on {@code store}.
   */
  public static List<IndexedEntity> read(Dataset store, java.util.Collection<String> ids) {
    return Txn.calculateRead(store, () -> {
      Model graph = store.getUnionModel();
      Memo memo = new Memo();
      List<IndexedEntity> documents = new ArrayList<>();
      List<Row> parts = new ArrayList<>();
      List<IndexedEntity> units = new ArrayList<>();
      for (String id : new java.util.TreeSet<>(ids)) {
        Resource r = graph.getResource(id);
        Facts facts = new Facts(r);
        if (facts.has(RDF.type, NQ.PolicyDocument)) {
          documents.add(document(r, memo));
        } else if (facts.has(RDF.type, NQ.Task)) {
          parts.add(new Row(part(r, facts, EntityType.TASK, memo), position(facts.all(NQ.position))));
        } else if (facts.has(RDF.type, NQ.Indicator)) {
          parts.add(new Row(part(r, facts, EntityType.INDICATOR, memo), position(facts.all(NQ.position))));
        } else if (facts.has(RDF.type, NQ.Unit) || facts.has(RDF.type, NQ.CollectiveUnit)) {
          units.add(unit(r, memo));
        }
      }
      sortInTableOrder(parts);
      List<IndexedEntity> out = new ArrayList<>(documents);
      parts.forEach(row -> out.add(row.entity()));
      out.addAll(units);
      return out;
    });
  }

  private static IndexedEntity document(Resource doc, Memo memo) {
    DocumentRef ref = documentRef(doc);
    String name = firstNonNull(ref.title(), ref.number(), ref.citation());
    Area area = memo.area(area(doc));
    return new IndexedEntity(doc.getURI(), EntityType.DOCUMENT, name,
        join(name, ref.number(), ref.issuer()),
        ref, null, null, ref.level(), area.province(), ref.issuer(), List.of(),
        null, null, null, null, null, null, null, area.label(), List.of(), area.id(), area.provinceId());
  }

  /** The entity of a part whose statements are {@code facts}. */
  private static IndexedEntity part(Resource part, Facts facts, EntityType type, Memo memo) {
    Resource doc = resource(facts.all(NQ.inDocument));
    Place place = doc == null ? Place.NONE : memo.place(doc);
    DocumentRef ref = place.ref();
    String name = firstNonNull(string(facts.all(NQ.name)), string(facts.all(RDFS.label)), part.getURI());
    List<IndexedEntity.UnitRef> leads = units(facts.all(NQ.leadUnit), memo);
    if (leads.isEmpty()) {
      leads = units(facts.all(NQ.ownerUnit), memo);
    }
    List<IndexedEntity.UnitRef> coordinating = units(facts.all(NQ.coordinatingUnit), memo);
    Resource deadline = resource(facts.all(NQ.deadline));
    Facts deadlineFacts = deadline == null ? null : new Facts(deadline);
    String deadlineText = deadline == null ? null : string(deadlineFacts.all(NQ.deadlineText));
    Resource target = resource(facts.all(NQ.target));
    String targetText = target == null ? null : string(target, NQ.targetText);
    String unitOfMeasure = string(facts.all(NQ.unitOfMeasure));
    String section = memo.section(resource(facts.all(NQ.inSection)));
    Boolean completed = type == EntityType.TASK ? bool(string(facts.all(NQ.completed))) : null;

    StringJoiner text = new StringJoiner("\n");
    text.add(name);
    addIfPresent(text, string(facts.all(NQ.expectedResult)));
    addIfPresent(text, string(facts.all(NQ.note)));
    addIfPresent(text, targetText == null ? null : join(targetText, unitOfMeasure));
    leads.forEach(u -> text.add(u.name()));
    coordinating.forEach(u -> text.add(u.name()));
    addIfPresent(text, deadlineText);
    addIfPresent(text, section);
    addIfPresent(text, place.number()); // "130/KH-UBND" finds the rows of its appendix too
    return new IndexedEntity(part.getURI(), type, name, text.toString(), ref, section, string(facts.all(NQ.ordinal)),
        ref == null ? null : ref.level(), place.province(), ref == null ? null : ref.issuer(), leads,
        deadlineText, deadline == null ? null : date(string(deadlineFacts.all(NQ.start))),
        deadline == null ? null : date(string(deadlineFacts.all(NQ.end))),
        completed, targetText, unitOfMeasure, year(string(facts.all(NQ.horizonYear))), place.areaLabel(), coordinating,
        place.areaId(), place.provinceId());
  }

  /**
   * The statements of one subject by property, from one scan of the subject (the union graph's SPOG range, the index a
   * lookup by subject and property reads too, so each property's statements come in the same order). A part's record
   * takes some twenty properties: a lookup for each was most of the cost of reading the store.
   */
  private static final class Facts {
    private final java.util.Map<Property, List<Statement>> byProperty = new java.util.HashMap<>();

    Facts(Resource subject) {
      subject.listProperties().forEachRemaining(
          s -> byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>(1)).add(s));
    }

    /** The statements of property {@code p}, in the store's order; empty when there are none. */
    List<Statement> all(Property p) {
      return byProperty.getOrDefault(p, List.of());
    }

    /** Whether the subject has {@code p} with value {@code o}. */
    boolean has(Property p, RDFNode o) {
      for (Statement s : all(p)) {
        if (s.getObject().equals(o)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What a part's record takes from its document: the document's reference, its area's label and IRI, its province's
   * label and IRI. The same for every task and indicator of the document, so it is read once per document ({@link
   * Memo}), not once per row: the index build read it a hundred times for a hundred-row plan.
   */
  /**
   * Where a part is: its document, area and province; {@code number} the number a search finds its rows by, the
   * document's own or, for an appendix (which has none), the plan's it is part of.
   */
  private record Place(DocumentRef ref, String province, String areaLabel, String areaId, String provinceId,
      String number) {
    static final Place NONE = new Place(null, null, null, null, null, null);

    static Place of(Resource doc, Memo memo) {
      Area area = memo.area(area(doc));
      DocumentRef ref = documentRef(doc);
      return new Place(ref, area.province(), area.label(), area.id(), area.provinceId(),
          ref.number() != null ? ref.number() : EntityReader.number(plan(doc)));
    }
  }

  /**
   * What one read keeps of what it has read already: each document's {@link Place} and each unit's name, both asked
   * for by every row that cites them. Lives for one {@link #forEach} or {@link #read(Dataset, java.util.Collection)}
   * (one read transaction), so it never outlives what it describes; at national size it holds some thousands of
   * documents and units.
   */
  private static final class Memo {
    private final java.util.Map<Resource, Place> places = new java.util.HashMap<>();
    private final java.util.Map<Resource, String> unitNames = new java.util.HashMap<>();
    private final java.util.Map<Resource, java.util.Optional<String>> sections = new java.util.HashMap<>();
    private final java.util.Map<Resource, Area> areas = new java.util.HashMap<>();

    /**
     * What a record takes from an area, read once per area: a province is stated in every graph that names it, so
     * each lookup on it reads thousands of quads of the union graph.
     */
    Area area(Resource area) {
      return area == null ? Area.NONE : areas.computeIfAbsent(area, Area::of);
    }

    Place place(Resource doc) {
      return places.computeIfAbsent(doc, d -> Place.of(d, this));
    }

    String unitName(Resource unit) {
      return unitNames.computeIfAbsent(unit,
          u -> firstNonNull(string(u, RDFS.label), string(u, NQ.canonicalName), u.getURI()));
    }

    /** A section's heading ({@link EntityReader#section}), shared by every row under it; null for none. */
    String section(Resource section) {
      return section == null ? null
          : sections.computeIfAbsent(section, s -> java.util.Optional.ofNullable(EntityReader.section(s))).orElse(null);
    }
  }

  /**
   * What a record takes from an area: its label, its level's local name, its IRI, and its province's label and IRI
   * (each null when unknown).
   */
  private record Area(String label, String level, String id, String province, String provinceId) {
    static final Area NONE = new Area(null, null, null, null, null);

    static Area of(Resource area) {
      Resource province = provinceArea(area);
      return new Area(EntityReader.label(area), EntityReader.level(area), uri(area), EntityReader.label(province),
          uri(province));
    }
  }

  private static IndexedEntity unit(Resource unit, Memo memo) {
    String name = firstNonNull(string(unit, RDFS.label), string(unit, NQ.canonicalName), unit.getURI());
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    unit.listProperties(SKOS.altLabel).forEach(s -> names.add(s.getString()));
    Area area = memo.area(resource(unit, NQ.area));
    if (area.label() != null) {
      names.add(area.label());
    }
    return new IndexedEntity(unit.getURI(), EntityType.UNIT, name, String.join("\n", names), null, null, null,
        area.level(), area.province(), null, List.of(new IndexedEntity.UnitRef(unit.getURI(), name)),
        null, null, null, null, null, null, null, area.label(), List.of(), area.id(), area.provinceId());
  }

  private static DocumentRef documentRef(Resource doc) {
    Resource file = resource(doc, NQ.sourceFile);
    String number = number(doc);
    String title = string(doc, Vocab.dctermsTitle);
    Resource plan = plan(doc);
    // An appendix states neither issuer nor level: they are its plan's.
    String issuer = firstNonNull(string(doc, NQ.issuerName), string(plan, NQ.issuerName));
    return new DocumentRef(doc.getURI(), number, title, file == null ? null : string(file, NQ.fileName), issuer,
        firstNonNull(level(doc), level(plan)), label(doc, number, title, issuer, 0), citation(doc, 0), plan.getURI(),
        kindClass(doc));
  }

  /**
   * The IRI of a document's kind: its class of the ontology other than {@code nq:PolicyDocument}, which every document
   * is (the loader gives one at most; the first in IRI order if there were more); null when it has none.
   */
  private static String kindClass(Resource doc) {
    return doc.listProperties(RDF.type).toList().stream().map(Statement::getObject)
        .filter(RDFNode::isURIResource).map(o -> o.asResource().getURI())
        .filter(iri -> iri.startsWith(NQ.NS) && !iri.equals(NQ.PolicyDocument.getURI()))
        .sorted().findFirst().orElse(null);
  }

  /**
   * A document's number ({@code eli:number}); null when it has none. A draft leaves its number blank: what its header
   * prints ("Số: /KH-UBND") stays in {@code nq:numberRaw} as provenance and is never shown as a number, so the
   * search, its facets and downloads name a draft as the documents list, the entity page and lineage do.
   */
  private static String number(Resource doc) {
    return string(doc, Vocab.eliNumber);
  }

  /** The whole document an appendix is part of (following eli:is_part_of); the document itself otherwise. */
  private static Resource plan(Resource doc) {
    Resource at = doc;
    for (int depth = 0; depth < MAX_AREA_DEPTH; depth++) {
      Resource parent = resource(at, Vocab.eliIsPartOf);
      if (parent == null) {
        return at;
      }
      at = parent;
    }
    return at;
  }

  /** The area of a document, or of the plan an appendix is part of. */
  private static Resource area(Resource doc) {
    Resource at = doc;
    for (int depth = 0; at != null && depth < MAX_AREA_DEPTH; depth++) {
      Resource area = resource(at, NQ.area);
      if (area != null) {
        return area;
      }
      at = resource(at, Vocab.eliIsPartOf);
    }
    return null;
  }

  /**
   * How an export names a document: its number; an appendix by its plan; a draft (no number) as the pages name it,
   * by kind and issuer ({@link DocumentNames#unnumbered}: "Kế hoạch, UBND xã Tân Lợi (chưa có số)"), its title being
   * the export's column of its own.
   */
  private static String citation(Resource doc, int depth) {
    String number = number(doc);
    if (number != null) {
      return number;
    }
    String title = string(doc, Vocab.dctermsTitle);
    Resource parent = resource(doc, Vocab.eliIsPartOf);
    if (parent != null && depth < MAX_AREA_DEPTH) {
      return citation(parent, depth + 1) + " · Phụ lục" + (title == null ? "" : ": " + title);
    }
    return DocumentNames.unnumbered(kindClass(doc), string(doc, NQ.issuerName));
  }

  /**
   * A short name for a document (a facet's label): its number; an appendix without one by its parent; a document
   * without a number (a draft) by its issuer, "chưa có số" as the pages say, and the start of its title (several
   * drafts of one issuer differ by title; many drafts of many issuers share one).
   */
  private static String label(Resource doc, String number, String title, String issuer, int depth) {
    if (number != null) {
      return number;
    }
    Resource parent = resource(doc, Vocab.eliIsPartOf);
    if (parent != null && depth < MAX_AREA_DEPTH) {
      return "Phụ lục · " + label(parent, number(parent),
          string(parent, Vocab.dctermsTitle), string(parent, NQ.issuerName), depth + 1);
    }
    if (issuer != null) {
      return issuer + " (chưa có số)" + (title == null ? "" : " · " + shortened(title));
    }
    return title != null ? shortened(title) : DocumentNames.unnumbered(kindClass(doc), null);
  }

  /** The longest a title runs in a label before it is cut at a word, with an ellipsis. */
  private static final int LABEL_TITLE = 60;

  private static String shortened(String title) {
    if (title.length() <= LABEL_TITLE) {
      return title;
    }
    int cut = title.lastIndexOf(' ', LABEL_TITLE);
    if (cut <= 0) {
      cut = Character.isHighSurrogate(title.charAt(LABEL_TITLE - 1)) ? LABEL_TITLE - 1 : LABEL_TITLE;
    }
    return title.substring(0, cut).strip() + "…";
  }

  private static String section(Resource section) {
    if (section == null) {
      return null;
    }
    String number = string(section, NQ.sectionNumber);
    String title = string(section, NQ.title);
    if (title == null) {
      return number;
    }
    return number == null ? title : number + ". " + title;
  }

  /** The local name of a resource's level ("commune"), or null. */
  private static String level(Resource r) {
    Resource level = r == null ? null : resource(r, NQ.level);
    return level == null || !level.isURIResource() ? null : level.getLocalName();
  }

  /** The province area an area is, or lies in; null for central or unknown areas. */
  private static Resource provinceArea(Resource area) {
    Resource at = area;
    for (int depth = 0; at != null && depth < MAX_AREA_DEPTH; depth++) {
      if (NQ.LevelProvince.equals(resource(at, NQ.level))) {
        return at;
      }
      at = resource(at, NQ.parentArea);
    }
    return null;
  }

  private static String uri(Resource r) {
    return r == null || !r.isURIResource() ? null : r.getURI();
  }

  private static String label(Resource r) {
    return r == null ? null : string(r, RDFS.label);
  }

  private static List<IndexedEntity.UnitRef> units(List<Statement> statements, Memo memo) {
    List<IndexedEntity.UnitRef> units = new ArrayList<>();
    for (Statement s : sorted(statements)) {
      if (s.getObject().isURIResource()) {
        Resource u = s.getResource();
        units.add(new IndexedEntity.UnitRef(u.getURI(), memo.unitName(u)));
      }
    }
    return units;
  }

  /** {@code statements} by their objects' string forms, so that a choice among several values is stable. */
  private static List<Statement> sorted(List<Statement> statements) {
    if (statements.size() < 2) {
      return statements;
    }
    List<Statement> list = new ArrayList<>(statements);
    list.sort(Comparator.comparing(s -> s.getObject().toString()));
    return list;
  }

  private static List<Resource> sortedById(List<Resource> resources) {
    return resources.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
  }

  /** A row's {@code nq:position} (the first of {@code statements}); last when it has none or it is no integer. */
  private static int position(List<Statement> statements) {
    Statement s = statements.isEmpty() ? null : statements.get(0);
    try {
      return s == null || !s.getObject().isLiteral() ? Integer.MAX_VALUE : s.getInt();
    } catch (DatatypeFormatException | NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static Resource resource(Resource r, Property p) {
    Statement s = r.getProperty(p);
    return s == null || !s.getObject().isResource() ? null : s.getResource();
  }

  /** The object of the first of {@code statements} (as {@link Resource#getProperty} picks), when it is a resource. */
  private static Resource resource(List<Statement> statements) {
    Statement s = statements.isEmpty() ? null : statements.get(0);
    return s == null || !s.getObject().isResource() ? null : s.getResource();
  }

  /** A literal's lexical form; a Vietnamese-tagged value is preferred when there are several. */
  private static String string(Resource r, Property p) {
    return string(r.listProperties(p).toList());
  }

  /** The lexical form of one of {@code statements}' literals: a Vietnamese-tagged one when there are several. */
  private static String string(List<Statement> statements) {
    String any = null;
    for (Statement s : sorted(statements)) {
      RDFNode o = s.getObject();
      if (o.isLiteral()) {
        Literal l = o.asLiteral();
        if ("vi".equalsIgnoreCase(l.getLanguage())) {
          return l.getLexicalForm();
        }
        if (any == null) {
          any = l.getLexicalForm();
        }
      }
    }
    return any;
  }

  private static Boolean bool(String s) {
    return s == null ? null : Boolean.valueOf(s);
  }

  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Integer year(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.length() >= 4 ? s.substring(0, 4) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void addIfPresent(StringJoiner text, String s) {
    if (s != null && !s.isBlank()) {
      text.add(s);
    }
  }

  private static String join(String... parts) {
    StringJoiner j = new StringJoiner(" ");
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        j.add(p);
      }
    }
    return j.toString();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
