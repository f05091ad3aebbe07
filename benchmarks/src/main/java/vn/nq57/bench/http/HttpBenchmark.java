package vn.nq57.bench.http;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import vn.nq57.bench.peer.FusekiPeer;
import vn.nq57.bench.peer.JavaProcess;
import vn.nq57.bench.peer.PeerAnalyzer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.nio.file.Files;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Serving benchmarks over one corpus, each side in a JVM of its own and measured in turn (never both at once, on
 * this 2-core machine): our service (first start with the heap it is given, cold start, heap, search, lineage; again
 * with its query-result cache off) and Fuseki + jena-text over the same quads with each analyzer (start, search, the
 * same lineage questions in SPARQL; with the folding analyzer also the same work as our faceted search).
 *
 * <p>Search is measured on two mixes: the fixed 13 queries of {@link QueryMix} (warmed up, asked over and over), and
 * queries drawn from the corpus ({@link DistinctQueries}), a fresh slice for every workload and client count, each
 * query asked once and never in a warm-up, so a query-result cache cannot answer them.
 */
public final class HttpBenchmark {
    /**
     * Bounds of one run, so a benchmark always stops by itself.
     *
     * @param heap     -Xmx of our service (the target is 2 GB: measure with it)
     * @param peerHeap -Xmx of each Fuseki
     */
    public record Bounds(List<Integer> clients, int maxRequests, Duration maxTime, Duration requestTimeout, String heap,
                         String peerHeap) {}

    /**
     * What to measure besides the fixed mix and lineage.
     *
     * @param distinct       distinct queries per measurement (0: no distinct-query workloads)
     * @param warmQueries    further distinct queries asked, unmeasured, before each side's distinct-query workloads, at
     *                       the most clients measured and for at most two minutes: a server's JIT
     *                       compiles a search's many paths over thousands of requests (ours, national size: 11 ms of
     *                       compilation a request over its first 600 new queries, 1 ms after 5,000; Fuseki's 4 ms,
     *                       then 1.3 ms), so a few measure the compiler more than the search
     * @param cacheOffArgs   Spring arguments that switch our query-result cache off, for a second run of our search
     *                       (empty: no such run)
     * @param profile        record our service with JFR during its search measurements and summarise the samples
     * @param alignmentWait  how long to wait after the first start for the log line of the alignment's duration
     * @param startTimeout   longest first start
     * @param seed           the seed of the distinct queries
     * @param fallbackHeap   when the first start fails with {@link Bounds#heap}, the -Xmx to start it again with, so
     *                       the serving is still measured (the failure stays a row); null: no second attempt
     */
    public record Options(int distinct, int warmQueries, List<String> cacheOffArgs, boolean profile,
                          Duration alignmentWait, Duration startTimeout, long seed, String fallbackHeap) {}

    private static final String TOP_57 = "https://w3id.org/nq57/id/doc/viet-nam/2024/57-nq-tw";
    /** Distinct queries kept for warming up before a distinct-query workload: never measured. */
    private static final int WARM = 20;
    /** The longest warm-up load ({@link Options#warmQueries}); a peer that times out on every query ends it. */
    private static final Duration WARM_TIME = Duration.ofMinutes(2);

    private final Consumer<String> log;
    private final Bounds bounds;
    private final Options options;
    private final LoadGenerator load;

    public HttpBenchmark(Consumer<String> log, Bounds bounds, Options options) {
        this.log = log;
        this.bounds = bounds;
        this.options = options;
        this.load = new LoadGenerator(bounds.requestTimeout());
    }

    /**
     * Arguments of our service for the serving measurements (cold start, searches, lineage): the alignment, which the
     * first start timed, is not recomputed in the background meanwhile, so it does not share the two cores with the
     * requests being measured (at national size it runs far longer than the measurements). The SPARQL timeout is
     * raised for the harness's own setup queries (the task names the distinct queries are drawn from sort 155,000 tasks
     * at national size, which a cold service on a busy machine did not finish within the default 10 s); no measured
     * query comes near it.
     */
    static final List<String> SERVING_ARGS = List.of("--nq57.alignment.on-start=false", "--nq57.sparql.timeout=120s");

