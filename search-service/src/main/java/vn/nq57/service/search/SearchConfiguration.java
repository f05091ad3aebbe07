package vn.nq57.service.search;

import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.search.analysis.ThesaurusAbbreviations;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.service.store.DatasetHolder;

/**
 * Opens the search index beside the store, checked against it (rebuilt when missing or built from other data), and
 * makes it available inside SPARQL as {@code nq:search} on this store only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SearchProperties.class, SearchCacheProperties.class, SearchConcurrencyProperties.class})
public class SearchConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(DatasetHolder store, SearchProperties properties, SearchCacheProperties cache,
                            SearchConcurrencyProperties concurrency) {
        SearchIndex index = SearchIndex.open(store.dataset(), properties.dir(), ThesaurusAbbreviations.packaged(), log::info);
        index.useCaches(cache.settings());
        log.info("search cache: {}", cache.enabled()
                ? cache.maxEntries() + " answers up to " + cache.maxSize() + ", " + cache.facetEntries() + " facet counts"
                : "off");
        index.computeAtOnce(concurrency.permits());
        log.info("searches computed at once: at most {}", concurrency.permits());
        // Registered in the dataset's own context, not globally: the function is bound to this store's index.
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        registry.put(SearchPropertyFunction.IRI, uri -> new SearchPropertyFunction(index));
        PropertyFunctionRegistry.set(store.dataset().getContext(), registry);
        return index;
    }
}
