package vn.nq57.loader.reference;

/**
 * How a document refers to another: ELI's terms for basis, implementation, amendment and citation; DCMI's
 * {@code dcterms:replaces} for replacement ("thay", "thay thế"), which ELI does not name (see docs/ontology.md).
 */
public enum Relation {
    /** "Căn cứ …": the legal basis. */
    BASED_ON(Relation.ELI + "based_on", "based_on"),
    /** "Thực hiện …", "triển khai thực hiện …": the document implements the other. */
    APPLIES(Relation.ELI + "applies", "applies"),
    /** "sửa đổi, bổ sung …", "cập nhật …": the document amends the other, and so continues its lineage. */
    AMENDS(Relation.ELI + "amends", "amends"),
    /** "… thay thế …", "Kế hoạch này thay …": the document takes the other's place; never lineage. */
    REPLACES(Relation.DCTERMS + "replaces", "replaces"),
    /** Any other mention. */
    CITES(Relation.ELI + "cites", "cites");

    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    private final String iri;
    private final String localName;

    Relation(String iri, String localName) {
        this.iri = iri;
        this.localName = localName;
    }

    /** The property IRI, e.g. http://data.europa.eu/eli/ontology#based_on. */
    public String iri() { return iri; }

    /** The short name used in exports and tests: based_on, applies, amends, replaces, cites. */
    public String localName() { return localName; }
}