    /**
     * @param serviceJar our service's jar, or null to measure the peer only
     * @param work       where our service's store, logs, GC logs and (with {@code --profile}) recordings go
     * @param peer       a peer whose store and text indexes were built over the same corpus (see the load benchmark), or
     *                   empty to measure our side only
     */
    public HttpReport run(String label, Path serviceJar, Path corpus, Path work, String province, Optional<FusekiPeer> peer) {
        List<HttpResult> results = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        List<SearchQuery> mix = QueryMix.standard(province);
        double first = Double.NaN, cold = Double.NaN;
        String failure = null, alignment = "not measured";
        long firstHeap = -1, servingHeap = -1, heap = -1;
        List<String> provincePlans = List.of();
        List<String> tasks = List.of();
        Pool pool = null;
        String servingHeapArg = null; // the -Xmx our service serves with: the one its first start succeeded with
        if (serviceJar == null) {
            failure = "service jar not built";
            results.add(new HttpResult(Workloads.OURS, "all", null, "service jar not built: measured the peer only"));
        } else {
            String heapUsed = bounds.heap();
            for (String attempt : options.fallbackHeap() == null ? List.of(bounds.heap()) : List.of(bounds.heap(), options.fallbackHeap())) {
                String logName = attempt.equals(bounds.heap()) ? "service-first.log" : "service-first-" + attempt + ".log";
                OurService.clearStore(work);
                try (OurService s = OurService.start(serviceJar, corpus, work, attempt, List.of(), logName, options.startTimeout())) {
                    first = s.startSeconds();
                    heapUsed = attempt;
                    log.accept(String.format("our service, first start (load + index) with -Xmx%s: %.1f s", attempt, first));
                    alignment = awaitAlignment(s.log());
                    log.accept("alignment (from the first start's log): " + alignment);
                    firstHeap = s.gcLog().maxAfterGc();
                    break;
                } catch (RuntimeException e) {
                    String why = firstLine(e.getMessage());
                    if (failure == null) {
                        failure = why;
                        firstHeap = GcLog.read(work.toAbsolutePath().resolve(logName.replaceAll("\\.log$", "") + ".gc.log")).maxAfterGc();
                    }
                    results.add(new HttpResult(Workloads.OURS, "first start (load + index)", null,
                            "failed with -Xmx" + attempt + ": " + why + " (log " + work.resolve(logName) + ")"));
                    log.accept("our service's first start failed with -Xmx" + attempt + ": " + why);
                }
            }
            if (Double.isNaN(first)) heapUsed = null;
            servingHeapArg = heapUsed;
        }
        if (servingHeapArg != null) try (OurService s = OurService.start(serviceJar, corpus, work, servingHeapArg, SERVING_ARGS,
                "service-cold.log", options.startTimeout())) {
            cold = s.startSeconds();
            log.accept(String.format("our service, cold start on the built store: %.1f s", cold));
            provincePlans = provincePlans(s.sparql());
            tasks = communeTasks(s.sparql());
            pool = pool(s.sparql());
            log.accept("lineage over " + provincePlans.size() + " province plans and " + tasks.size() + " commune tasks; "
                    + pool.describe());
            ourSearch(results, profiles, s, Workloads.OURS, mix, pool, work, "cache-on");
            measure(results, s.process(), Workloads.OURS, Workloads.LINEAGE_DOWN,
                    provincePlans.stream().map(p -> Endpoints.ourLineageDown(s.base(), p)).toList());
            measure(results, s.process(), Workloads.OURS, Workloads.LINEAGE_UP,
                    tasks.stream().map(t -> Endpoints.ourLineageUp(s.base(), t)).toList());
            measure(results, s.process(), Workloads.OURS, Workloads.TASKS_UNDER,
                    provincePlans.stream().map(p -> Endpoints.sparql(s.sparql(), Endpoints.tasksUnder(p))).toList());
            measure(results, s.process(), Workloads.OURS, Workloads.PATHS_TO_57,
                    tasks.stream().map(t -> Endpoints.sparql(s.sparql(), Endpoints.pathsTo(t, TOP_57))).toList());
            heap = s.heapUsedAfterGc();
            servingHeap = s.gcLog().maxAfterGc();
            log.accept(String.format("our service heap after load and queries (after GC): %.0f MB", heap / 1e6));
        } catch (RuntimeException e) {
            results.add(new HttpResult(Workloads.OURS, "cold start", null, "failed: " + firstLine(e.getMessage())));
            log.accept("our service's cold start or measurement failed: " + e);
        }
        if (servingHeapArg != null && !options.cacheOffArgs().isEmpty() && pool != null) {
            List<String> cacheOff = new ArrayList<>(SERVING_ARGS);
            cacheOff.addAll(options.cacheOffArgs());
            try (OurService s = OurService.start(serviceJar, corpus, work, servingHeapArg, cacheOff,
                    "service-cache-off.log", options.startTimeout())) {
                log.accept("our service with " + String.join(" ", options.cacheOffArgs()));
                ourSearch(results, profiles, s, Workloads.OURS_CACHE_OFF, mix, pool, work, "cache-off");
                servingHeap = Math.max(servingHeap, s.gcLog().maxAfterGc());
            } catch (RuntimeException e) {
                results.add(new HttpResult(Workloads.OURS_CACHE_OFF, "start", null, "failed: " + firstLine(e.getMessage())));
                log.accept("our service with the cache off failed: " + e);
            }
        }
        double peerStart = Double.NaN;
        if (peer.isPresent()) {
            for (PeerAnalyzer analyzer : PeerAnalyzer.values()) {
                try (FusekiPeer.Server f = peer.get().start(analyzer, JavaProcess.freePort())) {
                    if (analyzer == PeerAnalyzer.STANDARD) peerStart = f.startSeconds();
                    if (pool == null) {
                        pool = pool(f.sparql());
                        log.accept(pool.describe());
                    }
                    String side = analyzer.label();
                    Function<SearchQuery, HttpRequest> ranked = q -> Endpoints.sparql(f.sparql(), Endpoints.peerSearch(q));
                    measureMix(results, f.process(), side, Workloads.RANKED, map(mix, ranked));
                    if (options.distinct() > 0) {
                        Pool p = pool;
                        measureDistinct(results, f.process(), side, Workloads.RANKED_DISTINCT,
                                level -> map(p.slice(1, level), ranked), map(p.warm(), ranked), map(p.warmLoad(), ranked));
                    }
                    if (analyzer == PeerAnalyzer.ASCII_FOLDING) {
                        Function<SearchQuery, HttpRequest> faceted =
                                q -> Endpoints.sparql(f.sparql(), PeerFacetedSearch.sparql(q));
                        measureMix(results, f.process(), Workloads.PEER_FACETED, Workloads.FACETED, map(mix, faceted));
                        if (options.distinct() > 0) {
                            Pool p = pool;
                            measureDistinct(results, f.process(), Workloads.PEER_FACETED, Workloads.FACETED_DISTINCT,
                                    level -> map(p.slice(0, level), faceted), map(p.warm(), faceted),
                                    map(p.warmLoad(), faceted));
                        }
                    }
                    if (analyzer == PeerAnalyzer.STANDARD) {
                        if (provincePlans.isEmpty()) provincePlans = provincePlans(f.sparql());
                        if (tasks.isEmpty()) tasks = communeTasks(f.sparql());
                        measure(results, f.process(), Workloads.FUSEKI, Workloads.TASKS_UNDER, provincePlans.stream()
                                .map(p -> Endpoints.sparql(f.sparql(), Endpoints.tasksUnder(p))).toList());
                        measure(results, f.process(), Workloads.FUSEKI, Workloads.PATHS_TO_57, tasks.stream()
                                .map(t -> Endpoints.sparql(f.sparql(), Endpoints.pathsTo(t, TOP_57))).toList());
                    }
                } catch (RuntimeException e) {
                    results.add(new HttpResult(analyzer.label(), "start", null, "failed: " + firstLine(e.getMessage())));
                    log.accept(analyzer.label() + " failed: " + e);
                }
            }
        }
        return new HttpReport(label, first, failure, bounds.heap(), firstHeap, alignment, cold, servingHeap, heap,
                peerStart, results, profiles);
    }

