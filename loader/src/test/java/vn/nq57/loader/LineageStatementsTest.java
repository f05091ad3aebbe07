package vn.nq57.loader;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.ontology.Vocab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every lineage edge ({@code nq:derivesFrom}) of every document loaded from {@code data/sources} is stated by the text
 * as basis or implementation. The check reads the source file itself, independently of the extractor: the citation's
 * quote must stand at its lines, and those lines — or the statement they continue, walking up the lines of the same
 * paragraph chain — must open with "Căn cứ", "Thực hiện", "Triển khai" (or "Cụ thể hóa"), or sit under a "CĂN CỨ"
 * heading, or be the document's own title block (above its first "Căn cứ/Thực hiện" sentence); never a table row or
 * a footnote. An appendix's edge to its plan is its caption ("Kèm theo …").
 */
class LineageStatementsTest {
    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());
    static final Pattern LEAD = Pattern.compile("(?iu)^[\\s\\-–+•*#>]*(?:\\d+\\.\\s*|[a-zđ]\\)\\s*)?(?:căn cứ|thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?!\\p{L})");
    static final Pattern BASIS_HEADING = Pattern.compile("(?u)^[\\s*#]*(?:[IVX]+|\\d+)?[.)]?\\s*(?:\\*\\*)?\\s*CĂN CỨ");
    static final Pattern TABLE_OR_FOOTNOTE = Pattern.compile("(?u)^\\s*(?:\\||[¹²³⁴⁵⁶⁷⁸⁹]|\\[\\d+:)|\\t.*\\t");
    static final Pattern HEADING = Pattern.compile("(?u)^[\\s*#]*(?:\\*\\*)?\\s*(?:[IVX]+[.\\-]|Điều\\s+\\d)");

    static Model union;
    static Map<String, List<String>> files = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        Loader.Run run = new Loader().parse(List.of(RealDocuments.sources()));
        assertTrue(run.report().conforms(), run.report().toText());
        union = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        for (var d : run.documents())
            files.put(d.source().fileName(), Files.readAllLines(RealDocuments.sources().resolve(d.source().fileName()),
                    StandardCharsets.UTF_8).stream().map(l -> Normalizer.normalize(l, Normalizer.Form.NFC)).toList());
    }

    static List<QuerySolution> select(String q) {
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + q).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void everyDerivesFromEdgeIsABasisOrImplementationStatementOfTheCitingText() {
        var edges = select("SELECT DISTINCT ?a ?b { ?a nq:derivesFrom ?b }");
        assertFalse(edges.isEmpty());
        List<String> unstated = new ArrayList<>();
        int checked = 0;
        for (QuerySolution e : edges) {
            String a = e.getResource("a").getURI(), b = e.getResource("b").getURI();
            if (isPartOf(a, b)) { checked++; continue; }
            var citations = select("""
                    SELECT ?file ?start ?end ?q ?rel { ?c a nq:Citation ; nq:citingDocument <A> ; nq:citedDocument <B> ;
                        nq:relation ?rel ; nq:sourceFile/nq:fileName ?file ; nq:lineStart ?start ; nq:lineEnd ?end ; nq:verbatim ?q .
                      FILTER(?rel IN (eli:based_on, eli:applies, eli:amends)) }""".replace("<A>", "<" + a + ">").replace("<B>", "<" + b + ">"));
            boolean ok = !citations.isEmpty();
            for (QuerySolution c : citations) {
                List<String> lines = files.get(c.getLiteral("file").getString());
                int start = c.getLiteral("start").getInt(), end = c.getLiteral("end").getInt();
                String quote = c.getLiteral("q").getString();
                String printed = String.join(" ", lines.subList(start - 1, end)).replaceAll("[\\s*#\\\\]+", " ");
                String firstWords = quote.replaceAll("[\\s*#\\\\]+", " ").strip();
                firstWords = firstWords.substring(0, Math.min(25, firstWords.length()));
                boolean atItsLines = printed.contains(firstWords);
                boolean stated = atItsLines && statedAsBasis(lines, start, c.getLiteral("file").getString());
                if (!stated) { ok = false; unstated.add(a + " → " + b + " (" + c.getResource("rel").getLocalName() + "): line "
                        + start + " of " + c.getLiteral("file").getString() + ": " + quote); }
            }
            if (citations.isEmpty()) unstated.add(a + " → " + b + ": no citation states it");
            if (ok) checked++;
        }
        assertEquals(List.of(), unstated);
        assertEquals(edges.size(), checked);
    }

    private static boolean isPartOf(String a, String b) {
        return !select("SELECT ?x { <" + a + "> eli:is_part_of <" + b + "> }").isEmpty();
    }

    /** The statement at {@code start} (1-based) opens with a basis or implementation word, is under a "CĂN CỨ"
     * heading, or is the title block; walking up continues only through lines of the same statement. */
    private static boolean statedAsBasis(List<String> lines, int start, String file) {
        for (int i = start - 1; i >= 0 && i >= start - 30; i--) {
            String line = lines.get(i).strip();
            if (i == start - 1 && TABLE_OR_FOOTNOTE.matcher(lines.get(i)).find()) return false;
            if (line.isEmpty()) continue;
            if (LEAD.matcher(line).find() || BASIS_HEADING.matcher(line).find()) return true;
            if (HEADING.matcher(line).find() || TABLE_OR_FOOTNOTE.matcher(lines.get(i)).find()) return false;
            if (isKindHeading(line)) return true;   // the title block under the kind heading
        }
        return false;
    }

    /** A kind heading in capitals, also with a word run into it ("KẾ HOẠCHDỰ THẢO": a draft stamp), or after an
     * appendix's number in any case ("Phụ lục 1: DANH MỤC NHIỆM VỤ THỰC HIỆN …": the appendix's own title). */
    private static boolean isKindHeading(String line) {
        String l = line.replaceAll("[*#]", "").strip().replaceFirst("(?iu)^phụ lục\\s+[\\dIVX]+\\s*[:.\\-–]\\s*", "");
        return l.matches("(?u)(?:KẾ HOẠCH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|PHỤ LỤC|DANH MỤC)(?:\\s.*|\\p{Lu}.*)?") && l.equals(l.toUpperCase());
    }

    @Test
    void noDocumentCitesItself() {
        assertEquals(List.of(), select("SELECT ?c { ?c nq:citingDocument ?d ; nq:citedDocument ?d }"));
        assertEquals(List.of(), select("SELECT ?d ?p { ?d ?p ?d FILTER(?p IN (eli:cites, eli:based_on, eli:applies, nq:derivesFrom, dcterms:replaces)) }"));
    }
}
