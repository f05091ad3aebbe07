package vn.nq57.service.web;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Optional;

/** Content negotiation shared by every API: the offered media type an Accept header prefers, q-values honoured. */
public final class AcceptHeader {
    private AcceptHeader() {}

    /**
     * The offered media type the header ranks best, or empty when it admits none of them.
     *
     * @throws BadParameterException 400 naming {@code Accept} when the header cannot be parsed
     */
    public static Optional<String> bestMatch(String accept, List<String> offered) {
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(offered.toArray(String[]::new)));
        } catch (RuntimeException unparsable) {
            throw new BadParameterException(HttpHeaders.ACCEPT, "The Accept header '" + accept + "' cannot be parsed");
        }
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }
}
