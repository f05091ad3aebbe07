package vn.nq57.service.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nq57.search.concurrency}: how many searches are computed at once; the others wait their turn in arrival order
 * (an answer from the cache never waits). A search is CPU work on an index in memory, so more at once than there are
 * cores only shares the cores out: every search then takes longer, and a broad one much longer (at national size with
 * 16 clients on 2 cores, a new ranked query's p99 was 295–390 ms with no bound, 164–183 ms with 2, at the same
 * throughput; docs/BENCHMARKS.md, "national search profiled").
 *
 * @param concurrency the most searches computed at once; 0 (the default) means the number of processors the JVM sees
 */
@ConfigurationProperties("nq57.search")
public record SearchConcurrencyProperties(@DefaultValue("0") int concurrency) {

    public SearchConcurrencyProperties {
        if (concurrency < 0) {
            throw new IllegalArgumentException("nq57.search.concurrency must be 0 (the processors) or more, was " + concurrency);
        }
    }

    /** The bound in force: {@link #concurrency}, or the processors when it is 0. */
    public int permits() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }
}
