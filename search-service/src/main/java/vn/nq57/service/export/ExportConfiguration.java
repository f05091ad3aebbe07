package vn.nq57.service.export;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.service.store.DatasetHolder;

/** The one {@link TableExporter} and the whole-document export, over the service's dataset and search index. */
@Configuration(proxyBeanMethods = false)
public class ExportConfiguration {

    @Bean
    TableExporter tableExporter(DatasetHolder store) {
        return new TableExporter(store.dataset());
    }

    @Bean
    DocumentExport documentExport(DatasetHolder store, vn.nq57.search.index.SearchIndex index) {
        return new DocumentExport(store.dataset(), index);
    }
}
