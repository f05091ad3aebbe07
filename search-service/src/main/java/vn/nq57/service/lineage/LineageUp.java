package vn.nq57.service.lineage;

import vn.nq57.service.entity.Refs.EntityRef;
import vn.nq57.service.entity.TermLabels.Label;

import java.util.List;

/**
 * Every path from an entity up to the top documents, the answer of {@code GET /api/lineage/up}.
 *
 * @param paths  each a list of edges from the entity to a top document
 * @param tops   the documents the paths end at: those that derive from nothing in the graph (a document that derives
 *               from nothing is its own top, with no path)
 * @param origin the entity as a node, when it is a document that derives from nothing in the graph (57-NQ/TW): where
 *               every chain through it starts, so a page says so and shows what derives from it; null otherwise
 */
public record LineageUp(EntityRef entity, List<List<Edge>> paths, List<Top> tops, boolean truncated, Node origin) {

    /**
     * One end of an edge. For a document: {@code number} its own number (null when it has none), {@code partOf} the
     * number of the document it is attached to when it is a part without a number of its own (an appendix, the
     * programme "kèm theo Nghị quyết số 03/NQ-CP"; null otherwise), {@code kind} its class's labels ("kế hoạch"),
     * {@code issuer} the issuing body as written, {@code area} its own administrative area ("xã Tân Lợi"), so a picture
     * can say what it is, and an attached programme is not shown as the resolution it is attached to.
     */
    public record Node(String id, String type, String name, String number, String partOf, Label kind, String issuer,
                       String area) {}

    /**
     * One step up, with the evidence that states it.
     *
     * @param relation {@code inDocument} (a task in its document), or the ELI relation a document has to the one
     *                 above: {@code based_on}, {@code applies}, {@code is_part_of}, {@code amends}
     * @param quote    the verbatim text that states the step; null when no source states it
     */
    public record Edge(Node from, Node to, String relation, String quote, String file, Integer lineStart, Integer lineEnd) {}

    public record Top(String id, String number, String title) {}
}
