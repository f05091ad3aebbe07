package vn.nq57.loader.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.loader.deadline.Deadline;
import vn.nq57.loader.deadline.DeadlineParser;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.loader.metadata.RelatedDocument;
import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.reference.DocumentNumber;
import vn.nq57.loader.reference.Reference;
import vn.nq57.loader.reference.Relation;
import vn.nq57.loader.rows.ExtractedRows;
import vn.nq57.loader.rows.IndicatorRow;
import vn.nq57.loader.rows.SectionRow;
import vn.nq57.loader.rows.TaskRow;
import vn.nq57.loader.target.Target;
import vn.nq57.loader.target.TargetParser;
import vn.nq57.loader.unit.NationalBodies;
import vn.nq57.ontology.Iris;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one source document as RDF: the document, its sections, tasks, indicators, units and the quoted citations
 * of its upstream documents — each with file, line span and verbatim text. The result goes into the document's own
 * named graph.
 */
public final class DocumentGraphBuilder {
    private static final Pattern HORIZON = Pattern.compile("(?iu)(?:đến|tới|trong)\\s+năm\\s+((?:19|20)\\d{2})");

    private final DocumentRegistry registry;
    private final Spellings book;

    DocumentGraphBuilder(DocumentRegistry registry, Spellings book) {
        this.registry = registry;
        this.book = book;
    }

    /**
     * A builder for one load run: call {@link #remember} for every document first, then {@link #build} each, in
     * source order (the first spelling met of a number is the one written; see {@link #withOwnSpellings}).
     */
    public static DocumentGraphBuilder forRun() {
        return new DocumentGraphBuilder(new DocumentRegistry(), new Spellings());
    }

    /**
     * A builder for one document of this run that may work on another thread: it shares what {@link #remember} filled
     * (read only from now on) and records the spellings it uses in a book of its own, {@link #spellings()}. Its graph
     * equals the one this builder would write in source order when {@link Spellings#agreesWith} holds for the
     * spellings met by the documents before it; otherwise build the document again with this builder.
     */
    public DocumentGraphBuilder withOwnSpellings() {
        return new DocumentGraphBuilder(registry, new Spellings());
    }

    /** The spellings this builder has written, by number key, in the order first met. */
    public Spellings spellings() {
        return book;
    }

    /** Lets undated citations of a document resolve to the year another document gives for it. */
    /**
     * Records documents the store already holds (call before {@link #remember}): their year and spelling win, so an
     * undated citation in this run resolves to the stored document. Numbers that do not parse are skipped.
     */
    public void rememberKnown(java.util.Collection<KnownDocument> known) {
        for (KnownDocument k : known) {
            vn.nq57.loader.reference.DocumentNumber.parse(k.number()).ifPresent(number -> {
                Scope scope = Scope.ofStored(k.areaIri());
                registry.remember(number, scope, k.year());
                registry.rememberOwn(number, scope);
            });
        }
    }

    public void remember(DocumentMetadata meta, List<Reference> references) {
        Scope own = Scope.of(meta.area(), meta.issuerLevel(), meta.issuer());
        registry.remember(meta.number(), own, meta.year());
        registry.rememberOwn(meta.number(), own);
        Map<String, Scope> issuers = issuersNamed(references, own);
        for (Reference r : references) rememberReference(r, own, issuers);
    }

    private void rememberReference(Reference r, Scope citing, Map<String, Scope> issuers) {
        Scope scope = citedScope(r, citing, issuers);
        registry.remember(r.number(), scope, r.date() == null ? null : r.date().getYear());
        for (Reference b : r.basis()) rememberReference(b, scope, issuers);
    }

    /**
     * The scope of the document a reference names: its issuer's when the reference names one; else the issuer another
     * reference of the same text gives that number ("Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh …",
     * later "theo Kế hoạch số 92/KH-UBND": one plan, Đồng Nai's); else what the number's issuer code says (TW, CP, a
     * ministry's: national; TU: the citing document's province); a code every level uses (UBND, BCĐ) is kept under the
     * citing document's area with no area or level claimed ({@link Scope#unclaimed}), as a number named in a task is.
     * Never the nation for a People's Committee's plan.
     */
    private static Scope citedScope(Reference r, Scope citing, Map<String, Scope> issuers) {
        if (r.issuer() != null || r.issuerLevel() != null) return Scope.ofIssuer(r.issuer(), r.issuerLevel(), citing);
        Scope named = r.number() == null ? null : issuers.get(r.number().key());
        if (named != null) return named;
        String level = r.number() == null ? null : Levels.ofCode(r.number().issuerCode());
        return level == null ? citing.unclaimed() : Scope.ofIssuer(null, level, citing);
    }

