package vn.nq57.service.store;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the dataset: its settings and the no-op {@link StoreInitializer} used until a real one is declared. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoreInitializer storeInitializer() {
        return StoreInitializer.NONE;
    }
}
