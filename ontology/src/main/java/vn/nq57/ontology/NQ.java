package vn.nq57.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the nq57 ontology ({@code ontology/nq57.ttl}), as Jena constants.
 * Only what no established vocabulary offers is ours; ELI, ORG, PROV, SKOS, schema.org are reused (see {@link Vocab}).
 */
public final class NQ {
    private NQ() {}

    public static final String NS = "https://w3id.org/nq57/ontology#";
    /** Base of every instance IRI the loader mints (see {@link Iris}). */
    public static final String ID = "https://w3id.org/nq57/id/";
    /** Base of the named graphs: one per source file. */
    public static final String GRAPH = "https://w3id.org/nq57/graph/";
    /**
     * Named graph of the inferred alignments (derived from the documents, not loaded from a file): under {@code
     * graph/inferred/}, a path no source file's key can take ({@code Iris.fileKey} percent-encodes "/").
     */
    public static final String ALIGNMENT_GRAPH = GRAPH + "inferred/alignment";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // --- documents and their kinds (all subclasses of PolicyDocument, itself an eli:LegalResource)
    public static final Resource PolicyDocument = r("PolicyDocument");
    public static final Resource Resolution = r("Resolution");         // Nghị quyết (NQ)
    public static final Resource ActionProgramme = r("ActionProgramme"); // Chương trình (CTr)
    public static final Resource Plan = r("Plan");                     // Kế hoạch (KH)
    public static final Resource Notice = r("Notice");                 // Thông báo / kết luận (TB, KL)
    public static final Resource Decision = r("Decision");             // Quyết định (QĐ)
    public static final Resource Regulation = r("Regulation");         // Quy định / Quy chế (QĐ, QC)
    public static final Resource Scheme = r("Scheme");                 // Đề án (ĐA)
    public static final Resource OfficialLetter = r("OfficialLetter"); // Công văn (CV, or number/ISSUER-OFFICE)
    public static final Resource Submission = r("Submission");         // Tờ trình (TTr)
    public static final Resource Decree = r("Decree");                 // Nghị định (NĐ)
    public static final Resource Directive = r("Directive");           // Chỉ thị (CT)
    public static final Resource Law = r("Law");                       // Luật
    public static final Resource Report = r("Report");                 // Báo cáo (BC)
    public static final Resource Circular = r("Circular");             // Thông tư (TT)
    public static final Resource Guidance = r("Guidance");             // Hướng dẫn (HD)
    public static final Resource Telegram = r("Telegram");             // Công điện (CĐ)
    public static final Resource Appendix = r("Appendix");             // Phụ lục
    public static final Resource SourceFile = r("SourceFile");

    // --- structure inside a document
    public static final Resource Section = r("Section");
    public static final Resource Task = r("Task");
    public static final Resource Indicator = r("Indicator");
    public static final Resource IndicatorTarget = r("IndicatorTarget"); // also a schema:QuantitativeValue
    public static final Resource Deadline = r("Deadline");
    public static final Resource Citation = r("Citation");               // one stated reference, with its quote

    // --- organisations and places
    public static final Resource Unit = r("Unit");                       // an org:Organization local to an area
    public static final Resource CollectiveUnit = r("CollectiveUnit");   // "Các cơ quan, đơn vị liên quan"
    public static final Resource Post = r("Post");                       // responsible head, an org:Post
    public static final Resource AdministrativeArea = r("AdministrativeArea");
    public static final Resource Level = r("Level");                     // skos:Concept in scheme Levels
    public static final Resource Levels = r("Levels");
    public static final Resource LevelCentral = r("central");
    public static final Resource LevelMinistry = r("ministry");
    public static final Resource LevelProvince = r("province");
    public static final Resource LevelDistrict = r("district");          // ended 1 July 2025
    public static final Resource LevelCommune = r("commune");

    // --- deadline kinds (skos:Concepts in scheme DeadlineKinds)
    public static final Resource DeadlineKinds = r("DeadlineKinds");
    public static final Resource DeadlineDate = r("deadlineDate");
    public static final Resource DeadlineMonth = r("deadlineMonth");
    public static final Resource DeadlineQuarter = r("deadlineQuarter");
    public static final Resource DeadlineYear = r("deadlineYear");
    public static final Resource DeadlineRange = r("deadlineRange");
    public static final Resource DeadlineRecurring = r("deadlineRecurring");
    public static final Resource DeadlineConditional = r("deadlineConditional");
    public static final Resource DeadlineUnknown = r("deadlineUnknown");