    /** The scope of each number the document's references cite with their issuer named (the first such, by number key). */
    private static Map<String, Scope> issuersNamed(List<Reference> references, Scope own) {
        Map<String, Scope> named = new HashMap<>();
        for (Reference r : references) {
            if (r.number() != null && !r.number().blank() && (r.issuer() != null || r.issuerLevel() != null))
                named.putIfAbsent(r.number().key(), Scope.ofIssuer(r.issuer(), r.issuerLevel(), own));
        }
        return named;
    }

    /** The IRI the document in {@code meta} gets. */
    public String documentIri(SourceText src, DocumentMetadata meta) {
        Scope own = Scope.of(meta.area(), meta.issuerLevel(), meta.issuer());
        if (NQ.Appendix.getLocalName().equals(meta.kind()) && meta.appendixOf() != null && meta.appendixOf().number() != null) {
            return parentIri(meta.appendixOf(), own) + "/appendix/" + Iris.slug(appendixLabel(meta));
        }
        if (meta.number() == null || meta.number().blank()) {
            String year = meta.year() == null ? null : meta.year().toString();
            return Iris.document(own.key(), year, "draft-" + src.sha256().substring(0, 12));
        }
        return registry.iri(book, meta.number(), own, meta.year());
    }

    public Model build(SourceText src, DocumentMetadata meta, List<Reference> references, ExtractedRows rows) {
        Model model = ModelFactory.createDefaultModel();
        Vocab.PREFIXES.forEach(model::setNsPrefix);
        Resource sourceFile = model.createResource(Iris.sourceFile(src.fileName()))
                .addProperty(org.apache.jena.vocabulary.RDF.type, NQ.SourceFile)
                .addProperty(NQ.fileName, src.fileName())
                .addProperty(NQ.sha256, src.sha256())
                .addProperty(NQ.mediaType, src.format().mediaType());
        GraphWriter out = new GraphWriter(model, src, sourceFile);
        Scope own = Scope.of(meta.area(), meta.issuerLevel(), meta.issuer());
        // a ministry's units are its own (two ministries both have a "Vụ Kế hoạch"); without an issuer, the nation's
        boolean central = Levels.MINISTRY.equals(meta.issuerLevel()) || Levels.CENTRAL.equals(meta.issuerLevel());
        UnitRegistry units = central && meta.issuer() != null
                ? new UnitRegistry(out, Iris.area(Scope.NATIONAL, meta.issuer()), Iris.area(Scope.NATIONAL, meta.issuer()))
                : new UnitRegistry(out, own.areaIri(), own.unitPath());

        Resource doc = writeDocument(out, src, meta, own);
        Map<String, Resource> cited = writeCitations(out, doc, references, own);
        Map<SectionRow, Resource> sections = new IdentityHashMap<>();
        int year = meta.year() != null ? meta.year() : LocalDate.now().getYear();

        int position = 0;
        for (TaskRow row : rows.tasks()) {
            position++;
            writeTask(out, doc, row, position, section(out, doc, row.section(), sections), units, cited, own, year);
        }
        position = 0;
        for (IndicatorRow row : rows.indicators()) {
            position++;
            writeIndicator(out, doc, row, position, section(out, doc, row.group(), sections), units, meta);
        }
        units.finish();
        return model;
    }

