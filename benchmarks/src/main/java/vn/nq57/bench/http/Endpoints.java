package vn.nq57.bench.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The requests each side answers: our REST API and SPARQL endpoint, and the peer's text:query SPARQL. */
final class Endpoints {
    static final String PREFIXES = """
            PREFIX nq:   <https://w3id.org/nq57/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            """;

    /** What makes our search answer a ranked list only (no facet counts): the lean mode of /api/search. */
    static final String RANKED_ONLY = "&facets=false";

    private Endpoints() {}

    /** {@code facets}: whether the answer counts facets over all matches, as the search page asks. */
    static HttpRequest ourSearch(URI base, SearchQuery q, boolean facets) {
        StringBuilder url = new StringBuilder("/api/search?size=20").append(facets ? "" : RANKED_ONLY)
                .append("&q=").append(enc(q.text()));
        q.filters().forEach((k, v) -> url.append('&').append(k).append('=').append(enc(v)));
        return get(base.resolve(url.toString()), "application/json");
    }

    static HttpRequest ourLineageDown(URI base, String documentIri) {
        return get(base.resolve("/api/lineage/down?level=commune&size=20&id=" + enc(documentIri)), "application/json");
    }

    static HttpRequest ourLineageUp(URI base, String entityIri) {
        return get(base.resolve("/api/lineage/up?id=" + enc(entityIri)), "application/json");
    }

    /** A SPARQL SELECT by GET, as both our /sparql and Fuseki's /ds/sparql accept it. */
    static HttpRequest sparql(URI endpoint, String query) {
        return get(URI.create(endpoint + "?query=" + enc(PREFIXES + query)), "application/sparql-results+json");
    }

    /**
     * The peer's form of a search: jena-text's {@code text:query} over the names, the facet filters as triple
     * patterns, names fetched for the page like a result list needs. A filtered query asks the index for more hits
     * first, since the filter then drops some.
     */
    static String peerSearch(SearchQuery q) {
        String lucene = luceneString(q.text());
        int hits = q.filters().isEmpty() ? 20 : 1000;
        String filters = q.filters().entrySet().stream().map(Endpoints::peerFilter).collect(Collectors.joining("\n  "));
        return """
                SELECT ?s ?score ?name WHERE {
                  (?s ?score) text:query (nq:name "%s" %d) .
                  ?s nq:name ?name .
                  %s
                } ORDER BY DESC(?score) LIMIT 20""".formatted(lucene, hits, filters);
    }

    /** A query as a SPARQL string literal holding it for Lucene's query parser (backslashes and quotes escaped). */
    static String luceneString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A facet filter of ours as the triple patterns that keep the same hits {@code ?s} on the peer. */
    static String peerFilter(Map.Entry<String, String> f) {
        return switch (f.getKey()) {
            case "type" -> "?s a nq:" + f.getValue() + " .";
            case "level" -> "?s nq:inDocument ?fd . ?fd nq:level nq:" + f.getValue() + " .";
            case "province" -> "?s nq:inDocument ?pd . ?pd nq:area ?pa . FILTER(STRSTARTS(STR(?pa), \"https://w3id.org/nq57/id/area/"
                    + vn.nq57.ontology.Iris.slug(f.getValue()) + "\"))";
            default -> throw new IllegalArgumentException("no peer form for filter " + f.getKey());
        };
    }

    /** "Commune tasks under a provincial plan": every task in a document that derives from it. */
    static String tasksUnder(String documentIri) {
        return """
                SELECT ?task ?doc WHERE {
                  ?doc nq:derivesFrom+ <%s> ; nq:level nq:commune .
                  ?task nq:inDocument ?doc ; a nq:Task .
                } LIMIT 20""".formatted(documentIri);
    }

    /** "Every path to 57-NQ/TW": the derivation edges lying on some path from the task's document to it. */
    static String pathsTo(String taskIri, String topIri) {
        return """
                SELECT DISTINCT ?from ?to WHERE {
                  <%s> nq:inDocument ?doc .
                  ?doc nq:derivesFrom* ?from .
                  ?from nq:derivesFrom ?to .
                  ?to nq:derivesFrom* <%s> .
                }""".formatted(taskIri, topIri);
    }

    private static HttpRequest get(URI uri, String accept) {
        return HttpRequest.newBuilder(uri).header("Accept", accept).GET().build();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