    /** Our search workloads on a running service: both mixes, with facets and as a ranked list; JFR around them. */
    private void ourSearch(List<HttpResult> results, List<String> profiles, OurService s, String side,
                           List<SearchQuery> mix, Pool pool, Path work, String tag) {
        Path recording = work.toAbsolutePath().resolve("profile-search-" + tag + ".jfr");
        boolean profiling = false;
        if (options.profile()) {
            try {
                SearchProfile.start(s.process(), "search", recording);
                profiling = true;
            } catch (RuntimeException e) {
                profiles.add("Profile of " + side + " not taken: " + firstLine(e.getMessage()));
            }
        }
        Function<SearchQuery, HttpRequest> faceted = q -> Endpoints.ourSearch(s.base(), q, true);
        Function<SearchQuery, HttpRequest> ranked = q -> Endpoints.ourSearch(s.base(), q, false);
        JavaProcess server = s.process();
        measureMix(results, server, side, Workloads.FACETED, map(mix, faceted));
        measureMix(results, server, side, Workloads.RANKED, map(mix, ranked));
        if (options.distinct() > 0) {
            measureDistinct(results, server, side, Workloads.FACETED_DISTINCT, level -> map(pool.slice(0, level), faceted),
                    map(pool.warm(), faceted), map(pool.warmLoad(), faceted));
            measureDistinct(results, server, side, Workloads.RANKED_DISTINCT, level -> map(pool.slice(1, level), ranked),
                    map(pool.warm(), ranked), map(pool.warmLoad(), ranked));
        }
        if (profiling) {
            try {
                SearchProfile.stop(s.process(), "search");
                String summary = SearchProfile.summary(recording, side + ", search workloads (both mixes, facets and ranked)");
                Files.writeString(recording.resolveSibling("profile-search-" + tag + ".md"), summary);
                profiles.add(summary);
                log.accept("profile of " + side + " written next to " + recording);
            } catch (RuntimeException | IOException e) {
                profiles.add("Profile of " + side + " not summarised: " + firstLine(e.getMessage()));
            }
        }
    }