    private Resource writeDocument(GraphWriter out, SourceText src, DocumentMetadata meta, Scope own) {
        Resource doc = out.resource(documentIri(src, meta), NQ.PolicyDocument);
        doc.addProperty(org.apache.jena.vocabulary.RDF.type, out.model.createResource(NQ.NS + meta.kind()));
        if (meta.kindCode() != null) doc.addProperty(NQ.kindCode, meta.kindCode());
        if (meta.number() != null && !meta.number().blank())
            doc.addProperty(Vocab.eliNumber, registry.spelling(book, meta.number(), own));
        if (meta.numberRaw() != null && !meta.numberRaw().isBlank()) doc.addProperty(NQ.numberRaw, meta.numberRaw().strip());
        // An appendix has no number of its own: it is a draft only when the plan it is part of is (or is unknown).
        boolean numbered = meta.number() != null && !meta.number().blank() || meta.appendixOf() != null
                && meta.appendixOf().number() != null && !meta.appendixOf().number().blank();
        out.bool(doc, NQ.draft, meta.draft() || !numbered);
        out.date(doc, Vocab.eliDateDocument, meta.date());
        out.year(doc, NQ.year, meta.year());
        if (meta.date() == null && meta.year() != null && meta.month() != null)
            doc.addLiteral(NQ.yearMonth, out.model.createTypedLiteral(String.format("%04d-%02d", meta.year(), meta.month()),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth));
        out.text(doc, Vocab.dctermsTitle, meta.title());
        issuer(out, doc, meta.issuer(), own);
        area(out, doc, own, meta.issuerLevel());
        LineSpan span = meta.span() != null ? meta.span() : LineSpan.of(1);
        out.provenance(doc, span, null);
        if (meta.appendixOf() != null && meta.appendixOf().number() != null) {
            Resource parent = relatedDocument(out, meta.appendixOf(), own);
            link(doc, Vocab.eliIsPartOf, parent, true);
        }
        if (meta.issues() != null && meta.issues().number() != null) {
            // A decision that issues an attached plan: the plan applies whatever the decision does.
            Resource attached = relatedDocument(out, meta.issues(), own);
            link(attached, Vocab.eliIsPartOf, doc, true);
        }
        return doc;
    }

    private Resource relatedDocument(GraphWriter out, RelatedDocument related, Scope own) {
        Scope scope = related.issuer() == null ? own : Scope.ofIssuer(related.issuer(), null, own);
        Integer year = related.date() != null ? Integer.valueOf(related.date().getYear()) : related.year();
        Resource r = out.resource(registry.iri(book, related.number(), scope, year), NQ.PolicyDocument);
        if (related.kind() != null) r.addProperty(org.apache.jena.vocabulary.RDF.type, out.model.createResource(NQ.NS + related.kind().className()));
        describeNumbered(out, r, related.number(), related.date(), year, related.issuer(), scope);
        out.text(r, Vocab.dctermsTitle, related.title());
        return r;
    }

    private static String appendixLabel(DocumentMetadata meta) {
        String raw = meta.numberRaw();
        if (raw != null && !raw.isBlank()) return raw;
        String title = meta.title() == null ? "phu-luc" : meta.title();
        return title.length() > 40 ? title.substring(0, 40) : title;
    }

    private String parentIri(RelatedDocument parent, Scope own) {
        Scope scope = parent.issuer() == null ? own : Scope.ofIssuer(parent.issuer(), null, own);
        Integer year = parent.date() != null ? Integer.valueOf(parent.date().getYear()) : parent.year();
        return registry.iri(book, parent.number(), scope, year);
    }

    private void describeNumbered(GraphWriter out, Resource doc, DocumentNumber number, LocalDate date, Integer year,
                                  String issuer, Scope scope) {
        doc.addProperty(Vocab.eliNumber, registry.spelling(book, number, scope));
        if (number.kindCode() != null)
            doc.addProperty(NQ.kindCode, number.kind().map(DocumentKind::code)
                    .filter(c -> c.equalsIgnoreCase(number.kindCode())).orElse(number.kindCode()));
        out.date(doc, Vocab.eliDateDocument, date);
        out.year(doc, NQ.year, registry.yearOf(number, scope, year));
        issuer(out, doc, issuer, scope);
        // a ministry's number says so even where its issuer is not named ("1709/BKHCN-CĐSQG")
        String level = Levels.ofName(issuer);
        area(out, doc, scope, level != null ? level : Levels.ofCode(number.issuerCode()));
    }

