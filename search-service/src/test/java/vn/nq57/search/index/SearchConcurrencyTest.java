package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bound on searches computed at once ({@link SearchIndex#computeAtOnce}), on the real store: searches that wait
 * their turn get the answers they get alone, and a search that fails gives its turn back. How much the bound helps
 * is measured by the benchmark, not here.
 */
class SearchConcurrencyTest {

  @TempDir
  static Path dir;

  static SearchIndex index;

  @BeforeAll
  static void build() {
    index = SearchIndex.build(RealStore.get().dataset(), dir.resolve("lucene"));
    index.useCaches(CacheSettings.OFF);
  }

  @AfterEach
  void defaults() {
    index.computeAtOnce(Runtime.getRuntime().availableProcessors());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void searchesThatWaitTheirTurnGetTheAnswersTheyGetAlone() throws InterruptedException {
    List<String> queries = List.of("an toàn thông tin", "chuyen doi so", "dịch vụ công trực tuyến", "hạ tầng số",
        "trí tuệ nhân tạo", "57-NQ/TW", "dữ liệu", "cải cách hành chính");
    Map<String, List<String>> alone = new ConcurrentHashMap<>();
    for (String q : queries) {
      alone.put(q, ids(index.search(SearchRequest.of(q))));
    }
    index.computeAtOnce(1);
    Map<String, List<String>> together = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      for (String q : queries) {
        Thread thread = Thread.ofPlatform().start(() -> {
          try {
            start.await();
            List<String> got = ids(index.search(SearchRequest.of(q)));
            List<String> before = together.putIfAbsent(q, got);
            if (before != null && !before.equals(got)) {
              together.put(q, List.of("differs between two concurrent searches"));
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        threads.add(thread);
      }
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join(TimeUnit.MINUTES.toMillis(2));
      assertFalse(thread.isAlive(), "a search waiting its turn never finished");
    }
    assertEquals(alone, together);
  }

  @Test
  void aSearchThatFailsGivesItsTurnBack() throws InterruptedException {
    index.computeAtOnce(1);
    List<Throwable> failures = new ArrayList<>();
    // In a thread of its own: a turn not given back would make the next search wait for ever, not fail.
    Thread searches = Thread.ofPlatform().start(() -> {
      for (int i = 0; i < 3; i++) {
        try {
          index.search(SearchRequest.of("dữ liệu").withProvince("tỉnh không có trong chỉ mục"));
        } catch (SearchInputException expected) {
          failures.add(expected);
        }
      }
      index.search(SearchRequest.of("dữ liệu"));
    });
    searches.join(TimeUnit.MINUTES.toMillis(1));
    assertFalse(searches.isAlive(), "the turn of a failed search was not given back: the next search waits for ever");
    assertEquals(3, failures.size(), "a province naming nothing is refused");
  }

  @Test
  void atLeastOneSearchIsComputedAtOnce() {
    assertThrows(IllegalArgumentException.class, () -> index.computeAtOnce(0));
  }
}
