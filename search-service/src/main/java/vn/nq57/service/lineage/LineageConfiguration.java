package vn.nq57.service.lineage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.service.store.DatasetHolder;

/** The {@link LineageService} over the service's dataset. */
@Configuration(proxyBeanMethods = false)
public class LineageConfiguration {

    @Bean
    LineageService lineageService(DatasetHolder store) {
        return new LineageService(store.dataset());
    }
}
