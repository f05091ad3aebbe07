package vn.nq57.service.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import vn.nq57.ontology.Vocab;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs read-only SPARQL queries over the store and writes their results with Jena's writers. Knows nothing of
 * HTTP, so the search and lineage work can run queries through it too.
 * <p>
 * What it guarantees, whatever the query (see docs/SECURITY.md):
 * <ul>
 *   <li>No outbound call: {@code SERVICE} is refused unless its endpoint is on the allow-list ({@link QueryGuard}),
 *       Jena's own switch for remote calls ({@code ARQ.httpServiceAllowed}) is off otherwise, and FROM / FROM NAMED /
 *       {@code default-graph-uri} only select graphs of the store (TDB2 never fetches them).</li>
 *   <li>The timeout holds inside expensive functions: REGEX, REPLACE and CONCAT are replaced by bounded versions
 *       ({@link BoundedFunctions}) that stop when the query is cancelled, so no thread outlives its request.</li>
 *   <li>Results are capped: SELECT at {@code maxRows} rows, CONSTRUCT and DESCRIBE at {@code maxTriples} triples or
 *       quads. They are collected before the first byte is written, so a timeout is an error response and a cut is
 *       announced to {@link ResultOutput} before streaming starts.</li>
 * </ul>
 * Every query runs in a read transaction with a Jena timeout, which cancels the query's iterators.
 */
public class SparqlService {

    private final Dataset dataset;
    private final Duration maxTimeout;
    private final long maxRows;
    private final long maxTriples;
    private final QueryGuard guard;

    /** A service with no SERVICE allowed and CONSTRUCT capped at 10 times {@code maxRows} triples. */
    public SparqlService(Dataset dataset, Duration maxTimeout, long maxRows) {
        this(dataset, maxTimeout, maxRows, maxRows * 10, Set.of());
    }

    /**
     * @param maxTimeout      the longest a query may run
     * @param maxRows         the most rows a SELECT returns
     * @param maxTriples      the most triples (or quads) a CONSTRUCT or DESCRIBE returns
     * @param allowedServices endpoint IRIs a query may call with SERVICE; empty refuses every SERVICE
     */
    public SparqlService(Dataset dataset, Duration maxTimeout, long maxRows, long maxTriples, Set<String> allowedServices) {
        if (maxTimeout.isNegative() || maxTimeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRows < 1) throw new IllegalArgumentException("max rows must be positive");
        if (maxTriples < 1) throw new IllegalArgumentException("max triples must be positive");
        this.dataset = dataset;
        this.maxTimeout = maxTimeout;
        this.maxRows = maxRows;
        this.maxTriples = maxTriples;
        this.guard = new QueryGuard(allowedServices);
        // Defence in depth: Jena itself refuses SERVICE when no endpoint is allowed.
        dataset.getContext().set(ARQ.httpServiceAllowed, !allowedServices.isEmpty());
    }

    public Duration maxTimeout() {
        return maxTimeout;
    }

    public long maxRows() {
        return maxRows;
    }

    public long maxTriples() {
        return maxTriples;
    }

    /** The timeout a query gets: what was asked for, capped at the service's maximum; {@code null} asks for the maximum. */
    public Duration effectiveTimeout(Duration requested) {
        if (requested == null || requested.compareTo(maxTimeout) > 0) return maxTimeout;
        return requested;
    }

    /** Parses a query with no protocol dataset: FROM / FROM NAMED in the text, else the union of the named graphs. */
    public PreparedQuery prepare(String queryText) {
        return prepare(queryText, List.of(), List.of());
    }

