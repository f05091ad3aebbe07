package vn.nq57.service.search;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.sparql.util.Symbol;
import vn.nq57.ontology.NQ;
import vn.nq57.search.index.EntityType;
import vn.nq57.search.index.SearchHit;
import vn.nq57.search.index.SearchInputException;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.search.index.SearchRequest;
import vn.nq57.search.index.SearchResults;
import vn.nq57.service.sparql.QueryArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
            throw new QueryArgumentException("nq:search: the subject is ?entity or (?entity ?score ?snippet)",
                    "nq:search: chủ ngữ phải là ?entity hoặc (?entity ?score ?snippet)");
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 3))
            throw new QueryArgumentException("nq:search: the object is \"text\" or (\"text\" limit \"Type\")",
                    "nq:search: tân ngữ phải là \"từ khoá\" hoặc (\"từ khoá\" giới_hạn \"Kiểu\")");
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext context) {
        List<Node> in = object.isList() ? object.getArgList() : List.of(object.getArg());
        Node text = value(in.get(0), binding);
        if (!text.isLiteral())
            throw new QueryArgumentException("nq:search: the query text must be a string, not " + text,
                    "nq:search: từ khoá tìm kiếm phải là một chuỗi, không phải " + text);
        SearchRequest request = SearchRequest.of(text.getLiteralLexicalForm()).withSize(DEFAULT_LIMIT).withFacets(false);
        if (in.size() > 1) {
            Node limit = value(in.get(1), binding);
            int n = limit.isLiteral() ? NodeFactoryExtra.nodeToInt(limit) : Integer.MIN_VALUE;
            if (n < 1 || n > MAX_LIMIT)
                throw new QueryArgumentException("nq:search: the limit must be an integer from 1 to " + MAX_LIMIT + ", not " + limit,
                        "nq:search: giới hạn phải là số nguyên từ 1 đến " + MAX_LIMIT + ", không phải " + limit);
            request = request.withSize(n);
        }
        if (in.size() > 2) {
            Node type = value(in.get(2), binding);
            String name = type.isLiteral() ? type.getLiteralLexicalForm()
                    : type.isURI() ? type.getLocalName() : type.toString();
            request = request.withType(EntityType.parse(name).orElseThrow(() ->
                    new QueryArgumentException("nq:search: unknown type " + type + "; use Task, Indicator, Document or Unit",
                            "nq:search: không có kiểu " + type + "; hãy dùng Task, Indicator, Document hoặc Unit")));
        }
        List<Node> out = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>();
        for (SearchHit hit : hitsInGraph(request, context)) {
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
     * so its ranking is read page by page ({@link HitPages}, shared by every graph of one query execution) until the
     * graph has enough hits or {@link #MAX_SCAN} hits have been looked at.
     */
    private List<SearchHit> hitsInGraph(SearchRequest request, ExecutionContext context) {
        Graph graph = context.getActiveGraph();
        HitPages pages = pages(request, context);
        List<SearchHit> kept = new ArrayList<>();
        for (int i = 0; kept.size() < request.size(); i++) {
            SearchHit hit = pages.get(i);
            if (hit == null) break;
            if (graph.contains(NodeFactory.createURI(hit.id()), Node.ANY, Node.ANY)) kept.add(hit);
        }
        return kept;
    }

    /** The ranking of one request, fetched page by page on demand and kept for the rest of the query execution. */
    @SuppressWarnings("unchecked")
    private HitPages pages(SearchRequest request, ExecutionContext context) {
        Map<SearchRequest, HitPages> cache = (Map<SearchRequest, HitPages>) context.getContext().get(PAGES);
        if (cache == null) {
            cache = new ConcurrentHashMap<>();
            context.getContext().set(PAGES, cache);
        }
        return cache.computeIfAbsent(request.withSize(Math.max(request.size(), PAGE)), HitPages::new);
    }

    /** Where a query execution keeps the rankings it has read (its own context, so nothing outlives the query). */
    private static final Symbol PAGES = Symbol.create(NQ.NS + "searchPages");
    /** Hits read per page: a few searches cover a sparse graph; the union graph needs one. */
    private static final int PAGE = 50;
    /** The most hits looked at for one graph: the most a request may return. */
    private static final int MAX_SCAN = MAX_LIMIT;

    private final class HitPages {
        private final SearchRequest pageRequest;
        private final List<SearchHit> hits = new ArrayList<>();
        private boolean exhausted;
        private int nextPage = 1;

        HitPages(SearchRequest pageRequest) {
            this.pageRequest = pageRequest;
        }

        /** The {@code i}-th hit of the ranking, or {@code null} past its end. */
        synchronized SearchHit get(int i) {
            while (i >= hits.size() && !exhausted) {
                SearchResults page;
                try {
                    page = index.search(pageRequest.withPage(nextPage++));
                } catch (SearchInputException refused) {
                    // the query's fault (too many words), not the server's: a 400 about 'query'
                    throw new QueryArgumentException("nq:search cannot search this text: " + refused.getMessage(),
                            "nq:search không tìm được với từ khoá này: " + refused.messageVi());
                }
                hits.addAll(page.hits());
                exhausted = page.hits().size() < pageRequest.size() || hits.size() >= page.total() || hits.size() >= MAX_SCAN;
            }
            return i < hits.size() ? hits.get(i) : null;
        }
    }

    private static Node value(Node node, Binding binding) {
        if (!Var.isVar(node)) return node;
        Node bound = binding.get(Var.alloc(node));
        if (bound == null) throw new QueryArgumentException("nq:search: " + node + " must be bound to a value",
                "nq:search: " + node + " phải có giá trị");
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