    private static void issuer(GraphWriter out, Resource doc, String printed, Scope scope) {
        if (printed == null || printed.isBlank()) return;
        out.text(doc, NQ.issuerName, printed);
        // a decision "of the Minister of Justice" is the ministry's, as its number says (877/QĐ-BTP): the post's
        // body passes it, so a document cited as the Minister's and headed by the ministry has one issuer, not two
        String issuer = vn.nq57.loader.unit.Post.parse(printed).map(vn.nq57.loader.unit.Post::unit)
                .filter(u -> !u.isBlank() && vn.nq57.loader.unit.UnitNames.readsAsUnitName(u)).orElse(printed);
        // a ministry, the Government, the Politburo: the nation's one unit, the one the task tables name too
        var national = NationalBodies.officialName(issuer);
        if (national.isPresent()) {
            Resource body = UnitRegistry.nationalBody(out, national.get());
            out.text(body, RDFS.label, national.get());
            doc.addProperty(Vocab.eliPassedBy, body);
            return;
        }
        Resource body = out.resource(Iris.unit(scope.unitPath(), issuer), NQ.Unit);
        out.label(body, issuer);
        if (scope.areaIri() != null) body.addProperty(NQ.area, out.model.createResource(scope.areaIri()));
        doc.addProperty(Vocab.eliPassedBy, body);
    }

    /**
     * The document's area and level. A ministry's document is of the ministry level over the nation's area, which is
     * central: {@code issuerLevel} (null: not known) gives that level, any other document takes its area's.
     */
    private static void area(GraphWriter out, Resource doc, Scope scope, String issuerLevel) {
        String level = Levels.MINISTRY.equals(issuerLevel) && Levels.CENTRAL.equals(scope.level())
                ? Levels.MINISTRY : scope.level();
        if (scope.areaIri() == null) {   // the text does not name the area whole: the level alone, and no area
            if (level != null) doc.addProperty(NQ.level, out.model.createResource(NQ.NS + level));
            return;
        }
        Resource area = out.resource(scope.areaIri(), NQ.AdministrativeArea);
        out.text(area, RDFS.label, scope.label());
        if (scope.level() != null) {
            area.addProperty(NQ.level, out.model.createResource(NQ.NS + scope.level()));
            doc.addProperty(NQ.level, out.model.createResource(NQ.NS + level));
        }
        if (scope.province() != null && !Levels.PROVINCE.equals(scope.level())) {
            area.addProperty(NQ.parentArea, out.model.createResource(Iris.area(scope.province())));
        }
        doc.addProperty(NQ.area, area);
    }

    /** Writes each reference as a direct ELI link plus a quoted nq:Citation; returns cited documents by number key. */
    private Map<String, Resource> writeCitations(GraphWriter out, Resource doc, List<Reference> references, Scope own) {
        Map<String, Resource> byKey = new LinkedHashMap<>();
        int[] counter = {0};
        Map<String, Scope> issuers = issuersNamed(references, own);
        for (Reference r : references) writeCitation(out, doc.getURI(), doc, r, own, issuers, byKey, counter);
        return byKey;
    }

    /** Citation IRIs live under the source document that states them, even when they describe an upstream's basis. */
    private void writeCitation(GraphWriter out, String base, Resource citing, Reference r, Scope citingScope,
                               Map<String, Scope> issuers, Map<String, Resource> byKey, int[] counter) {
        if (r.number() == null || r.number().blank()) return;
        Scope scope = citedScope(r, citingScope, issuers);
        Integer year = r.date() == null ? null : r.date().getYear();
        String citedIri = registry.iri(book, r.number(), scope, year);
        if (citedIri.equals(citing.getURI())) return;   // a document never cites itself
        Resource cited = out.resource(citedIri, NQ.PolicyDocument);
        DocumentKind kind = r.kind() != null ? r.kind() : r.number().kind().orElse(null);
        if (kind != null) cited.addProperty(org.apache.jena.vocabulary.RDF.type, out.model.createResource(NQ.NS + kind.className()));
        describeNumbered(out, cited, r.number(), r.date(), year, r.issuer(), scope);
        byKey.putIfAbsent(r.number().key(), cited);

        Property relation = out.model.createProperty(r.relation().iri());
        link(citing, relation, cited, r.lineage());
        counter[0]++;
        Resource citation = out.resource(base + "/citation/" + counter[0], NQ.Citation);
        citation.addProperty(NQ.citingDocument, citing);
        citation.addProperty(NQ.citedDocument, cited);
        citation.addProperty(NQ.relation, relation);
        out.provenance(citation, r.span(), r.quote());
        for (Reference b : r.basis()) writeCitation(out, base, cited, b, scope, issuers, byKey, counter);
    }

