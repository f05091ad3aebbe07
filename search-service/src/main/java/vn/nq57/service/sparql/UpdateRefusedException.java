package vn.nq57.service.sparql;

/** A SPARQL Update reached the read-only endpoint. */
public class UpdateRefusedException extends RuntimeException {
    public UpdateRefusedException(String message) {
        super(message);
    }
}
