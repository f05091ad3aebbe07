package vn.nq57.service.alignment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.alignment.Aligner;
import vn.nq57.search.analysis.ThesaurusAbbreviations;
import vn.nq57.service.store.DatasetHolder;

/**
 * The alignment over the service's store, brought up to date when the service starts, in the background: the service
 * serves at once, {@code GET /api/alignment/status} says {@code computing} and the alignment API answers 503 with
 * Retry-After until it is done; the log line "alignment finished at … computed in … ms" says when and how long.
 * {@code nq57.alignment.on-start=false} skips it (the API then answers from whatever alignment graph the store holds).
 */
@Configuration(proxyBeanMethods = false)
public class AlignmentConfiguration {

  /** The bean name the search index waits for. */
  public static final String BEAN = "alignmentService";

  @Bean(name = BEAN, destroyMethod = "close")
  AlignmentService alignmentService(DatasetHolder store,
      @Value("${nq57.alignment.on-start:true}") boolean onStart) {
    AlignmentService service = new AlignmentService(store.dataset(), new Aligner(ThesaurusAbbreviations.packaged()));
    if (onStart) {
      service.startInBackground();
    }
    return service;
  }
}
