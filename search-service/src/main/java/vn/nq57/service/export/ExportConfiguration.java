package vn.nq57.service.export;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.service.store.DatasetHolder;

/** The one {@link TableExporter}, over the service's dataset. */
@Configuration(proxyBeanMethods = false)
public class ExportConfiguration {

    @Bean
    TableExporter tableExporter(DatasetHolder store) {
        return new TableExporter(store.dataset());
    }
}
