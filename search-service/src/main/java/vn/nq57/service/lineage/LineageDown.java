package vn.nq57.service.lineage;

import vn.nq57.service.entity.Refs.DocumentRef;

import java.util.List;
import java.util.Map;

/**
 * Everything that derives from a document, the answer of {@code GET /api/lineage/down}.
 *
 * @param total            results matching every filter
 * @param countsByLevel    results matching the type filter, per level: what each {@code level=} would give
 * @param countsByDocument results matching every filter, per document they are in (a document counts itself)
 * @param results          the requested page
 */
public record LineageDown(DocumentRef root, int total, int page, int size, Map<String, Integer> countsByLevel,
                          List<DocumentCount> countsByDocument, List<Item> results) {

    /**
     * A derived document, or a task or indicator in one; {@code level} is its document's. The evidence, so an auditor
     * sees the source's own words: for a task or indicator its row or paragraph as the source prints it; for a
     * document the text by which it derives from the document above it on its way to the root (its "Căn cứ …"
     * citation, an appendix's heading). {@code quote}, {@code file} and the 1-based lines are null when no source
     * states it.
     */
    public record Item(String id, String type, String name, String level, DocumentRef document, Integer position,
                       String quote, String file, Integer lineStart, Integer lineEnd) {}

    public record DocumentCount(String id, String number, String file, String level, int count) {}
}
