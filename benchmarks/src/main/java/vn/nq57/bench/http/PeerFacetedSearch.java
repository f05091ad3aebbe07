package vn.nq57.bench.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The peer given the same work as our faceted {@code /api/search}, in one SPARQL request: the page of 20 hits with
 * their names and snippets (jena-text's {@code highlight:} option, which needs {@code text:storeValues true}), the
 * total number of hits, and the counts of the nine facets our search returns ({@code type, level, province, issuer,
 * document, unit, deadlineYear, deadlineQuarter, completed}; see {@code IndexFields.FACETS}), each the top 20 values
 * by {@code GROUP BY}, all over every hit of the query with its filters applied, as ours counts them.
 *
 * <p>The total and the facets read the same {@code text:query} call, which jena-text runs once per request when the
 * index has {@code text:cacheQueries true} (the peer's configuration here). Its limit is {@link #ALL}: Lucene caps it
 * at the index size, so every hit is counted. An unfiltered page asks the index for its top 20 with highlights; a
 * filtered one ranks the filtered hits and highlights only the 20 it keeps (a text query with the subject bound).
 */
final class PeerFacetedSearch {
    /** A limit above any index size: jena-text passes it to Lucene, which caps it at the number of documents. */
    static final int ALL = 10_000_000;
    static final int PAGE = 20;
    static final int FACET_VALUES = 20;

    private static final String HIGHLIGHT = "highlight:s:<mark> | e:</mark>";

    /** Each facet dimension and the graph pattern binding {@code ?value} for a hit {@code ?s}. */
    private static final Map<String, String> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("type", "?s a ?value .");
        FACETS.put("level", "?s nq:inDocument? ?d . ?d nq:level ?value .");
        FACETS.put("province", "?s nq:inDocument? ?d . ?d eli:is_part_of*/nq:area/nq:parentArea* ?a . "
                + "?a nq:level nq:province ; rdfs:label ?value .");
        FACETS.put("issuer", "?s nq:inDocument? ?d . ?d nq:issuerName ?value .");
        FACETS.put("document", "?s nq:inDocument ?value .");
        FACETS.put("unit", "?s nq:leadUnit ?value .");
        FACETS.put("deadlineYear", "?s nq:deadline/nq:end ?end . BIND(STR(YEAR(?end)) AS ?value)");
        FACETS.put("deadlineQuarter", "?s nq:deadline/nq:end ?end . "
                + "BIND(CONCAT(STR(YEAR(?end)), \"-Q\", IF(MONTH(?end) <= 3, \"1\", IF(MONTH(?end) <= 6, \"2\", "
                + "IF(MONTH(?end) <= 9, \"3\", \"4\")))) AS ?value)");
        FACETS.put("completed", "?s nq:completed ?value .");
    }

    private PeerFacetedSearch() {}

    /** The SPARQL (without prefixes: see {@link Endpoints#PREFIXES}) of one faceted search. */
    static String sparql(SearchQuery q) {
        String text = Endpoints.luceneString(q.text());
        String filters = q.filters().entrySet().stream().map(Endpoints::peerFilter).collect(Collectors.joining("\n    "));
        String hits = "(?s ?score) text:query (nq:name \"%s\" %d) .\n    %s".formatted(text, ALL, filters);
        StringBuilder b = new StringBuilder("SELECT ?part ?s ?score ?name ?snippet ?value ?n WHERE {\n");
        if (q.filters().isEmpty()) {
            b.append("""
                      { SELECT ?s ?score ?snippet WHERE {
                          (?s ?score ?snippet) text:query (nq:name "%s" %d "%s") .
                        } ORDER BY DESC(?score) LIMIT %d }
                      ?s nq:name ?name . BIND("hit" AS ?part)
                    """.formatted(text, PAGE, HIGHLIGHT, PAGE));
        } else {
            b.append("""
                      { SELECT ?s ?score WHERE {
                          %s
                        } ORDER BY DESC(?score) LIMIT %d }
                      (?s ?hl ?snippet) text:query (nq:name "%s" 1 "%s") .
                      ?s nq:name ?name . BIND("hit" AS ?part)
                    """.formatted(hits, PAGE, text, HIGHLIGHT));
        }
        b.append("""
                  } UNION {
                    { SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
                        %s
                    } }
                    BIND("total" AS ?part)
                """.formatted(hits));
        FACETS.forEach((dim, pattern) -> b.append("""
                  } UNION {
                    { SELECT ?value (COUNT(DISTINCT ?s) AS ?n) WHERE {
                        %s
                        %s
                      } GROUP BY ?value ORDER BY DESC(?n) LIMIT %d }
                    BIND("%s" AS ?part)
                """.formatted(hits, pattern, FACET_VALUES, dim)));
        b.insert(b.indexOf("\n") + 1, "  {\n");
        return b.append("  }\n}").toString();
    }
}
