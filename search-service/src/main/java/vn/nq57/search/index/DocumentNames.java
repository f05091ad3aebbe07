package vn.nq57.search.index;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.ontology.Ontology;

import java.util.Locale;

/**
 * How a document without a number (a draft) is named where no page can name it — a download's document column, a
 * sheet describing a download — the way the pages name it ({@code documentName} in {@code format.js}): its kind and
 * issuer, then "(chưa có số)", e.g. "Kế hoạch, UBND xã Tân Lợi (chưa có số)"; never its IRI.
 */
public final class DocumentNames {
    private static final Model ONTOLOGY = Ontology.ontology();
    /** What the pages call a document whose kind no text states. */
    static final String DOCUMENT = "Văn bản";
    static final String NO_NUMBER = "(chưa có số)";

    private DocumentNames() {}

    /**
     * The name of a document without a number.
     *
     * @param kindClass the IRI of its kind's class ({@link DocumentRef#kindClass()}), or null
     * @param issuer    its issuer as written, or null
     */
    public static String unnumbered(String kindClass, String issuer) {
        return unnumberedOfKind(kindVi(kindClass), issuer);
    }

    /** As {@link #unnumbered}, given the kind's Vietnamese label ("kế hoạch") instead of its class; null for none. */
    public static String unnumberedOfKind(String kind, String issuer) {
        String name = kind == null || kind.isBlank() ? DOCUMENT : kind.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + kind.substring(1);
        return (issuer == null || issuer.isBlank() ? name : name + ", " + issuer) + " " + NO_NUMBER;
    }

    /** The Vietnamese label of a kind's class ("kế hoạch"), or null when the ontology gives none. */
    static String kindVi(String kindClass) {
        if (kindClass == null) return null;
        for (RDFNode o : ONTOLOGY.listObjectsOfProperty(ONTOLOGY.createResource(kindClass), RDFS.label).toList()) {
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                if (l.getLanguage().equals("vi") && !l.getLexicalForm().isBlank()) return l.getLexicalForm();
            }
        }
        return null;
    }
}
