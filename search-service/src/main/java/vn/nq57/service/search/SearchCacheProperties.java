package vn.nq57.service.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.nq57.search.index.CacheSettings;

/**
 * {@code nq57.search.cache.*}: what the search remembers of its answers, per index generation (an upload or rebuild
 * starts afresh). {@code enabled=false} computes every search anew, which is how the benchmark measures the cost of a
 * search itself.
 *
 * @param enabled      whether answers and facet counts are cached (default true)
 * @param maxEntries   the most answers kept (a page of hits with its facets and total)
 * @param maxSize      the most heap those answers take, estimated
 * @param facetEntries the most facet counts kept (one per words and filters, shared by all pages)
 */
@ConfigurationProperties("nq57.search.cache")
public record SearchCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2000") int maxEntries,
        @DefaultValue("64MB") DataSize maxSize,
        @DefaultValue("1000") int facetEntries) {

    /** These properties as the index's settings. */
    public CacheSettings settings() {
        return enabled ? new CacheSettings(true, maxEntries, maxSize.toBytes(), facetEntries) : CacheSettings.OFF;
    }
}
