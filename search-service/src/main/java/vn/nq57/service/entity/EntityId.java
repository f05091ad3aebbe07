package vn.nq57.service.entity;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import vn.nq57.service.web.BadParameterException;

/** Reads the {@code id=} parameter every entity and lineage API takes: a full, absolute IRI. */
public final class EntityId {
    public static final String PARAMETER = "id";
    private static final String EXAMPLE = "https://w3id.org/nq57/id/doc/dong-nai/2025/92-kh-ubnd";

    private EntityId() {}

    /**
     * The IRI in {@code id}.
     *
     * @throws BadParameterException missing, blank, or not an absolute IRI
     */
    public static String parse(String id) {
        if (id == null || id.isBlank())
            throw new BadParameterException(PARAMETER, "Parameter 'id' is required: the full IRI of an entity, "
                    + "e.g. " + EXAMPLE, "Cần có tham số 'id': IRI đầy đủ của một thực thể, ví dụ " + EXAMPLE + ".");
        String iri = id.strip();
        try {
            if (IRIx.create(iri).isAbsolute()) return iri;
        } catch (IRIException bad) {
            throw new BadParameterException(PARAMETER, "Parameter 'id' is '" + id + "', which is not a valid IRI: " + bad.getMessage(),
                    "Tham số 'id' là '" + id + "', không phải một IRI hợp lệ; hãy ghi IRI đầy đủ, ví dụ " + EXAMPLE + ".");
        }
        throw new BadParameterException(PARAMETER, "Parameter 'id' is '" + id + "', which is not an absolute IRI; "
                + "give the full IRI, e.g. " + EXAMPLE, "Tham số 'id' là '" + id + "', không phải IRI đầy đủ (tuyệt đối);"
                + " hãy ghi IRI đầy đủ, ví dụ " + EXAMPLE + ".");
    }
}
