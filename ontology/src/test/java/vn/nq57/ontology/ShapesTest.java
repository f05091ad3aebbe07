package vn.nq57.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes accept the graph the loader writes for the Tân Lợi plan and reject it broken one way at a time,
 * each time with exactly the expected focus node and message, in English and in Vietnamese.
 */
class ShapesTest {
    private static Shapes shapes;

    @BeforeAll
    static void load() {
        shapes = Ontology.shapes();
    }

    private static final Node PLAN = uri(Fixtures.PLAN);
    private static final Node TASK = uri(Fixtures.TASK_SCHEME);
    private static final Node INDICATOR = uri(Fixtures.INDICATOR_5G);

    @Test
    void acceptsTheLoaderOutputOfAPlanWithTwoTasksAndAnIndicator() {
        ValidationReport report = ShaclValidator.get().validate(shapes, Fixtures.tanLoi());
        assertTrue(report.conforms(), () -> "not conforming:\n" + describe(report));
    }

    @Test
    void rejectsATaskWithoutName() {
        assertViolations(g -> g.remove(TASK, p(NQ.name), Node.ANY),
                TASK, "A task has exactly one name.");
    }

    @Test
    void rejectsATaskInTwoDocuments() {
        assertViolations(g -> g.add(TASK, p(NQ.inDocument), PLAN),
                TASK, "A task is in exactly one document.");
    }

    @Test
    void rejectsATaskWithNeitherLeadUnitNorNoLeadUnit() {
        assertViolations(g -> g.remove(TASK, p(NQ.leadUnit), Node.ANY),
                TASK, "A task has a lead unit (nq:leadUnit) or states nq:noLeadUnit true, not both.");
    }

    @Test
    void acceptsATaskThatStatesItHasNoLeadUnit() {
        Graph g = Fixtures.tanLoi();
        g.remove(TASK, p(NQ.leadUnit), Node.ANY);
        g.add(TASK, p(NQ.noLeadUnit), NodeFactory.createLiteralByValue(true));
        assertTrue(ShaclValidator.get().conforms(shapes, g));
    }

    @Test
    void rejectsATaskWithBothLeadUnitAndNoLeadUnit() {
        assertViolations(g -> g.add(TASK, p(NQ.noLeadUnit), NodeFactory.createLiteralByValue(true)),
                TASK, "A task has a lead unit (nq:leadUnit) or states nq:noLeadUnit true, not both.");
    }

    @Test
    void rejectsATaskWithoutDeadline() {
        assertViolations(g -> g.remove(TASK, p(NQ.deadline), Node.ANY),
                TASK, "A task has exactly one deadline (a nq:Deadline, whose text may be empty).");
    }

    @Test
    void rejectsADeadlineWithoutText() {
        Node deadline = uri(Fixtures.TASK_SCHEME + "/deadline");
        assertViolations(g -> g.remove(deadline, p(NQ.deadlineText), Node.ANY),
                deadline, "A deadline has exactly one deadline text tagged @vi (\"\"@vi when the cell is blank).");
    }

    @Test
    void acceptsAnEmptyDeadlineText() {
        Graph g = Fixtures.tanLoi();
        Node deadline = uri(Fixtures.TASK_SCHEME + "/deadline");
        g.remove(deadline, p(NQ.deadlineText), Node.ANY);
        g.add(deadline, p(NQ.deadlineText), NodeFactory.createLiteralLang("", "vi"));
        assertTrue(ShaclValidator.get().conforms(shapes, g));
    }

    /** A cut of a document without its header is loaded and its report says so: a warning, never a violation. */
    @Test
    void warnsOfADocumentWithoutIssuer() {
        assertOnlyWarning(g -> g.remove(PLAN, p(Vocab.eliPassedBy), Node.ANY),
                PLAN, "A document has an issuer (eli:passed_by), unless it is an appendix of a document that has one.");
    }

    @Test
    void rejectsADocumentWithNeitherNumberNorDraftFlag() {
        assertViolations(g -> g.remove(PLAN, p(NQ.draft), Node.ANY),
                PLAN, "A document has a number (eli:number), or is flagged as a draft (nq:draft true), or is an appendix of one (eli:is_part_of).");
    }

    @Test
    void rejectsADocumentWithoutKindThatHasAKindCode() {
        assertViolations(g -> g.remove(PLAN, p(org.apache.jena.vocabulary.RDF.type), uri(NQ.Plan.getURI())),
                PLAN, "A document has a kind: one of the subclasses of nq:PolicyDocument (Plan, Resolution …), unless it states none and has no kind code.");
    }

    @Test
    void acceptsADocumentThatStatesNoKindAtAll() {
        // neither a kind heading nor a kind code: the loader guesses none, and the shapes do not make it
        assertViolations(g -> {
            g.remove(PLAN, p(org.apache.jena.vocabulary.RDF.type), uri(NQ.Plan.getURI()));
            g.remove(PLAN, p(NQ.kindCode), Node.ANY);
            g.remove(PLAN, p(NQ.draft), Node.ANY);   // and something else broken, to see only that
        }, PLAN, "A document has a number (eli:number), or is flagged as a draft (nq:draft true), or is an appendix of one (eli:is_part_of).");
    }

    @Test
    void rejectsAnIndicatorWithoutTarget() {
        assertViolations(g -> g.remove(INDICATOR, p(NQ.target), Node.ANY),
                INDICATOR, "An indicator has exactly one target (a nq:IndicatorTarget).");
    }

