package vn.nq57.service.entity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.service.store.DatasetHolder;

/** The {@link EntityService} over the service's dataset. */
@Configuration(proxyBeanMethods = false)
public class EntityConfiguration {

    @Bean
    EntityService entityService(DatasetHolder store) {
        return new EntityService(store.dataset());
    }
}
