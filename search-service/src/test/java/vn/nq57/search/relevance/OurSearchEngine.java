package vn.nq57.search.relevance;

import java.util.List;
import vn.nq57.search.index.SearchHit;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.search.index.SearchRequest;

/** The project's search: the service's {@link SearchIndex}, queried exactly as the search API queries it. */
final class OurSearchEngine implements SearchEngine {

  private final SearchIndex index;

  OurSearchEngine(SearchIndex index) {
    this.index = index;
  }

  @Override
  public String name() {
    return "ours (tiered Vietnamese)";
  }

  @Override
  public List<String> search(String query, int size) {
    return index.search(SearchRequest.of(query).withSize(size)).hits().stream().map(SearchHit::id).toList();
  }
}
