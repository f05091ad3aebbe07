package vn.nq57.service.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

import java.util.Set;

/**
 * Checks a parsed query before it runs, for what this endpoint refuses whatever the data:
 * <ul>
 *   <li>{@code SERVICE} to an endpoint not on the allow-list ({@code nq57.sparql.service-allowed}, empty by default),
 *       {@code SERVICE SILENT} included, and {@code SERVICE ?var} always: a variable could name any address;</li>
 *   <li>nesting deeper than {@link #MAX_NESTING} brackets, which would overflow the parser's or the engine's stack.</li>
 * </ul>
 * The walk covers the whole algebra, sub-queries and the patterns of {@code EXISTS} / {@code NOT EXISTS} included.
 */
final class QueryGuard {
    /** Far above any real query (the example queries nest 5 deep) and far below what overflows a thread's stack. */
    static final int MAX_NESTING = 200;

    private final Set<String> allowedServices;

    QueryGuard(Set<String> allowedServices) {
        this.allowedServices = Set.copyOf(allowedServices);
    }

    /**
     * Refuses a query text nested deeper than {@link #MAX_NESTING} brackets ({@code ( { [}), before it is parsed.
     * Strings, IRIs and comments are skipped, so brackets inside them do not count.
     *
     * @throws TooDeeplyNestedException with the line where the limit is passed
     */
    static void checkNesting(String text) {
        int depth = 0, line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line++;
                case '#' -> { while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++; }
                case '"', '\'' -> {
                    boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    String close = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
                    int j = i + close.length();
                    while (j < text.length() && !text.startsWith(close, j)) {
                        if (text.charAt(j) == '\\') j++;
                        else if (text.charAt(j) == '\n') line++;
                        j++;
                    }
                    i = Math.min(text.length(), j + close.length()) - 1;
                }
                case '(', '{', '[' -> {
                    if (++depth > MAX_NESTING) throw new TooDeeplyNestedException(MAX_NESTING, line);
                }
                case ')', '}', ']' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
    }

    /** @throws ServiceRefusedException the query calls a SERVICE that is not allowed */
    void check(Query query) {
        Op op = Algebra.compile(query);
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                checkService(service.getService(), service.getSilent());
            }
        };
        ExprVisitorBase patternsInExpressions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                if (exists.getGraphPattern() != null) Walker.walk(exists.getGraphPattern(), services, this);
            }
        };
        Walker.walk(op, services, patternsInExpressions);
    }

    private void checkService(Node endpoint, boolean silent) {
        String named = endpoint.isURI() ? endpoint.getURI() : endpoint.toString();
        if (endpoint.isURI() && allowedServices.contains(endpoint.getURI())) return;
        String how = silent ? "SERVICE SILENT " : "SERVICE ";
        if (!endpoint.isURI())
            throw new ServiceRefusedException(named, how + named + ": this endpoint never calls an address "
                    + "chosen at run time; name an allowed endpoint IRI");
        throw new ServiceRefusedException(named, how + "<" + named + ">: this endpoint does not call other "
                + "servers" + (allowedServices.isEmpty() ? "" : " except " + allowedServices)
                + "; the operator can allow endpoints with nq57.sparql.service-allowed");
    }
}
