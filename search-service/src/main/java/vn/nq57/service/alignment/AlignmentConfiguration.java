package vn.nq57.service.alignment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.alignment.Aligner;
import vn.nq57.search.analysis.ThesaurusAbbreviations;
import vn.nq57.service.store.DatasetHolder;

/**
 * The alignment over the service's store, brought up to date when the service starts: after the store is built and
 * before the search index is checked against it (the search index bean depends on this one), so the index's
 * fingerprint already includes the alignment graph. {@code nq57.alignment.on-start=false} skips it (the API then
 * answers from whatever alignment graph the store holds), for a national corpus whose first start must stay short.
 */
@Configuration(proxyBeanMethods = false)
public class AlignmentConfiguration {

  /** The bean name the search index waits for. */
  public static final String BEAN = "alignmentService";

  @Bean(BEAN)
  AlignmentService alignmentService(DatasetHolder store,
      @Value("${nq57.alignment.on-start:true}") boolean onStart) {
    AlignmentService service = new AlignmentService(store.dataset(), new Aligner(ThesaurusAbbreviations.packaged()));
    if (onStart) {
      service.ensureCurrent();
    }
    return service;
  }
}
