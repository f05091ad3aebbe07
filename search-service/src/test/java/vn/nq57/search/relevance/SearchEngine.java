package vn.nq57.search.relevance;

import java.io.IOException;
import java.util.List;

/** A search engine under evaluation: the ids of its top results for a query, best first. */
interface SearchEngine extends AutoCloseable {

  String name();

  List<String> search(String query, int size) throws IOException;

  @Override
  default void close() throws IOException {}
}
