package vn.nq57.bench.http;

import java.util.List;

/**
 * Everything one HTTP run measured.
 *
 * @param firstStartSeconds our service's first start on an empty store: load + index of the corpus, until healthy
 * @param coldStartSeconds  our service's start on the store the first start built, until healthy
 * @param heapAfterLoad     our service's heap in use after a full GC, with the corpus loaded and served
 * @param peerStartSeconds  Fuseki's start on its built store and index, until it answers a query
 */
public record HttpReport(String corpus, double firstStartSeconds, double coldStartSeconds, long heapAfterLoad,
                         double peerStartSeconds, List<HttpResult> results) {}