    /**
     * Writes the link. A document based on, applying or part of another derives from it (lineage); one amending
     * another does when a basis or implementation statement or its own header says so ({@code stated}). Replacement
     * and citation never make lineage.
     */
    private static void link(Resource from, Property relation, Resource to, boolean stated) {
        if (from.equals(to)) return;
        from.addProperty(relation, to);
        String local = relation.getURI();
        if (local.equals(Relation.BASED_ON.iri()) || local.equals(Relation.APPLIES.iri())
                || stated && local.equals(Relation.AMENDS.iri()) || relation.equals(Vocab.eliIsPartOf)) {
            from.addProperty(NQ.derivesFrom, to);
        }
    }

    private static Resource section(GraphWriter out, Resource doc, SectionRow row, Map<SectionRow, Resource> sections) {
        if (row == null) return null;
        return sections.computeIfAbsent(row, s -> {
            Resource r = out.resource(Iris.part(doc.getURI(), "section", sections.size() + 1), NQ.Section);
            r.addProperty(NQ.inDocument, doc);
            out.integer(r, NQ.position, sections.size() + 1);
            if (s.number() != null) r.addProperty(NQ.sectionNumber, s.number());
            out.text(r, NQ.title, s.title());
            if (s.statedCount() != null) out.integer(r, NQ.statedCount, s.statedCount());
            out.provenance(r, s.span(), s.verbatim());
            return r;
        });
    }

    private void writeTask(GraphWriter out, Resource doc, TaskRow row, int position, Resource section,
                           UnitRegistry units, Map<String, Resource> cited, Scope own, int documentYear) {
        Resource task = out.resource(Iris.part(doc.getURI(), "task", position), NQ.Task);
        task.addProperty(NQ.inDocument, doc);
        if (section != null) task.addProperty(NQ.inSection, section);
        task.addProperty(NQ.ordinal, row.ordinal() == null ? "" : row.ordinal());
        out.integer(task, NQ.position, position);
        out.text(task, NQ.name, row.name());
        out.text(task, RDFS.label, row.name());
        Resource head = units.post(row.responsibleHead());
        if (head != null) task.addProperty(NQ.responsibleHead, head);
        List<Resource> leads = units.units(row.lead());
        if (leads.isEmpty()) out.bool(task, NQ.noLeadUnit, true);
        leads.forEach(u -> task.addProperty(NQ.leadUnit, u));
        units.units(row.coordinating()).forEach(u -> task.addProperty(NQ.coordinatingUnit, u));
        row.result().forEach(item -> out.text(task, NQ.expectedResult, item));
        out.text(task, NQ.note, row.note());

        Deadline deadline = DeadlineParser.parse(row.deadline() == null ? "" : row.deadline(), documentYear);
        Resource d = out.resource(task.getURI() + "/deadline", NQ.Deadline);
        d.addLiteral(NQ.deadlineText, out.vi(deadline.raw() == null ? "" : deadline.raw().strip()));
        d.addProperty(NQ.deadlineKind, out.model.createResource(NQ.NS + "deadline"
                + Character.toUpperCase(deadline.kind().name().charAt(0)) + deadline.kind().name().substring(1).toLowerCase()));
        out.date(d, NQ.start, deadline.start());
        out.date(d, NQ.end, deadline.end());
        task.addProperty(NQ.deadline, d);

        List<String> statements = new ArrayList<>(row.footnotes());
        statements.add(row.note());
        statements.add(row.deadline());
        out.bool(task, NQ.completed, deadline.completed() || Completion.stated(statements)
                || Completion.statusDone(row.status()));
        out.text(task, NQ.statusText, row.status());
        out.text(task, NQ.reportedProgress, row.progress());

        // a document named in the row (task, expected result "Đã ban hành Văn bản số …", note, footnote) is the task's citation
        List<String> citingTexts = new ArrayList<>(row.footnotes());
        citingTexts.add(row.name());
        citingTexts.addAll(row.result());
        citingTexts.add(row.note());
        for (String text : citingTexts) {
            if (text == null) continue;
            for (DocumentNumber.Found f : DocumentNumber.findAll(text)) {
                if (f.number().blank()) continue;
                Resource target = cited.get(f.number().key());
                if (target == null) {
                    Scope scope = Levels.ofCode(f.number().issuerCode()) != null
                            && (Levels.CENTRAL.equals(Levels.ofCode(f.number().issuerCode()))
                                || Levels.MINISTRY.equals(Levels.ofCode(f.number().issuerCode())))
                            ? Scope.national() : own;
                    Resource named = out.resource(registry.iri(book, f.number(), scope, null), NQ.PolicyDocument);
                    named.addProperty(Vocab.eliNumber, registry.spelling(book, f.number(), scope));
                    f.number().kind().ifPresent(k -> named.addProperty(org.apache.jena.vocabulary.RDF.type,
                            out.model.createResource(NQ.NS + k.className())));
                    target = named;
                }
                if (!target.equals(doc)) task.addProperty(NQ.citesDocument, target);
            }
        }
        out.provenance(task, row.span(), row.verbatim());
    }

