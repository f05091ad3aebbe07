package vn.nq57.bench.load;

/**
 * One load run. Seconds are wall time; NaN where the step did not run (no search index hook, no peer).
 *
 * @param parseSeconds      our loader: read, extract, build graphs, SHACL (in memory)
 * @param storeSeconds      our loader: one TDB2 write transaction of every graph
 * @param indexSeconds      our search index over the store (NaN until the index hook exists)
 * @param heapAfterLoad     bytes of heap in use after a full GC, the parsed run still held
 * @param peerLoadSeconds   tdb2.tdbloader on the same N-Quads, JVM start included
 * @param peerIndexStandard jena.textindexer with StandardAnalyzer
 * @param peerIndexFolding  jena.textindexer with ASCII folding
 */
public record LoadResult(String corpus, int documents, int tasks, int indicators, long quads, int shaclViolations,
                         double parseSeconds, double storeSeconds, double indexSeconds, long heapAfterLoad,
                         double peerLoadSeconds, double peerIndexStandard, double peerIndexFolding) {

    public double ourSeconds() {
        return parseSeconds + storeSeconds + (Double.isNaN(indexSeconds) ? 0 : indexSeconds);
    }

    public double documentsPerSecond() { return documents / ourSeconds(); }

    public double quadsPerSecond() { return quads / ourSeconds(); }

    public double peerQuadsPerSecond() { return quads / peerLoadSeconds; }
}
