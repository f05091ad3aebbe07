package vn.nq57.service.sparql;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code GROUP_CONCAT} (SPARQL 1.1 §18.5.1.7) with its result bounded by {@link BoundedStrings#MAX_LENGTH}:
 * concatenating a cross product would otherwise grow one string until the heap is gone, faster than the timeout. Past
 * the bound the group's value is an evaluation error, which the endpoint reports as a 400 naming the limit. Put in
 * place of Jena's {@link AggGroupConcat} by {@link BoundedFunctions}.
 */
final class BoundedGroupConcat extends AggGroupConcat {

    BoundedGroupConcat(Expr expr, String separator) {
        super(expr, separator);
    }

    @Override
    public Accumulator createAccumulator() {
        Accumulator concatenation = super.createAccumulator();
        Expr expr = getExprList().get(0);
        int separator = getSeparator() == null ? 1 : getSeparator().length();
        return new Accumulator() {
            private long length;

            @Override
            public void accumulate(Binding binding, FunctionEnv env) {
                if (length > BoundedStrings.MAX_LENGTH) return;
                try {
                    NodeValue value = expr.eval(binding, env);
                    if (value.isLiteral()) length += value.asNode().getLiteralLexicalForm().length() + separator;
                } catch (ExprEvalException skipped) {
                    // GROUP_CONCAT skips values that fail; so does the count
                }
                if (length <= BoundedStrings.MAX_LENGTH) concatenation.accumulate(binding, env);
            }

            @Override
            public NodeValue getValue() {
                BoundedStrings.checkLength(length, "GROUP_CONCAT");
                return concatenation.getValue();
            }
        };
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(exprs.get(0), getSeparator());
    }
}
