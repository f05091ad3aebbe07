package vn.nq57.service.alignment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.alignment.Aligner;
import vn.nq57.search.analysis.ThesaurusAbbreviations;
import vn.nq57.service.store.DatasetHolder;

/**
 * The alignment over the service's store, brought up to date once the service is ready, in the background: the service
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
      service.expectStart();
    }
    return service;
  }

  /**
   * Starts the alignment's computation once the service is ready, not while it starts: at national size the first
   * start's index build and the alignment each read the whole corpus, and run side by side they shared the two cores
   * and filled a 2 GB heap (measured: heap after GC at 1.9 GB of 2 GB, the index build starved).
   */
  @Bean
  ApplicationListener<ApplicationReadyEvent> alignmentWhenReady(AlignmentService service,
      @Value("${nq57.alignment.on-start:true}") boolean onStart) {
    return ready -> {
      if (onStart) {
        service.startInBackground();
      }
    };
  }
}
