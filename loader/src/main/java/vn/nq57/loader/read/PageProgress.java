package vn.nq57.loader.read;

/** Told after each page of a paged document is read, so a long OCR can report how far it is. */
@FunctionalInterface
public interface PageProgress {
    PageProgress NONE = (done, total, phase) -> {};

    /**
     * @param done  pages finished, 1..total
     * @param total pages in the document
     * @param phase what is being done: "text" (text layer) or "ocr"
     */
    void page(int done, int total, String phase);
}
