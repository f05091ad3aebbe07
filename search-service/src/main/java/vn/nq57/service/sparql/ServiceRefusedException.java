package vn.nq57.service.sparql;

/**
 * The query names a remote endpoint with {@code SERVICE}, which this endpoint does not call: federation is off by
 * default ({@code nq57.sparql.service-allowed} lists the endpoints it may call), so an anonymous query cannot make the
 * server send requests elsewhere (server-side request forgery).
 */
public class ServiceRefusedException extends RuntimeException {
    private final String service;

    /** @param service the endpoint IRI the query named, or the variable ({@code ?x}) it used in its place */
    public ServiceRefusedException(String service, String message) {
        super(message);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