    private void writeIndicator(GraphWriter out, Resource doc, IndicatorRow row, int position, Resource section,
                                UnitRegistry units, DocumentMetadata meta) {
        Resource ind = out.resource(Iris.part(doc.getURI(), "indicator", position), NQ.Indicator);
        ind.addProperty(NQ.inDocument, doc);
        if (section != null) ind.addProperty(NQ.inSection, section);
        ind.addProperty(NQ.ordinal, row.ordinal() == null ? "" : row.ordinal());
        out.integer(ind, NQ.position, position);
        out.text(ind, NQ.name, row.name());
        out.text(ind, RDFS.label, row.name());
        out.text(ind, NQ.unitOfMeasure, row.unit());
        units.units(row.owner()).forEach(u -> ind.addProperty(NQ.ownerUnit, u));
        units.units(row.coordinating()).forEach(u -> ind.addProperty(NQ.coordinatingUnit, u));
        out.text(ind, NQ.note, row.note());

        Target t = TargetParser.parse(row.target() == null ? "" : row.target());
        Resource target = out.resource(ind.getURI() + "/target", NQ.IndicatorTarget);
        target.addLiteral(NQ.targetText, out.vi(t.raw() == null ? "" : t.raw().strip()));
        if (t.comparator() != null) target.addProperty(NQ.comparator, t.comparator());
        if (t.value() != null) {
            Property p = Target.RANGE.equals(t.comparator()) ? Vocab.schemaMinValue : Vocab.schemaValue;
            target.addLiteral(p, out.model.createTypedLiteral(t.value()));
        }
        if (t.max() != null) target.addLiteral(Vocab.schemaMaxValue, out.model.createTypedLiteral(t.max()));
        // a relative change ("tăng 15% so với năm 2025") is in percent of change, not in the indicator's unit
        String unitText = TargetParser.isRelative(t.raw()) ? t.unitHint()
                : row.unit() != null && !row.unit().isBlank() ? row.unit() : t.unitHint();
        if (unitText != null && !unitText.isBlank()) target.addProperty(Vocab.schemaUnitText, unitText.strip());
        ind.addProperty(NQ.target, target);
        out.year(ind, NQ.horizonYear, horizon(row, meta));
        out.provenance(ind, row.span(), row.verbatim());
    }

    /**
     * The year a target is for: its column's ("Đến năm 2030", "Chỉ tiêu năm 2026"), else the group it sits in
     * ("Đến năm 2030"), else the plan's own year.
     */
    private static Integer horizon(IndicatorRow row, DocumentMetadata meta) {
        if (row.horizon() != null) return row.horizon();
        if (row.group() != null && row.group().title() != null) {
            Matcher m = HORIZON.matcher(row.group().title());
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return meta.year();
    }
}
