package vn.nq57.loader.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A SHACL result carries its shape's message in both languages the shapes write ({@code sh:message @vi} and
 * {@code @en}), so that the upload page can say a warning in the reader's language, not only in the one Jena picked.
 */
class ShapeMessagesTest {

    @Test
    void aDocumentWithoutIssuerIsAWarningSaidInVietnameseAndInEnglish() {
        Model m = ModelFactory.createDefaultModel();
        Resource file = m.createResource(NQ.ID + "file/cut.txt");
        Resource doc = m.createResource(NQ.ID + "doc/cut/2026/1-kh")
                .addProperty(RDF.type, NQ.PolicyDocument)
                .addProperty(Vocab.eliNumber, "1/KH")
                .addProperty(NQ.sourceFile, file);
        List<ShapeViolation> results = new ShapeValidator().validate(m.getGraph());
        ShapeViolation issuer = results.stream()
                .filter(v -> v.focusNode().equals(doc.getURI()) && v.messageEn() != null
                        && v.messageEn().startsWith("A document has an issuer"))
                .findFirst().orElseThrow(() -> new AssertionError("no issuer warning in " + results));
        assertEquals("Warning", issuer.severity());
        assertEquals("Văn bản phải có cơ quan ban hành (eli:passed_by), trừ phụ lục của một văn bản đã có.",
                issuer.messageVi());
        for (ShapeViolation v : results) {
            assertNotNull(v.messageVi(), "every shape of ours says it in Vietnamese: " + v);
            assertNotNull(v.messageEn(), "and in English: " + v);
        }
    }
}