    /**
     * Parses a query and gets it ready to run.
     *
     * @param defaultGraphUris the protocol's {@code default-graph-uri}s; with {@code namedGraphUris} they replace
     *                         the query's own FROM / FROM NAMED, as the SPARQL 1.1 Protocol requires. They name graphs
     *                         of the store; an IRI that is not one selects an empty graph (nothing is fetched)
     * @throws SparqlSyntaxException     the text is not a query (with the parser's line and column)
     * @throws UpdateRefusedException    the text is a SPARQL Update
     * @throws TooDeeplyNestedException  the text nests brackets deeper than the engine evaluates
     * @throws ServiceRefusedException   the query calls a SERVICE that is not on the allow-list
     * @throws IllegalArgumentException a graph IRI is not an absolute IRI
     */
    public PreparedQuery prepare(String queryText, List<String> defaultGraphUris, List<String> namedGraphUris) {
        QueryGuard.checkNesting(queryText);
        Query query = parse(queryText);
        guard.check(query);
        if (!defaultGraphUris.isEmpty() || !namedGraphUris.isEmpty()) {
            query = query.cloneQuery();
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            for (String iri : defaultGraphUris) query.addGraphURI(checkedIri(iri, "default-graph-uri"));
            for (String iri : namedGraphUris) query.addNamedGraphURI(checkedIri(iri, "named-graph-uri"));
        }
        ResultKind kind = ResultKind.of(query);
        long rowCap = -1;
        if (kind == ResultKind.ROWS && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query = query.cloneQuery();
            query.setLimit(maxRows + 1); // one more than is written: tells whether the cap cut the results
            rowCap = maxRows;
        }
        return new PreparedQuery(query, kind, rowCap);
    }

