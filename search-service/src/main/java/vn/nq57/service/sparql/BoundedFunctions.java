package vn.nq57.service.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Puts the bounded versions of the expensive string functions in place of Jena's: {@link BoundedRegex} for REGEX,
 * {@link BoundedReplace} for REPLACE, {@link BoundedConcat} for CONCAT, {@link BoundedGroupConcat} for GROUP_CONCAT. Applied to the algebra of every query after
 * Jena's own optimisation, as the optimiser of the query's context ({@code ARQConstants.sysOptimizerFactory}), so
 * it reaches every expression: FILTER, BIND, SELECT expressions, ORDER BY, HAVING, and the patterns of EXISTS.
 */
final class BoundedFunctions extends ExprTransformCopy {
    private static final BoundedFunctions INSTANCE = new BoundedFunctions();

    /** Jena's standard optimiser followed by this rewrite; set in the context of each query. */
    static final RewriteFactory OPTIMIZER = context -> {
        var standard = Optimize.getFactory().create(context);
        return op -> rewrite(standard.rewrite(op));
    };

    private BoundedFunctions() {}

    static Op rewrite(Op op) {
        return Transformer.transform(new BoundedAggregators(), INSTANCE, op);
    }

    /**
     * Puts {@link BoundedGroupConcat} in the aggregators of each GROUP: Jena's transformer rewrites the expressions
     * inside a group's aggregators but copies the aggregators themselves, so {@link #transform(ExprAggregator)} is
     * never asked for them, and Jena's own GROUP_CONCAT ran unbounded.
     */
    private static final class BoundedAggregators extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator a : group.getAggregators()) {
                if (a.getAggregator().getClass() == AggGroupConcat.class) {
                    AggGroupConcat concat = (AggGroupConcat) a.getAggregator();
                    aggregators.add(new ExprAggregator(a.getVar(),
                            new BoundedGroupConcat(concat.getExprList().get(0), concat.getSeparator())));
                    changed = true;
                } else {
                    aggregators.add(a);
                }
            }
            return changed ? OpGroup.create(sub, group.getGroupVars(), aggregators) : super.transform(group, sub);
        }
    }

    @Override
    public Expr transform(ExprAggregator aggregate) {
        if (aggregate.getAggregator().getClass() == AggGroupConcat.class) {
            AggGroupConcat concat = (AggGroupConcat) aggregate.getAggregator();
            return new ExprAggregator(aggregate.getVar(), new BoundedGroupConcat(concat.getExprList().get(0), concat.getSeparator()));
        }
        return super.transform(aggregate);
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof BoundedRegex || func instanceof BoundedReplace || func instanceof BoundedConcat)
            return super.transform(func, args);
        if (func instanceof E_Regex)
            return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        if (func instanceof E_StrReplace)
            return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        if (func instanceof E_StrConcat)
            return new BoundedConcat(args);
        return super.transform(func, args);
    }
}