    /**
     * The distinct queries of a run: a warm-up set, then for each of the two search kinds (0 with facets, 1 ranked)
     * and each client count its own slice, so no query is asked twice of one service.
     */
    private Pool pool(URI sparql) {
        if (options.distinct() <= 0) return new Pool(List.of(), 0, 0, bounds.clients());
        // 10,000: the most rows our /sparql returns (nq57.sparql.max-rows), so either side gives the same names.
        List<String> names = column(sparql, """
                SELECT ?name WHERE { ?t a nq:Task ; nq:name ?name } ORDER BY ?t ?name LIMIT 10000""", "name");
        int slices = 2 * bounds.clients().size();
        int warmed = WARM + options.warmQueries();
        List<SearchQuery> queries = DistinctQueries.from(names, warmed + slices * options.distinct(), options.seed());
        // The measured slices come first out of what the names hold; the warm-up load takes what is left of its share.
        int per = Math.max(0, Math.min(options.distinct(), (queries.size() - WARM) / slices));
        int warmLoad = Math.max(0, Math.min(options.warmQueries(), queries.size() - WARM - slices * per));
        return new Pool(queries, warmLoad, per, bounds.clients());
    }

    /**
     * Distinct queries: the first {@link #WARM} checked and asked one by one, then {@code warmLoad} asked as a load to
     * warm up, then {@code per} for each (kind, client count).
     */
    private record Pool(List<SearchQuery> queries, int warmLoadSize, int per, List<Integer> clients) {
        List<SearchQuery> warm() {
            return queries.subList(0, Math.min(WARM, queries.size()));
        }

