package vn.nq57.service.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Wires the dataset: its settings, and building it from the source documents when no store exists yet. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoreInitializer storeInitializer(@Value("${nq57.sources.dir:data/sources}") Path sources,
                                      @Value("${nq57.store.first-start-loader:phased}") String loader) {
        return new SourceLoadingInitializer(sources, SourceLoadingInitializer.loaderNamed(loader));
    }
}
