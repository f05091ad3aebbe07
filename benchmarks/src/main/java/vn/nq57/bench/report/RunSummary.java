package vn.nq57.bench.report;

import vn.nq57.bench.http.HttpReport;
import vn.nq57.bench.http.HttpResult;
import vn.nq57.bench.http.LatencyStats;
import vn.nq57.bench.load.LoadResult;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * The numbers of one corpus size that the ratio table needs, kept in {@code WORK/SIZE/summary.properties} so runs of
 * the same size in separate invocations (the national load with a big harness heap, then its serving) and of other
 * sizes add up to one table ({@code bench ratios}). A later run of a size replaces the keys it measured and keeps the
 * others.
 */
public final class RunSummary {
    static final String FILE = "summary.properties";

    private final Properties p;

    private RunSummary(Properties p) {
        this.p = p;
    }

    /** The summary stored in {@code dir}, empty when there is none. */
    public static RunSummary read(Path dir) {
        Properties p = new Properties();
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new RunSummary(p);
    }

    /** Every summary under {@code work} (one directory per size), in the order of their sizes. */
    public static List<RunSummary> readAll(Path work) {
        List<RunSummary> out = new ArrayList<>();
        try (var dirs = Files.list(work)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve(FILE))).forEach(d -> out.add(read(d)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + work, e);
        }
        out.sort(java.util.Comparator.comparingDouble(s -> s.number("documents").orElse(Double.MAX_VALUE)));
        return out;
    }

    public void write(Path dir) {
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "nq57 benchmark numbers of one corpus size (bench run); read by bench ratios");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    public RunSummary with(LoadResult load) {
        p.setProperty("corpus", load.corpus());
        p.setProperty("documents", Integer.toString(load.documents()));
        p.setProperty("loader.heap", Long.toString(load.heapAfterLoad()));
        return this;
    }

    public RunSummary with(HttpReport r, int documents) {
        p.setProperty("corpus", r.corpus());
        if (documents > 0) p.setProperty("documents", Integer.toString(documents));
        p.stringPropertyNames().stream().filter(k -> k.startsWith("http.")).toList().forEach(p::remove);
        set("http.firstStart", r.firstStartSeconds());
        if (r.firstStartFailure() != null) p.setProperty("http.firstStartFailure", r.firstStartFailure());
        p.setProperty("http.heapGiven", r.heapGiven());
        p.setProperty("http.firstStartHeap", Long.toString(r.firstStartHeap()));
        p.setProperty("http.servingHeap", Long.toString(r.servingHeap()));
        p.setProperty("http.alignment", r.alignment());
        set("http.coldStart", r.coldStartSeconds());
        int clients = 0;
        for (HttpResult row : r.results()) {
            LatencyStats s = row.stats();
            if (s == null) continue;
            clients = Math.max(clients, s.clients());
            String key = "http.row." + row.side() + " | " + row.workload() + " | " + s.clients();
            set(key + ".rps", s.throughput());
            set(key + ".p99", s.p99());
            set(key + ".serverCpuMs", s.serverCpuMs());
        }
        p.setProperty("http.clients", Integer.toString(clients));
        return this;
    }

    private void set(String key, double v) {
        if (!Double.isNaN(v)) p.setProperty(key, String.format(Locale.ROOT, "%.4f", v));
    }

    public String corpus() {
        return p.getProperty("corpus", "?");
    }

    String text(String key) {
        return p.getProperty(key);
    }

    OptionalDouble number(String key) {
        String v = p.getProperty(key);
        if (v == null) return OptionalDouble.empty();
        try {
            double d = Double.parseDouble(v);
            return d < 0 ? OptionalDouble.empty() : OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Requests per second ({@code "rps"}) or p99 ms ({@code "p99"}) of a measured row, if there is one. */
    OptionalDouble row(String side, String workload, int clients, String what) {
        return number("http.row." + side + " | " + workload + " | " + clients + "." + what);
    }
}
