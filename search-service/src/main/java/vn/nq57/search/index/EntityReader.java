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
   * Only one document's parts are held at a time.
   */
  public static void forEach(Model graph, Consumer<IndexedEntity> sink) {
    for (Resource doc : sortedById(graph.listSubjectsWithProperty(RDF.type, NQ.PolicyDocument).toList())) {
      sink.accept(document(doc));
    }
    Set<Resource> withoutDocument = new LinkedHashSet<>();
    for (Resource type : List.of(NQ.Task, NQ.Indicator)) {
      graph.listSubjectsWithProperty(RDF.type, type)
          .filterKeep(part -> resource(part, NQ.inDocument) == null)
          .forEachRemaining(withoutDocument::add);
    }
    Memo memo = new Memo();
    emitParts(graph, List.copyOf(withoutDocument), sink, memo);
    Set<Resource> documents = new java.util.TreeSet<>(Comparator.comparing(Resource::getURI));
    graph.listObjectsOfProperty(NQ.inDocument).forEachRemaining(o -> {
      if (o.isURIResource()) {
        documents.add(o.asResource());
      }
    });
    for (Resource doc : documents) {
      List<Resource> parts = new ArrayList<>();
      // A part listed under several documents is read under the one its entity names, as the whole-list sort did.
      graph.listSubjectsWithProperty(NQ.inDocument, doc)
          .filterKeep(part -> doc.equals(resource(part, NQ.inDocument)))
          .forEachRemaining(parts::add);
      emitParts(graph, parts, sink, memo);
    }
    // A collective unit ("các phòng, ban, đơn vị") leads tasks too, and is typed on its own.
    Set<Resource> units = new LinkedHashSet<>(graph.listSubjectsWithProperty(RDF.type, NQ.Unit).toList());
    units.addAll(graph.listSubjectsWithProperty(RDF.type, NQ.CollectiveUnit).toList());
    for (Resource unit : sortedById(List.copyOf(units))) {
      sink.accept(unit(unit));
    }
  }

  /** The tasks, then the indicators among {@code candidates} (one document's), in table order. */
  private static void emitParts(Model graph, List<Resource> candidates, Consumer<IndexedEntity> sink, Memo memo) {
    List<IndexedEntity> parts = new ArrayList<>();
    for (Resource part : candidates) {
      if (part.hasProperty(RDF.type, NQ.Task)) {
        parts.add(part(part, EntityType.TASK, memo));
      }
      if (part.hasProperty(RDF.type, NQ.Indicator)) {
        parts.add(part(part, EntityType.INDICATOR, memo));
      }
    }
    parts.sort(Comparator.comparing((IndexedEntity e) -> e.document() == null ? "" : e.document().id())
        .thenComparing(e -> e.type().ordinal())
        .thenComparingInt(e -> position(graph.getResource(e.id())))
        .thenComparing(IndexedEntity::id));
    parts.forEach(sink);
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
      List<IndexedEntity> parts = new ArrayList<>();
      List<IndexedEntity> units = new ArrayList<>();
      for (String id : new java.util.TreeSet<>(ids)) {
        Resource r = graph.getResource(id);
        if (r.hasProperty(RDF.type, NQ.PolicyDocument)) {
          documents.add(document(r));
        } else if (r.hasProperty(RDF.type, NQ.Task)) {
          parts.add(part(r, EntityType.TASK, memo));
        } else if (r.hasProperty(RDF.type, NQ.Indicator)) {
          parts.add(part(r, EntityType.INDICATOR, memo));
        } else if (r.hasProperty(RDF.type, NQ.Unit) || r.hasProperty(RDF.type, NQ.CollectiveUnit)) {
          units.add(unit(r));
        }
      }
      parts.sort(Comparator.comparing((IndexedEntity e) -> e.document() == null ? "" : e.document().id())
          .thenComparing(e -> e.type().ordinal())
          .thenComparingInt(e -> position(graph.getResource(e.id())))
          .thenComparing(IndexedEntity::id));
      List<IndexedEntity> out = new ArrayList<>(documents);
      out.addAll(parts);
      out.addAll(units);
      return out;
    });
  }

  private static IndexedEntity document(Resource doc) {
    DocumentRef ref = documentRef(doc);
    String name = firstNonNull(ref.title(), ref.number(), doc.getURI());
    Resource area = area(doc);
    return new IndexedEntity(doc.getURI(), EntityType.DOCUMENT, name,
        join(name, ref.number(), ref.issuer()),
        ref, null, null, ref.level(), province(area), ref.issuer(), List.of(),
        null, null, null, null, null, null, null, label(area), List.of(), uri(area), uri(provinceArea(area)));
  }

  private static IndexedEntity part(Resource part, EntityType type, Memo memo) {
    Resource doc = resource(part, NQ.inDocument);
    Place place = doc == null ? Place.NONE : memo.place(doc);
    DocumentRef ref = place.ref();
    String name = firstNonNull(string(part, NQ.name), string(part, RDFS.label), part.getURI());
    List<IndexedEntity.UnitRef> leads = units(part, NQ.leadUnit, memo);
    if (leads.isEmpty()) {
      leads = units(part, NQ.ownerUnit, memo);
    }
    List<IndexedEntity.UnitRef> coordinating = units(part, NQ.coordinatingUnit, memo);
    Resource deadline = resource(part, NQ.deadline);
    String deadlineText = deadline == null ? null : string(deadline, NQ.deadlineText);
    Resource target = resource(part, NQ.target);
    String targetText = target == null ? null : string(target, NQ.targetText);
    String unitOfMeasure = string(part, NQ.unitOfMeasure);
    String section = section(resource(part, NQ.inSection));
    Boolean completed = type == EntityType.TASK ? bool(part, NQ.completed) : null;

    StringJoiner text = new StringJoiner("\n");
    text.add(name);
    addIfPresent(text, string(part, NQ.expectedResult));
    addIfPresent(text, string(part, NQ.note));
    addIfPresent(text, targetText == null ? null : join(targetText, unitOfMeasure));
    leads.forEach(u -> text.add(u.name()));
    coordinating.forEach(u -> text.add(u.name()));
    addIfPresent(text, deadlineText);
    addIfPresent(text, section);
    if (ref != null) {
      addIfPresent(text, ref.number());
    }
    return new IndexedEntity(part.getURI(), type, name, text.toString(), ref, section, string(part, NQ.ordinal),
        ref == null ? null : ref.level(), place.province(), ref == null ? null : ref.issuer(), leads,
        deadlineText, deadline == null ? null : date(deadline, NQ.start), deadline == null ? null : date(deadline, NQ.end),
        completed, targetText, unitOfMeasure, year(part, NQ.horizonYear), place.areaLabel(), coordinating,
        place.areaId(), place.provinceId());
  }

  /**
   * What a part's record takes from its document: the document's reference, its area's label and IRI, its province's
   * label and IRI. The same for every task and indicator of the document, so it is read once per document ({@link
   * Memo}), not once per row: the index build read it a hundred times for a hundred-row plan.
   */
  private record Place(DocumentRef ref, String province, String areaLabel, String areaId, String provinceId) {
    static final Place NONE = new Place(null, null, null, null, null);

    static Place of(Resource doc) {
      Resource area = area(doc);
      return new Place(documentRef(doc), EntityReader.province(area), label(area), uri(area), uri(provinceArea(area)));
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

    Place place(Resource doc) {
      return places.computeIfAbsent(doc, Place::of);
    }

    String unitName(Resource unit) {
      return unitNames.computeIfAbsent(unit,
          u -> firstNonNull(string(u, RDFS.label), string(u, NQ.canonicalName), u.getURI()));
    }
  }

  private static IndexedEntity unit(Resource unit) {
    String name = firstNonNull(string(unit, RDFS.label), string(unit, NQ.canonicalName), unit.getURI());
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    unit.listProperties(SKOS.altLabel).forEach(s -> names.add(s.getString()));
    Resource area = resource(unit, NQ.area);
    String areaLabel = label(area);
    if (areaLabel != null) {
      names.add(areaLabel);
    }
    return new IndexedEntity(unit.getURI(), EntityType.UNIT, name, String.join("\n", names), null, null, null,
        level(area), province(area), null, List.of(new IndexedEntity.UnitRef(unit.getURI(), name)),
        null, null, null, null, null, null, null, areaLabel, List.of(), uri(area), uri(provinceArea(area)));
  }

  private static DocumentRef documentRef(Resource doc) {
    Resource file = resource(doc, NQ.sourceFile);
    String number = number(doc);
    String title = string(doc, Vocab.dctermsTitle);
    Resource plan = plan(doc);
    // An appendix states neither issuer nor level: they are its plan's.
    String issuer = firstNonNull(string(doc, NQ.issuerName), string(plan, NQ.issuerName));
    return new DocumentRef(doc.getURI(), number, title, file == null ? null : string(file, NQ.fileName), issuer,
        firstNonNull(level(doc), level(plan)), label(doc, number, title, issuer, 0), citation(doc, 0), plan.getURI());
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

  /** How an export names a document: its number; a draft by title and issuer; an appendix by its plan. */
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
    String issuer = string(doc, NQ.issuerName);
    String name = firstNonNull(title, doc.getURI());
    return issuer == null ? name : name + " (" + issuer + ")";
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
    return title != null ? shortened(title) : doc.getURI();
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

  /** The label of the province an area is, or lies in; null for central or unknown areas. */
  private static String province(Resource area) {
    return label(provinceArea(area));
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

  private static List<IndexedEntity.UnitRef> units(Resource part, Property p, Memo memo) {
    List<IndexedEntity.UnitRef> units = new ArrayList<>();
    for (Statement s : sortedStatements(part, p)) {
      if (s.getObject().isURIResource()) {
        Resource u = s.getResource();
        units.add(new IndexedEntity.UnitRef(u.getURI(), memo.unitName(u)));
      }
    }
    return units;
  }

  private static List<Statement> sortedStatements(Resource r, Property p) {
    List<Statement> list = r.listProperties(p).toList();
    list.sort(Comparator.comparing(s -> s.getObject().toString()));
    return list;
  }

  private static List<Resource> sortedById(List<Resource> resources) {
    return resources.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
  }

  private static int position(Resource r) {
    Statement s = r.getProperty(NQ.position);
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

  /** A literal's lexical form; a Vietnamese-tagged value is preferred when there are several. */
  private static String string(Resource r, Property p) {
    String any = null;
    for (Statement s : sortedStatements(r, p)) {
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

  private static Boolean bool(Resource r, Property p) {
    String s = string(r, p);
    return s == null ? null : Boolean.valueOf(s);
  }

  private static LocalDate date(Resource r, Property p) {
    String s = string(r, p);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Integer year(Resource r, Property p) {
    String s = string(r, p);
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
