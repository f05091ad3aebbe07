package vn.nq57.loader.reference;

/** How a document refers to another, as the ELI ontology names it. */
public enum Relation {
    /** "Căn cứ …": the legal basis. */
    BASED_ON("based_on"),
    /** "Thực hiện …", "triển khai thực hiện …": the document implements the other. */
    APPLIES("applies"),
    /** "sửa đổi, bổ sung …", "cập nhật …": the document amends the other, and so continues its lineage. */
    AMENDS("amends"),
    /** Any other mention. */
    CITES("cites");

    public static final String ELI = "http://data.europa.eu/eli/ontology#";

    private final String localName;

    Relation(String localName) { this.localName = localName; }

    /** The ELI property IRI, e.g. http://data.europa.eu/eli/ontology#based_on. */
    public String iri() { return ELI + localName; }

    public String localName() { return localName; }
}
