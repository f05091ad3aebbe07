package vn.nq57.bench.http;

import java.util.List;

/**
 * Everything one HTTP run measured. Seconds are wall time, NaN where not measured; bytes -1 where not measured.
 *
 * @param firstStartSeconds   our service's first start on an empty store: load + index of the corpus, until healthy
 * @param firstStartFailure   why the first start failed (e.g. out of memory with the heap given), or null
 * @param heapGiven           the -Xmx our service ran with
 * @param firstStartHeap      the most heap in use after any collection during the first start (GC log), and so the
 *                            heap the load needed
 * @param alignment           the alignment's duration as the first start's log states it, e.g. "812 ms", or
 *                            "not found"
 * @param coldStartSeconds    our service's start on the store the first start built, until healthy
 * @param servingHeap         the most heap in use after any collection while starting cold and serving (GC log)
 * @param heapAfterLoad       our service's heap in use after a full GC, with the corpus loaded and served (jcmd)
 * @param peerStartSeconds    Fuseki's start on its built store and index, until it answers a query
 * @param profiles            Markdown summaries of the JFR recordings taken with {@code --profile}, else empty
 */
public record HttpReport(String corpus, double firstStartSeconds, String firstStartFailure, String heapGiven,
                         long firstStartHeap, String alignment, double coldStartSeconds, long servingHeap,
                         long heapAfterLoad, double peerStartSeconds, List<HttpResult> results, List<String> profiles) {

    /** The result of {@code side}'s {@code workload} at {@code clients} clients, or null. */
    public HttpResult find(String side, String workload, int clients) {
        return results.stream().filter(r -> r.side().equals(side) && r.workload().equals(workload) && r.stats() != null
                && r.stats().clients() == clients).findFirst().orElse(null);
    }
}
