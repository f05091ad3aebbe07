package vn.nq57.service.lineage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
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

    /**
     * Reads the lineage view ({@link LineageService#prepareInBackground}) once the service is ready, so the first
     * {@code /api/lineage/down} does not pay for it (6.9 s at national size) and readiness does not wait for it either.
     * {@code nq57.lineage.prepare-on-start=false} leaves it to the first request.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> lineageViewWhenReady(LineageService lineage,
            @Value("${nq57.lineage.prepare-on-start:true}") boolean prepare) {
        return ready -> {
            if (prepare) lineage.prepareInBackground();
        };
    }
}