    /**
     * Runs a prepared query and writes its results in {@code format}.
     *
     * @param timeout how long the query may run; capped at {@link #maxTimeout()}
     * @return how many results were written: rows, triples or quads; 1 for ASK
     * @throws QueryTimeoutException the query was cancelled when its time ran out
     * @throws QueryEvaluationException the engine refused to evaluate the query (e.g. a bad nq:search argument)
     * @throws IllegalArgumentException {@code format} does not fit the query's {@link ResultKind}
     */
    public long execute(PreparedQuery prepared, ResultFormat format, Duration timeout, ResultOutput output) {
        if (!prepared.kind().formats().contains(format))
            throw new IllegalArgumentException(format + " cannot hold the result of a " + prepared.kind() + " query");
        Duration effective = effectiveTimeout(timeout);
        Query query = prepared.query();
        QueryDeadline.start(effective.toNanos());
        try {
            return Txn.calculateRead(dataset, () -> {
                // SPARQL makes the FROM graphs the default graph; with the union default graph on, TDB2 would keep
                // the whole union and ignore FROM, so the union is switched off for queries that name a dataset.
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                        .set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                        .set(ARQConstants.sysOptimizerFactory, BoundedFunctions.OPTIMIZER)
                        .timeout(effective.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return switch (prepared.kind()) {
                        case ROWS -> writeRows(execution.execSelect(), prepared, format, output);
                        case BOOLEAN -> writeBoolean(execution.execAsk(), format, output);
                        case TRIPLES -> writeTriples(query.isDescribeType()
                                ? execution.execDescribeTriples() : execution.execConstructTriples(), prefixes(query), format, output);
                        case QUADS -> writeQuads(execution.execConstructQuads(), prefixes(query), format, output);
                    };
                } catch (QueryCancelledException e) {
                    throw new QueryTimeoutException(effective, e);
                } catch (QueryExecException | QueryBuildException e) {
                    throw new QueryEvaluationException(e.getMessage(),
                            e instanceof QueryArgumentException ours ? ours.vietnamese() : null, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            QueryDeadline.clear();
        }
    }

    private static Query parse(String queryText) {
        try {
            // ARQ syntax: SPARQL 1.1 plus GRAPH in CONSTRUCT templates and the property functions search adds.
            return QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException queryError) {
            if (isUpdate(queryText))
                throw new UpdateRefusedException("The text is a SPARQL Update; this endpoint is read-only and runs queries only");
            int line = queryError.getLine(), column = queryError.getColumn();
            if (line <= 0) {
                // Lexical errors carry their position only in the message ("Lexical error at line 1, column 6").
                java.util.regex.Matcher at = POSITION.matcher(String.valueOf(queryError.getMessage()));
                if (at.find()) {
                    line = Integer.parseInt(at.group(1));
                    column = Integer.parseInt(at.group(2));
                }
            }
            throw new SparqlSyntaxException(queryError.getMessage(), line, column, near(queryText, line, column), queryError);
        }
    }

    /**
     * The query's text from {@code line} and {@code column} (1-based, as the parser counts) to the end of that line,
     * at most 30 characters: where the parser stopped, in the client's own words. Empty at the end of a line or of the
     * query, or when the position is unknown.
     */
    static String near(String query, int line, int column) {
        if (line <= 0 || column <= 0) return "";
        String[] lines = query.split("\r\n|\n|\r", -1);
        if (line > lines.length) return "";
        String rest = lines[line - 1].substring(Math.min(column - 1, lines[line - 1].length())).strip();
        return rest.length() <= 30 ? rest : rest.substring(0, 30) + "…";
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, Syntax.syntaxARQ);
            return true;
        } catch (QueryParseException notAnUpdateEither) {
            return false;
        }
    }

    private static String checkedIri(String iri, String parameter) {
        try {
            if (IRIx.create(iri).isAbsolute()) return iri;
        } catch (IRIException bad) {
            throw new BadGraphIriException(parameter, parameter + " '" + iri + "' is not a valid IRI: " + bad.getMessage(),
                    "Tham số '" + parameter + "' là '" + iri + "', không phải một IRI hợp lệ.");
        }
        throw new BadGraphIriException(parameter, parameter + " '" + iri + "' is not an absolute IRI",
                "Tham số '" + parameter + "' là '" + iri + "', không phải IRI đầy đủ (tuyệt đối) của một đồ thị.");
    }

    /** The query's own prefixes, then the project's usual ones, for readable Turtle and TriG. */
    private static Map<String, String> prefixes(Query query) {
        Map<String, String> prefixes = new LinkedHashMap<>(query.getPrefixMapping().getNsPrefixMap());
        Vocab.PREFIXES.forEach(prefixes::putIfAbsent);
        return prefixes;
    }

    private static long writeRows(ResultSet results, PreparedQuery prepared, ResultFormat format, ResultOutput output)
            throws IOException {
        List<Var> vars = Var.varList(results.getResultVars());
        List<Binding> rows = new ArrayList<>();
        long keep = prepared.capped() ? prepared.rowCap() : Long.MAX_VALUE;
        boolean truncated = false;
        while (results.hasNext()) {
            Binding row = results.nextBinding();
            if (rows.size() >= keep) {
                truncated = true;
                break;
            }
            rows.add(row);
        }
        OutputStream out = output.open(format, truncated);
        ResultsWriter.create().lang(format.lang()).build().write(out, RowSetStream.create(vars, rows.iterator()));
        out.flush();
        return rows.size();
    }

    private static long writeBoolean(boolean answer, ResultFormat format, ResultOutput output) throws IOException {
        OutputStream out = output.open(format, false);
        ResultsWriter.create().lang(format.lang()).build().write(out, answer);
        out.flush();
        return 1;
    }

    /** Up to {@code cap} items, and whether there were more. */
    private record Collected<T>(List<T> items, boolean truncated) {
        static <T> Collected<T> of(Iterator<T> source, long cap) {
            List<T> items = new ArrayList<>();
            while (source.hasNext()) {
                T item = source.next();
                if (items.size() >= cap) return new Collected<>(items, true);
                items.add(item);
            }
            return new Collected<>(items, false);
        }
    }

    private long writeTriples(Iterator<Triple> triples, Map<String, String> prefixes,
                              ResultFormat format, ResultOutput output) throws IOException {
        Collected<Triple> collected = Collected.of(triples, maxTriples);
        OutputStream out = output.open(format, collected.truncated());
        if (StreamRDFWriter.registered(format.lang())) {
            StreamRDF stream = startStream(out, format, prefixes);
            collected.items().forEach(stream::triple);
            stream.finish();
        } else {
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(prefixes);
            collected.items().forEach(graph::add);
            RDFDataMgr.write(out, graph, format.lang());
        }
        out.flush();
        return collected.items().size();
    }

    private long writeQuads(Iterator<Quad> quads, Map<String, String> prefixes,
                            ResultFormat format, ResultOutput output) throws IOException {
        Collected<Quad> collected = Collected.of(quads, maxTriples);
        OutputStream out = output.open(format, collected.truncated());
        if (StreamRDFWriter.registered(format.lang())) {
            StreamRDF stream = startStream(out, format, prefixes);
            collected.items().forEach(stream::quad);
            stream.finish();
        } else {
            DatasetGraph quadsRead = DatasetGraphFactory.create();
            quadsRead.prefixes().putAll(prefixes);
            collected.items().forEach(quadsRead::add);
            RDFDataMgr.write(out, quadsRead, format.lang());
        }
        out.flush();
        return collected.items().size();
    }

    private static StreamRDF startStream(OutputStream out, ResultFormat format, Map<String, String> prefixes) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.lang());
        stream.start();
        prefixes.forEach(stream::prefix);
        return stream;
    }
}
