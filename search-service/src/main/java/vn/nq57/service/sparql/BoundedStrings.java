package vn.nq57.service.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/** Shared checks of the bounded string functions: what counts as a string argument, and how long a result may grow. */
final class BoundedStrings {
    /**
     * The longest string (in UTF-16 units) CONCAT or REPLACE may build: far above any literal of the store (a task's
     * text is a few hundred characters) and far below what would exhaust memory when a query doubles a string in a
     * chain of BINDs. Longer results are an evaluation error, as for any bad argument: the row's value is unbound.
     */
    static final int MAX_LENGTH = 1 << 20;

    private BoundedStrings() {}

    /** The lexical form of a string literal (plain, xsd:string or language-tagged), else an evaluation error. */
    static String lexicalForm(NodeValue value, String function) {
        Node node = value.asNode();
        if (value.isString() || value.isLangString()) return node.getLiteralLexicalForm();
        throw new ExprEvalException(function + ": not a string literal: " + value);
    }

    static void checkLength(long length, String function) {
        if (length > MAX_LENGTH)
            throw new ExprEvalException(function + ": the result would be " + length + " characters long, over the limit of " + MAX_LENGTH);
    }
}
