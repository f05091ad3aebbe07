package vn.nq57.service.sparql;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The serialisations the endpoint answers in. Media types come from Jena's language registry, so what is
 * negotiated is exactly what Jena's writers produce.
 */
public enum ResultFormat {
    JSON("json", ResultSetLang.RS_JSON),
    XML("xml", ResultSetLang.RS_XML),
    CSV("csv", ResultSetLang.RS_CSV),
    TSV("tsv", ResultSetLang.RS_TSV),
    TURTLE("ttl", Lang.TURTLE),
    JSONLD("jsonld", Lang.JSONLD),
    NTRIPLES("nt", Lang.NTRIPLES),
    RDFXML("rdfxml", Lang.RDFXML),
    TRIG("trig", Lang.TRIG),
    NQUADS("nq", Lang.NQUADS);

    private final String shortName;
    private final Lang lang;

    ResultFormat(String shortName, Lang lang) {
        this.shortName = shortName;
        this.lang = lang;
    }

    /** The value of the {@code format=} request parameter that selects this format. */
    public String shortName() {
        return shortName;
    }

    public Lang lang() {
        return lang;
    }

    /** The canonical media type, e.g. {@code application/sparql-results+json}. */
    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** The canonical media type first, then the aliases Jena also reads ({@code application/json}, {@code text/xml} ...). */
    public List<String> mediaTypes() {
        List<String> types = new ArrayList<>();
        types.add(mediaType());
        lang.getAltContentTypes().stream().filter(t -> !types.contains(t)).forEach(types::add);
        return types;
    }

    /** The format with this {@code format=} name (case-insensitive), or a media type Jena knows for it. */
    public static Optional<ResultFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.shortName.equals(wanted) || f.mediaTypes().contains(wanted))
                .findFirst();
    }
}
