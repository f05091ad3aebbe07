package vn.nq57.service.entity;

import org.apache.jena.rdf.model.Resource;
import vn.nq57.ontology.NQ;

import java.util.List;
import java.util.Optional;

/**
 * The administrative levels of the ontology's {@code nq:Levels} scheme as the API names them: the concepts'
 * local names ({@code central} ... {@code commune}), listed from the top down.
 */
public final class Levels {
    private Levels() {}

    public static final List<Resource> TOP_DOWN = List.of(
            NQ.LevelCentral, NQ.LevelMinistry, NQ.LevelProvince, NQ.LevelDistrict, NQ.LevelCommune);

    public static final List<String> NAMES = TOP_DOWN.stream().map(Resource::getLocalName).toList();

    /** The API name of a level concept, or null for none. */
    public static String name(Resource level) {
        return level == null || !level.isURIResource() ? null : level.getLocalName();
    }

    /** The level concept with this API name (case-insensitive). */
    public static Optional<Resource> named(String name) {
        return TOP_DOWN.stream().filter(level -> level.getLocalName().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Position from the top (central = 0); unknown levels sort last. */
    public static int rank(String name) {
        int i = name == null ? -1 : NAMES.indexOf(name);
        return i < 0 ? NAMES.size() : i;
    }
}
