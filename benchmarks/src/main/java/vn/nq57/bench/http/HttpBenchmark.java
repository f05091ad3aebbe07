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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Serving benchmarks over one corpus, each side in a JVM of its own and measured in turn (never both at once, on
 * this 2-core machine): our service (first start, cold start, heap, search mix, lineage) and Fuseki + jena-text
 * over the same quads with each analyzer (start, search mix, the same lineage questions in SPARQL).
 */
public final class HttpBenchmark {
    /** Bounds of one run, so a benchmark always stops by itself. */
    public record Bounds(List<Integer> clients, int maxRequests, Duration maxTime, Duration requestTimeout, String heap) {}

    private static final String TOP_57 = "https://w3id.org/nq57/id/doc/viet-nam/2024/57-nq-tw";

    private final Consumer<String> log;
    private final Bounds bounds;

    public HttpBenchmark(Consumer<String> log, Bounds bounds) {
        this.log = log;
        this.bounds = bounds;
    }

    /**
     * @param serviceJar our service's jar, or null to measure the peer only
     * @param peer a peer whose store and text indexes were built over the same corpus (see the load benchmark), or
     *             empty to measure our side only
     */
    public HttpReport run(String label, Path serviceJar, Path corpus, Path work, String province, Optional<FusekiPeer> peer) {
        List<HttpResult> results = new ArrayList<>();
        LoadGenerator load = new LoadGenerator(bounds.requestTimeout());
        List<SearchQuery> mix = QueryMix.standard(province);
        double first = Double.NaN, cold = Double.NaN;
        long heap = -1;
        List<String> provincePlans = List.of();
        List<String> tasks = List.of();
        if (serviceJar == null) {
            results.add(new HttpResult("ours", "all", null, "service jar not built: measured the peer only"));
        } else try (OurService s = OurService.start(serviceJar, corpus, work, bounds.heap(), "service-first.log")) {
            first = s.startSeconds();
            log.accept(String.format("our service, first start (load + index): %.1f s", first));
        }
        if (serviceJar != null) try (OurService s = OurService.start(serviceJar, corpus, work, bounds.heap(), "service-cold.log")) {
            cold = s.startSeconds();
            log.accept(String.format("our service, cold start on the built store: %.1f s", cold));
            provincePlans = provincePlans(s.sparql());
            tasks = communeTasks(s.sparql());
            log.accept("lineage over " + provincePlans.size() + " province plans and " + tasks.size() + " commune tasks");

            measure(results, load, "ours", "search", mix.stream().map(q -> Endpoints.ourSearch(s.base(), q, true)).toList(), true);
            // What the peer answers: a ranked page with names, no facet counts (snippets and total still included).
            measure(results, load, "ours", "search, ranked list (facets=false)",
                    mix.stream().map(q -> Endpoints.ourSearch(s.base(), q, false)).toList(), true);
            measure(results, load, "ours", "lineage down (/api/lineage/down)",
                    provincePlans.stream().map(p -> Endpoints.ourLineageDown(s.base(), p)).toList(), false);
            measure(results, load, "ours", "lineage up (/api/lineage/up)",
                    tasks.stream().map(t -> Endpoints.ourLineageUp(s.base(), t)).toList(), false);
            measure(results, load, "ours", "tasks under a province plan (SPARQL)",
                    provincePlans.stream().map(p -> Endpoints.sparql(s.sparql(), Endpoints.tasksUnder(p))).toList(), false);
            measure(results, load, "ours", "every path to 57-NQ/TW (SPARQL)",
                    tasks.stream().map(t -> Endpoints.sparql(s.sparql(), Endpoints.pathsTo(t, TOP_57))).toList(), false);
            heap = s.heapUsedAfterGc();
            log.accept(String.format("our service heap after load and queries (after GC): %.0f MB", heap / 1e6));
        }
        double peerStart = Double.NaN;
        if (peer.isPresent()) {
            for (PeerAnalyzer analyzer : PeerAnalyzer.values()) {
                try (FusekiPeer.Server f = peer.get().start(analyzer, JavaProcess.freePort())) {
                    if (analyzer == PeerAnalyzer.STANDARD) peerStart = f.startSeconds();
                    String side = analyzer.label();
                    measure(results, load, side, "search", mix.stream()
                            .map(q -> Endpoints.sparql(f.sparql(), Endpoints.peerSearch(q))).toList(), true);
                    if (analyzer == PeerAnalyzer.STANDARD) {
                        if (provincePlans.isEmpty()) provincePlans = provincePlans(f.sparql());
                        if (tasks.isEmpty()) tasks = communeTasks(f.sparql());
                        measure(results, load, "Fuseki", "tasks under a province plan (SPARQL)", provincePlans.stream()
                                .map(p -> Endpoints.sparql(f.sparql(), Endpoints.tasksUnder(p))).toList(), false);
                        measure(results, load, "Fuseki", "every path to 57-NQ/TW (SPARQL)", tasks.stream()
                                .map(t -> Endpoints.sparql(f.sparql(), Endpoints.pathsTo(t, TOP_57))).toList(), false);
                    }
                }
            }
        }
        return new HttpReport(label, first, cold, heap, peerStart, results);
    }

    /** Warms up with one pass of the mix, then measures at each client count (or once, single client, for lineage). */
    private void measure(List<HttpResult> out, LoadGenerator load, String side, String workload, List<HttpRequest> mix,
                         boolean everyConcurrency) {
        if (mix.isEmpty()) {
            out.add(new HttpResult(side, workload, null, "nothing to ask (no such entities in the corpus)"));
            return;
        }
        int status = status(mix.getFirst());
        if (status / 100 != 2) {
            out.add(new HttpResult(side, workload, null, "not served: HTTP " + status + " on " + mix.getFirst().uri().getPath()));
            log.accept(side + " " + workload + ": not served (HTTP " + status + ")");
            return;
        }
        List<String> failing = new ArrayList<>();
        int empty = 0;
        for (HttpRequest r : mix) {
            String body = body(r);
            int code = status(r);
            if (code / 100 == 2 && EMPTY.matcher(body).find()) empty++;
            if (code / 100 != 2) failing.add("HTTP " + code + " " + java.net.URLDecoder.decode(
                    r.uri().getRawQuery() == null ? r.uri().getPath() : r.uri().getRawQuery(), java.nio.charset.StandardCharsets.UTF_8));
        }
        failing.forEach(f -> log.accept(side + " " + workload + ": fails: " + f.replaceAll("\\s+", " ")));
        String note = (failing.isEmpty() ? "" : failing.size() + " of " + mix.size() + " requests of the mix fail; ")
                + (empty == 0 ? "" : empty + " of " + mix.size() + " find nothing");
        load.warmUp(mix, 1);
        for (int clients : everyConcurrency ? bounds.clients() : List.of(1)) {
            LatencyStats stats = load.run(mix, clients, bounds.maxRequests(), bounds.maxTime());
            out.add(new HttpResult(side, workload, stats, note));
            log.accept(String.format("%s %s c=%d: %d req, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s",
                    side, workload, clients, stats.requests(), stats.errors(), stats.p50(), stats.p95(), stats.p99(),
                    stats.throughput()));
        }
    }

    /** An answer with no hit: our search's {@code "total":0}, an empty SPARQL result. */
    private static final java.util.regex.Pattern EMPTY =
            java.util.regex.Pattern.compile("\"total\"\\s*:\\s*0\\b|\"bindings\"\\s*:\\s*\\[\\s*\\]|\"results\"\\s*:\\s*\\[\\s*\\]");

    private static String body(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int status(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
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
