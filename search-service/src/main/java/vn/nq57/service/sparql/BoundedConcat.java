package vn.nq57.service.sparql;

import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

import java.util.List;

/**
 * SPARQL's {@code CONCAT} (SPARQL 1.1 §17.4.3.12) with its result bounded by {@link BoundedStrings#MAX_LENGTH}: a
 * query that doubles a string in a chain of BINDs gets an unbound value instead of taking the heap. Put in place of
 * {@link E_StrConcat} by {@link BoundedFunctions}.
 */
final class BoundedConcat extends E_StrConcat {

    BoundedConcat(ExprList args) {
        super(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue arg : args)
            if (arg.isLiteral()) length += arg.asNode().getLiteralLexicalForm().length();
        BoundedStrings.checkLength(length, "CONCAT");
        return super.eval(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs);
    }
}