    // --- document properties (plus eli:number, eli:date_document, eli:passed_by, dcterms:title, eli:is_part_of)
    public static final Property kindCode = p("kindCode");         // "KH", "NQ", ...
    public static final Property numberRaw = p("numberRaw");       // the number exactly as printed
    public static final Property draft = p("draft");               // xsd:boolean, number left blank
    public static final Property year = p("year");                 // xsd:gYear the identity uses
    public static final Property yearMonth = p("yearMonth");       // xsd:gYearMonth when the day is left blank
    public static final Property area = p("area");                 // the area a document or unit belongs to
    public static final Property level = p("level");               // a Level concept
    public static final Property derivesFrom = p("derivesFrom");   // lineage: based_on ∪ applies ∪ is_part_of, materialised
    public static final Property issuerName = p("issuerName");     // issuer as written, @vi

    // --- provenance, on every document, task, indicator, section and citation
    public static final Property sourceFile = p("sourceFile");     // -> SourceFile
    public static final Property fileName = p("fileName");
    public static final Property sha256 = p("sha256");
    public static final Property lineStart = p("lineStart");       // xsd:int, 1-based
    public static final Property lineEnd = p("lineEnd");
    public static final Property verbatim = p("verbatim");         // @vi, the source lines as printed (NFC)
    public static final Property mediaType = p("mediaType");       // on a SourceFile: format told from the bytes
    public static final Property sourceLocation = p("sourceLocation"); // @vi, page/line, paragraph, table row (non-text files)
    public static final Property ocr = p("ocr");                   // xsd:boolean, true when read by OCR

    // --- citations (a reified, quoted reference; the direct eli:based_on / eli:applies / eli:cites triple is also there)
    public static final Property citingDocument = p("citingDocument");
    public static final Property citedDocument = p("citedDocument");
    public static final Property relation = p("relation");         // the eli property IRI

    // --- sections
    public static final Property inDocument = p("inDocument");
    public static final Property inSection = p("inSection");
    public static final Property sectionNumber = p("sectionNumber"); // "I", "VI", "1"
    public static final Property title = p("title");               // @vi
    public static final Property statedCount = p("statedCount");   // "(04 nhiệm vụ)" -> 4

    // --- tasks
    public static final Property ordinal = p("ordinal");           // as printed, may be blank or repeated
    public static final Property position = p("position");         // xsd:int, order in the document, 1-based
    public static final Property name = p("name");                 // @vi, markup removed
    public static final Property responsibleHead = p("responsibleHead"); // -> Post
    public static final Property leadUnit = p("leadUnit");         // -> Unit
    public static final Property noLeadUnit = p("noLeadUnit");     // true: the row gives none
    public static final Property coordinatingUnit = p("coordinatingUnit");
    public static final Property expectedResult = p("expectedResult"); // @vi, one per list item
    public static final Property deadline = p("deadline");         // -> Deadline
    public static final Property completed = p("completed");       // xsd:boolean
    public static final Property statusText = p("statusText");     // @vi, the reported state as printed
    public static final Property reportedProgress = p("reportedProgress"); // @vi, "Kết quả hiện nay"
    public static final Property citesDocument = p("citesDocument"); // documents a row names
    public static final Property note = p("note");                 // @vi

    // --- deadlines
    public static final Property deadlineText = p("deadlineText"); // @vi, raw
    public static final Property deadlineKind = p("deadlineKind");
    public static final Property start = p("start");               // xsd:date
    public static final Property end = p("end");                   // xsd:date

    // --- indicators (target values use schema:value, schema:minValue, schema:maxValue, schema:unitText)
    public static final Property unitOfMeasure = p("unitOfMeasure"); // @vi, "%", "Mức độ", ...
    public static final Property target = p("target");             // -> IndicatorTarget
    public static final Property targetText = p("targetText");     // @vi, raw
    public static final Property comparator = p("comparator");     // "≥", "≤", "=", "range", "text"
    public static final Property horizonYear = p("horizonYear");   // xsd:gYear
    public static final Property ownerUnit = p("ownerUnit");

    // --- units, posts and areas (labels: rdfs:label canonical @vi, skos:altLabel each raw variant)
    public static final Property canonicalName = p("canonicalName"); // the key units collapse on
    public static final Property validFrom = p("validFrom");       // xsd:date
    public static final Property validUntil = p("validUntil");
    public static final Property parentArea = p("parentArea");

    // --- thesaurus (nq57-thesaurus.ttl)
    public static final Property abbreviation = p("abbreviation"); // ⊑ skos:altLabel, one concept per abbreviation
}