    @Test
    void rejectsAComparatorOutsideTheFixedSet() {
        Node target = uri(Fixtures.INDICATOR_5G + "/target");
        assertViolations(g -> {
                    g.remove(target, p(NQ.comparator), Node.ANY);
                    g.add(target, p(NQ.comparator), NodeFactory.createLiteralString(">="));
                },
                target, "A target has exactly one comparator: \"≥\", \"≤\", \"=\", \"range\" or \"text\".");
    }

    @Test
    void rejectsAnUntaggedNameLiteral() {
        assertViolations(g -> {
                    g.remove(TASK, p(NQ.name), Node.ANY);
                    g.add(TASK, p(NQ.name), NodeFactory.createLiteralString("Xây dựng Đề án Chuyển đổi số trên địa bàn xã giai đoạn 2026-2030"));
                },
                TASK, "A task name is non-empty text tagged @vi.");
    }

    @Test
    void rejectsAUnitInTwoAreas() {
        Node unit = uri(NQ.ID + "unit/dong-nai/tan-loi/phong-van-hoa-xa-hoi");
        assertViolations(g -> g.add(unit, p(NQ.area), uri(NQ.ID + "area/dong-nai")),
                unit, "A unit belongs to exactly one area: units are local.");
    }

    /** A unit of a cut that names no place has no area (none is invented): reported as a warning. */
    @Test
    void warnsOfAUnitWithoutArea() {
        Node unit = uri(NQ.ID + "unit/dong-nai/tan-loi/phong-van-hoa-xa-hoi");
        assertOnlyWarning(g -> g.remove(unit, p(NQ.area), Node.ANY),
                unit, "A unit belongs to exactly one area: units are local.");
    }

    @Test
    void rejectsACitationWithAnotherRelation() {
        Node citation = uri(Fixtures.PLAN + "/citation/1");
        assertViolations(g -> {
                    g.remove(citation, p(NQ.relation), Node.ANY);
                    g.add(citation, p(NQ.relation), uri(Vocab.DCTERMS + "references"));
                },
                citation, "A citation has exactly one relation: eli:based_on, eli:applies, eli:amends, dcterms:replaces or eli:cites.");
    }

    @Test
    void rejectsProvenanceWhoseLinesRunBackwards() {
        Node task = uri(Fixtures.TASK_INFRASTRUCTURE);
        assertViolations(g -> {
                    g.remove(task, p(NQ.lineEnd), Node.ANY);
                    g.add(task, p(NQ.lineEnd), NodeFactory.createLiteralDT("380", org.apache.jena.datatypes.xsd.XSDDatatype.XSDint));
                },
                task, "Exactly one nq:lineStart (xsd:int ≥ 1, not after nq:lineEnd).");
    }

    @Test
    void everyMessageIsGivenInEnglishAndVietnamese() {
        Graph g = Fixtures.tanLoi();
        g.remove(TASK, p(NQ.name), Node.ANY);
        g.remove(INDICATOR, p(NQ.target), Node.ANY);
        g.remove(PLAN, p(Vocab.eliPassedBy), Node.ANY);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertEquals(3, report.getEntries().size(), () -> describe(report));
        for (ReportEntry entry : report.getEntries()) {
            Set<String> langs = new TreeSet<>();
            entry.messages().forEach(m -> langs.add(m.getLiteralLanguage()));
            assertEquals(Set.of("en", "vi"), langs, entry.toString());
        }
    }

    /** Breaks a fresh copy of the fixture and checks the violations are exactly the one expected. */
    private static void assertViolations(Consumer<Graph> breakIt, Node focus, String englishMessage) {
        Graph g = Fixtures.tanLoi();
        breakIt.accept(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        List<String> got = report.getEntries().stream()
                .filter(e -> e.severity().equals(Severity.Violation))
                .map(e -> e.focusNode().getURI() + " | " + english(e))
                .distinct()
                .toList();
        assertEquals(List.of(focus.getURI() + " | " + englishMessage), got, () -> describe(report));
    }

    /** Breaks a fresh copy of the fixture and checks the only result, of any severity, is the one warning expected. */
    private static void assertOnlyWarning(Consumer<Graph> breakIt, Node focus, String englishMessage) {
        Graph g = Fixtures.tanLoi();
        breakIt.accept(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        List<String> got = report.getEntries().stream()
                .map(e -> e.severity().level().getLocalName() + " " + e.focusNode().getURI() + " | " + english(e))
                .distinct().toList();
        assertEquals(List.of("Warning " + focus.getURI() + " | " + englishMessage), got, () -> describe(report));
    }

    private static String english(ReportEntry entry) {
        return entry.messages().stream()
                .filter(m -> m.getLiteralLanguage().equals("en"))
                .map(Node::getLiteralLexicalForm)
                .findFirst().orElse("(no English message) " + entry.message());
    }

    private static String describe(ValidationReport report) {
        StringBuilder b = new StringBuilder();
        report.getEntries().forEach(e -> b.append(e.severity()).append(' ').append(e.focusNode()).append(' ')
                .append(e.resultPath()).append(' ').append(english(e)).append('\n'));
        return b.toString();
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node p(org.apache.jena.rdf.model.Property property) { return property.asNode(); }
}
