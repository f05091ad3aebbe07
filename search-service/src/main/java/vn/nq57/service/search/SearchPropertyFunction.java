package vn.nq57.service.search;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import vn.nq57.ontology.NQ;
import vn.nq57.search.index.EntityType;
import vn.nq57.search.index.SearchHit;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.search.index.SearchRequest;
import vn.nq57.search.index.SearchResults;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code (?entity ?score ?snippet) nq:search ("chuyen doi so" 20 "Task")}: the search API inside SPARQL, on the same
 * index and analysis. The subject is one variable (the entity) or a list of up to three (entity, score, snippet); the
 * object is the query text, or a list of the text, an optional limit (default 20, at most 10,000) and an optional
 * entity type. The snippet marks matches with ↦ … ↤, as jena-text's highlighting does, since a literal is not HTML.
 * <p>
 * Hits are entities of the active graph only: inside {@code GRAPH ?g { … }} each hit comes with the graph that
 * describes it (not with every graph), inside {@code GRAPH <g>} and under FROM or the protocol's
 * {@code default-graph-uri} only entities of those graphs are returned; with the default union graph, every entity.
 * An entity is "of a graph" when the graph has a triple about it. The limit counts the hits returned, after that
 * filter. (jena-text's {@code text:query} does the same with a per-graph index, {@code text:graphField}.)
 */
final class SearchPropertyFunction extends PropertyFunctionBase {

    static final String IRI = NQ.NS + "search";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 10_000;

    private final SearchIndex index;

    SearchPropertyFunction(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 3))
            throw new QueryBuildException("nq:search: the subject is ?entity or (?entity ?score ?snippet)");
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 3))
            throw new QueryBuildException("nq:search: the object is \"text\" or (\"text\" limit \"Type\")");
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext context) {
        List<Node> in = object.isList() ? object.getArgList() : List.of(object.getArg());
        Node text = value(in.get(0), binding);
        if (!text.isLiteral())
            throw new QueryExecException("nq:search: the query text must be a string, not " + text);
        SearchRequest request = SearchRequest.of(text.getLiteralLexicalForm()).withSize(DEFAULT_LIMIT).withFacets(false);
        if (in.size() > 1) {
            Node limit = value(in.get(1), binding);
            int n = limit.isLiteral() ? NodeFactoryExtra.nodeToInt(limit) : Integer.MIN_VALUE;
            if (n < 1 || n > MAX_LIMIT)
                throw new QueryExecException("nq:search: the limit must be an integer from 1 to " + MAX_LIMIT + ", not " + limit);
            request = request.withSize(n);
        }
        if (in.size() > 2) {
            Node type = value(in.get(2), binding);
            String name = type.isLiteral() ? type.getLiteralLexicalForm()
                    : type.isURI() ? type.getLocalName() : type.toString();
            request = request.withType(EntityType.parse(name).orElseThrow(() ->
                    new QueryExecException("nq:search: unknown type " + type + "; use Task, Indicator, Document or Unit")));
        }
        List<Node> out = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>();
        for (SearchHit hit : hitsInGraph(request, context.getActiveGraph())) {
            BindingBuilder row = Binding.builder(binding);
            if (bind(row, binding, out.get(0), NodeFactory.createURI(hit.id()))
                    && (out.size() < 2 || bind(row, binding, out.get(1),
                        NodeFactory.createLiteralDT(Float.toString(hit.score()), XSDDatatype.XSDfloat)))
                    && (out.size() < 3 || bind(row, binding, out.get(2), NodeFactory.createLiteralString(plain(hit.snippet())))))
                rows.add(row.build());
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }

    /**
     * The request's hits that the active graph describes, up to the request's size. The index covers the whole store,
     * so it is asked for more (doubling, up to {@link #MAX_LIMIT}) while the graph keeps fewer than wanted and the
     * index has more to give.
     */
    private List<SearchHit> hitsInGraph(SearchRequest request, Graph graph) {
        int wanted = request.size();
        int asked = wanted;
        while (true) {
            SearchResults results = index.search(request.withSize(asked));
            List<SearchHit> kept = new ArrayList<>();
            for (SearchHit hit : results.hits()) {
                if (graph.contains(NodeFactory.createURI(hit.id()), Node.ANY, Node.ANY)) kept.add(hit);
                if (kept.size() == wanted) return kept;
            }
            if (results.hits().size() >= results.total() || asked >= MAX_LIMIT) return kept;
            asked = (int) Math.min(MAX_LIMIT, asked * 4L);
        }
    }

    private static Node value(Node node, Binding binding) {
        if (!Var.isVar(node)) return node;
        Node bound = binding.get(Var.alloc(node));
        if (bound == null) throw new QueryExecException("nq:search: " + node + " must be bound to a value");
        return bound;
    }

    /** Binds a variable, or checks that a constant (or an already bound variable) equals the value. */
    private static boolean bind(BindingBuilder row, Binding binding, Node target, Node value) {
        if (Var.isVar(target)) {
            Var v = Var.alloc(target);
            Node already = binding.get(v);
            if (already != null) return already.equals(value);
            row.add(v, value);
            return true;
        }
        return target.equals(value);
    }

    /** The HTML snippet as plain text, matches marked ↦ … ↤. */
    static String plain(String html) {
        return html.replace("<mark>", "↦").replace("</mark>", "↤")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

}
