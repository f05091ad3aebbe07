package vn.nq57.service.sparql;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.service.store.DatasetHolder;

/** Builds the {@link SparqlService} over the service's dataset. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SparqlProperties.class)
public class SparqlConfiguration {

    @Bean
    SparqlService sparqlService(DatasetHolder store, SparqlProperties properties) {
        return new SparqlService(store.dataset(), properties.timeout(), properties.maxRows(), properties.maxTriples(),
                properties.serviceAllowed());
    }
}
