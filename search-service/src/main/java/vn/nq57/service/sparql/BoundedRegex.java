package vn.nq57.service.sparql;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

import java.util.regex.Pattern;

/**
 * SPARQL's {@code REGEX(text, pattern [, flags])} (SPARQL 1.1 §17.4.3.14, XPath flags), matched with
 * {@link java.util.regex} over a {@link CheckedCharSequence}: a catastrophic pattern stops when its query is
 * cancelled instead of holding a core for minutes. Put in place of Jena's {@link E_Regex} by {@link BoundedFunctions}.
 */
final class BoundedRegex extends E_Regex {
    /** The compiled pattern when pattern and flags are constants (the usual case), else {@code null}. */
    private final Pattern constant;

    BoundedRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        this.constant = pattern.isConstant() && (flags == null || flags.isConstant())
                ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        String text = BoundedStrings.lexicalForm(getArg(1).eval(binding, env), "REGEX");
        Pattern pattern = constant != null ? constant
                : compile(getArg(2).eval(binding, env), numArgs() > 2 ? getArg(3).eval(binding, env) : null);
        return NodeValue.booleanReturn(pattern.matcher(new CheckedCharSequence(text, QueryDeadline.of(env))).find());
    }

    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) throw new ExprEvalException("REGEX: the pattern is not a string: " + pattern);
        if (flags != null && !flags.isString()) throw new ExprEvalException("REGEX: the flags are not a string: " + flags);
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

}
