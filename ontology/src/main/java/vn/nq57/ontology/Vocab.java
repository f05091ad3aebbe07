package vn.nq57.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the established vocabularies the graph reuses, and the prefixes every module writes with. */
public final class Vocab {
    private Vocab() {}

    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static Property p(String ns, String local) { return ResourceFactory.createProperty(ns + local); }

    public static final Property eliNumber = p(ELI, "number");
    public static final Property eliDateDocument = p(ELI, "date_document");
    public static final Property eliPassedBy = p(ELI, "passed_by");
    public static final Property eliIsPartOf = p(ELI, "is_part_of");
    public static final Property eliBasedOn = p(ELI, "based_on");   // "Căn cứ"
    public static final Property eliApplies = p(ELI, "applies");    // "Thực hiện", "triển khai thực hiện"
    public static final Property eliCites = p(ELI, "cites");
    public static final Property dctermsTitle = p(DCTERMS, "title");
    public static final Property schemaValue = p(SCHEMA, "value");
    public static final Property schemaMinValue = p(SCHEMA, "minValue");
    public static final Property schemaMaxValue = p(SCHEMA, "maxValue");
    public static final Property schemaUnitText = p(SCHEMA, "unitText");
    public static final Property provWasDerivedFrom = p(PROV, "wasDerivedFrom");
    public static final Property orgPostIn = p(ORG, "postIn");

    /** Prefix map for Turtle/TriG output and for SPARQL queries. */
    public static final java.util.Map<String, String> PREFIXES = java.util.Map.ofEntries(
            java.util.Map.entry("nq", NQ.NS),
            java.util.Map.entry("id", NQ.ID),
            java.util.Map.entry("eli", ELI),
            java.util.Map.entry("org", ORG),
            java.util.Map.entry("prov", PROV),
            java.util.Map.entry("schema", SCHEMA),
            java.util.Map.entry("oa", OA),
            java.util.Map.entry("time", TIME),
            java.util.Map.entry("dcterms", DCTERMS),
            java.util.Map.entry("skos", SKOS),
            java.util.Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            java.util.Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            java.util.Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            java.util.Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));
}
