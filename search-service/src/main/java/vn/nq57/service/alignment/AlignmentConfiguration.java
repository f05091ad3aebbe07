package vn.nq57.service.alignment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.alignment.Aligner;
import vn.nq57.search.analysis.ThesaurusAbbreviations;
import vn.nq57.service.store.DatasetHolder;

/**
 * The alignment over the service's store, brought up to date when the service starts: after the store is built and
 * before the search index is checked against it (the search index bean depends on this one), so the index's
 * fingerprint already includes the alignment graph.
 */
@Configuration(proxyBeanMethods = false)
public class AlignmentConfiguration {

  /** The bean name the search index waits for. */
  public static final String BEAN = "alignmentService";

  @Bean(BEAN)
  AlignmentService alignmentService(DatasetHolder store) {
    AlignmentService service = new AlignmentService(store.dataset(), new Aligner(ThesaurusAbbreviations.packaged()));
    service.ensureCurrent();
    return service;
  }
}
