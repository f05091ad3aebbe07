package vn.nq57.service.sparql;

import org.apache.jena.query.Query;

import java.util.List;

import static vn.nq57.service.sparql.ResultFormat.*;

/** What a query returns, which decides the formats it can be written in; the first format is the default. */
public enum ResultKind {
    /** SELECT: a table of bindings. */
    ROWS(List.of(JSON, XML, CSV, TSV)),
    /** ASK: one boolean. */
    BOOLEAN(List.of(JSON, XML, CSV, TSV)),
    /** CONSTRUCT or DESCRIBE: a graph, also writable as the default graph of a dataset. */
    TRIPLES(List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG, NQUADS)),
    /** CONSTRUCT with GRAPH templates (ARQ syntax): a dataset. */
    QUADS(List.of(TRIG, NQUADS));

    private final List<ResultFormat> formats;

    ResultKind(List<ResultFormat> formats) {
        this.formats = formats;
    }

    public List<ResultFormat> formats() {
        return formats;
    }

    public ResultFormat defaultFormat() {
        return formats.getFirst();
    }

    public static ResultKind of(Query query) {
        if (query.isSelectType()) return ROWS;
        if (query.isAskType()) return BOOLEAN;
        if (query.isConstructType() && query.isConstructQuad()) return QUADS;
        return TRIPLES;
    }
}
