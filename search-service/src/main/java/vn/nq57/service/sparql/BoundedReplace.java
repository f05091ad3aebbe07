package vn.nq57.service.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPARQL's {@code REPLACE(text, pattern, replacement [, flags])} (SPARQL 1.1 §17.4.3.15) over a
 * {@link CheckedCharSequence}, so a catastrophic pattern stops with its query, and with its result bounded by
 * {@link BoundedStrings#MAX_LENGTH}, so nested REPLACEs cannot grow a string without end. The result keeps the
 * text's language tag or datatype, as the specification requires. Put in place of {@link E_StrReplace} by
 * {@link BoundedFunctions}.
 */
final class BoundedReplace extends E_StrReplace {

    BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        NodeValue textValue = getArg(1).eval(binding, env);
        String text = BoundedStrings.lexicalForm(textValue, "REPLACE");
        NodeValue pattern = getArg(2).eval(binding, env);
        NodeValue replacement = getArg(3).eval(binding, env);
        NodeValue flags = numArgs() > 3 ? getArg(4).eval(binding, env) : null;
        if (!pattern.isString() || !replacement.isString() || (flags != null && !flags.isString()))
            throw new ExprEvalException("REPLACE: pattern, replacement and flags must be strings");
        Pattern compiled = RegexEngine.makePattern("REPLACE", pattern.getString(), flags == null ? null : flags.getString());
        Matcher matcher = compiled.matcher(new CheckedCharSequence(text, QueryDeadline.of(env)));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (matcher.end() == matcher.start())
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");  // an error in XPath fn:replace
            matcher.appendReplacement(out, replacement.getString());
            BoundedStrings.checkLength(out.length(), "REPLACE");
        }
        matcher.appendTail(out);
        BoundedStrings.checkLength(out.length(), "REPLACE");
        Node node = textValue.asNode();
        if (textValue.isLangString()) return NodeValue.makeNode(NodeFactory.createLiteralLang(out.toString(), node.getLiteralLanguage()));
        return NodeValue.makeNode(NodeFactory.createLiteralDT(out.toString(), node.getLiteralDatatype()));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