        List<SearchQuery> warmLoad() {
            int from = Math.min(queries.size(), WARM);
            return queries.subList(from, Math.min(queries.size(), from + warmLoadSize));
        }

        List<SearchQuery> slice(int kind, int clientCount) {
            int index = kind * clients.size() + clients.indexOf(clientCount);
            int from = Math.min(queries.size(), WARM + warmLoadSize + index * per);
            return queries.subList(from, Math.min(queries.size(), from + per));
        }

        String describe() {
            return queries.size() + " distinct queries drawn from task names (" + warmLoadSize + " to warm up, " + per
                    + " per measurement)";
        }
    }

    private static List<HttpRequest> map(List<SearchQuery> queries, Function<SearchQuery, HttpRequest> request) {
        return queries.stream().map(request).toList();
    }

    /** A lineage or SPARQL workload: one client, the mix repeated. */
    private void measure(List<HttpResult> out, JavaProcess server, String side, String workload, List<HttpRequest> mix) {
        if (mix.isEmpty()) {
            out.add(new HttpResult(side, workload, null, "nothing to ask (no such entities in the corpus)"));
            return;
        }
        measure(out, server, side, workload, level -> mix, mix, List.of(), List.of(1), false);
    }

    /** A fixed mix at each client count, repeated until the bounds. */
    private void measureMix(List<HttpResult> out, JavaProcess server, String side, String workload,
                            List<HttpRequest> mix) {
        measure(out, server, side, workload, level -> mix, mix, List.of(), bounds.clients(), false);
    }

    /**
     * Queries each asked once: {@code sliceFor} gives each client count its own; {@code warmLoad} is asked first, at
     * the most clients measured, and not measured (see {@link Options#warmQueries}).
     */
    private void measureDistinct(List<HttpResult> out, JavaProcess server, String side, String workload,
                                 IntFunction<List<HttpRequest>> sliceFor, List<HttpRequest> probe,
                                 List<HttpRequest> warmLoad) {
        measure(out, server, side, workload, sliceFor, probe, warmLoad, bounds.clients(), true);
    }

    /**
     * Checks the {@code probe} requests (failures and empty answers go into the note), warms up with them, then measures
     * at each client count. With {@code once}, each client count has its own requests ({@code mixFor}), each sent at
     * most once; otherwise the same mix is repeated until the bounds.
     */
    private void measure(List<HttpResult> out, JavaProcess server, String side, String workload,
                         IntFunction<List<HttpRequest>> mixFor, List<HttpRequest> probe, List<HttpRequest> warmLoad,
                         List<Integer> levels, boolean once) {
        if (probe.isEmpty()) {
            out.add(new HttpResult(side, workload, null, "no queries (the corpus holds too few distinct fragments)"));
            return;
        }
        int status = probe(probe.getFirst()).status();
        if (status / 100 != 2) {
            out.add(new HttpResult(side, workload, null, "not served: HTTP " + status + " on " + probe.getFirst().uri().getPath()));
            log.accept(side + " " + workload + ": not served (HTTP " + status + ")");
            return;
        }
        List<String> failing = new ArrayList<>();
        int empty = 0;
        for (HttpRequest r : probe) {
            Answer a = probe(r);
            if (a.status() / 100 == 2 && EMPTY.matcher(a.body()).find()) empty++;
            if (a.status() / 100 != 2) failing.add("HTTP " + a.status() + " " + java.net.URLDecoder.decode(
                    r.uri().getRawQuery() == null ? r.uri().getPath() : r.uri().getRawQuery(), java.nio.charset.StandardCharsets.UTF_8));
        }
        failing.forEach(f -> log.accept(side + " " + workload + ": fails: " + f.replaceAll("\\s+", " ")));
        String of = once ? " of " + probe.size() + " warm-up queries" : " of " + probe.size();
        String note = (once ? "each query asked once; " : "")
                + (failing.isEmpty() ? "" : failing.size() + of + " fail; ")
                + (empty == 0 ? "" : empty + of + " find nothing");
        note = note.replaceAll(";\\s*$", "");
        if (!warmLoad.isEmpty()) {
            LatencyStats warm = load.run(warmLoad, Collections.max(levels), warmLoad.size(), WARM_TIME);
            log.accept(String.format("%s | %s: warmed up with %d distinct queries (%d errors, %.0f req/s)", side,
                    workload, warm.requests(), warm.errors(), warm.throughput()));
            note += (note.isEmpty() ? "" : "; ") + "after " + warm.requests() + " other queries to warm up";
        }
        for (int clients : levels) {
            List<HttpRequest> mix = mixFor.apply(clients);
            if (mix.isEmpty()) {
                out.add(new HttpResult(side, workload, null, "no queries left for " + clients + " clients"));
                continue;
            }
            Duration serverCpu = server.cpuTime();
            Duration clientCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            LatencyStats stats = load.run(mix, clients, once ? Math.min(bounds.maxRequests(), mix.size()) : bounds.maxRequests(),
                    bounds.maxTime());
            stats = stats.withCpu(server.cpuTime().minus(serverCpu),
                    ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(clientCpu));
            out.add(new HttpResult(side, workload, stats, note));
            log.accept(String.format("%s | %s c=%d: %d req, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s, "
                    + "CPU a request %.1f ms server, %.1f ms client", side, workload, clients, stats.requests(),
                    stats.errors(), stats.p50(), stats.p95(), stats.p99(), stats.throughput(), stats.serverCpuMs(),
                    stats.clientCpuMs()));
        }
    }

    /** Waits (at most {@link Options#alignmentWait}) for the first start's log to state the alignment's duration. */
    private String awaitAlignment(Path serviceLog) {
        long deadline = System.nanoTime() + options.alignmentWait().toNanos();
        while (true) {
            OptionalDouble ms = AlignmentLog.millis(serviceLog);
            if (ms.isPresent()) return String.format(java.util.Locale.ROOT, "%.0f ms", ms.getAsDouble());
            if (System.nanoTime() >= deadline) return "not found";
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "not found";
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "(no message)";
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** An answer with no hit: our search's {@code "total":0}, an empty SPARQL result. */
    private static final java.util.regex.Pattern EMPTY =
            java.util.regex.Pattern.compile("\"total\"\\s*:\\s*0\\b|\"bindings\"\\s*:\\s*\\[\\s*\\]|\"results\"\\s*:\\s*\\[\\s*\\]");

    private record Answer(int status, String body) {}

    /** One request, its status and body (status -1 when it could not be sent). */
    private static Answer probe(HttpRequest request) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "");
        }
    }

    /** The generated provincial plans (the only province-level documents with tasks), in IRI order. */
    private static List<String> provincePlans(URI sparql) {
        return column(sparql, """
                SELECT DISTINCT ?doc WHERE { ?t a nq:Task ; nq:inDocument ?doc . ?doc nq:level nq:province } ORDER BY ?doc LIMIT 20""", "doc");
    }

    /** About 20 commune tasks spread over the first 400 the store lists. */
    private static List<String> communeTasks(URI sparql) {
        List<String> tasks = column(sparql, """
                SELECT ?t WHERE { ?t a nq:Task ; nq:inDocument ?d . ?d nq:level nq:commune } LIMIT 400""", "t");
        return every(tasks, Math.max(1, tasks.size() / 20));
    }

    private static List<String> column(URI sparql, String query, String var) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(Endpoints.sparql(sparql, query),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException("SPARQL " + r.statusCode() + ": " + new String(r.body()));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            List<String> out = new ArrayList<>();
            rs.forEachRemaining((QuerySolution s) -> out.add(s.get(var).toString()));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> every(List<String> list, int step) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += step) out.add(list.get(i));
        return out;
    }
}
