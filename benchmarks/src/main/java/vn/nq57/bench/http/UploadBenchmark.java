package vn.nq57.bench.http;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import vn.nq57.bench.corpus.Corpus;
import vn.nq57.bench.corpus.GeneratedDocument;
import vn.nq57.bench.peer.JavaProcess;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.rows.TaskRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Seconds from upload to searchable (issue 12): our service, started from its jar over a built store (the first start
 * builds it from the corpus), is sent N new commune plans one after the other by {@code POST /api/documents}, each
 * made from the corpus's own generated commune plan with the task count nearest to 40, under its own number and file
 * name. For each it times the answer (the {@code 201}, or the end of the job when the service answers {@code 202}:
 * stored, indexed, swapped in and the alignments recomputed) and the first {@code /api/search} for the words of one of
 * its tasks, filtered to that document, that finds something (asked every 50 ms from the moment the upload is sent).
 * After the runs it removes the plans again ({@code DELETE}, timed too), so the store is what it was and the benchmark
 * can be run again on it. The admin password is a random one given to the service through {@code NQ57_ADMIN_PASSWORD};
 * everything goes to localhost.
 */
public final class UploadBenchmark {
    /** The plan size issue 12 asks about. */
    static final int TASKS = 40;
    /** New plans take numbers from here on: a generated commune plan is numbered 1–300. */
    private static final int FIRST_NUMBER = 901;

    /**
     * What one run measured, in seconds.
     *
     * @param template      the generated plan the uploads are made from (file name) and its task count
     * @param answered      upload → answer, per upload
     * @param searchable    upload → the first search that finds one of its tasks, per upload
     * @param removed       {@code DELETE} → answer, per plan removed after the runs
     * @param listed        {@code GET /api/documents} before the uploads and after them
     */
    public record Result(String label, String template, int tasks, int storeDocuments, List<Double> answered,
                         List<Double> searchable, List<Double> removed, List<Double> listed) {

        /** One Markdown table: median, min and max of each measure. */
        public String markdown() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Uploads at %s (%d documents in the store): %d plans of %d tasks made from %s%n%n",
                    label, storeDocuments, answered.size(), tasks, template));
            out.append("| measure | runs | median | min | max |\n|---|---|---|---|---|\n");
            row(out, "upload → searchable", searchable);
            row(out, "upload → answer (stored, indexed, swapped in, alignments recomputed)", answered);
            row(out, "delete → answer", removed);
            row(out, "GET /api/documents (before, after the uploads)", listed);
            return out.toString();
        }

        private static void row(StringBuilder out, String name, List<Double> seconds) {
            if (seconds.isEmpty()) return;
            out.append(String.format("| %s | %d | %.2f s | %.2f s | %.2f s |%n", name, seconds.size(), median(seconds),
                    seconds.stream().mapToDouble(d -> d).min().orElseThrow(),
                    seconds.stream().mapToDouble(d -> d).max().orElseThrow()));
        }
    }

    /** One plan to upload: its file name, bytes, the IRI it loads as, and the words of one of its tasks. */
    private record Plan(String fileName, byte[] bytes, String document, String taskWords) {}

    private final Consumer<String> log;
    private final String heap;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String password = UUID.randomUUID().toString();

    public UploadBenchmark(Consumer<String> log, String heap) {
        this.log = log;
        this.heap = heap;
    }

    /**
     * Starts the service over {@code work} (store {@code work/service-tdb2}, built from the corpus on a first start),
     * uploads {@code uploads} plans, removes them, stops the service.
     *
     * @throws IllegalStateException the corpus has no commune plan, an upload is refused, or a plan never becomes
     *     searchable (two minutes)
     */
    public Result run(String label, Path serviceJar, Corpus corpus, Path work, int uploads) {
        GeneratedDocument template = template(corpus);
        List<Plan> plans = plans(template, work.resolve("upload-plans"), uploads + 1);
        try (Service s = Service.start(serviceJar, corpus.directory(), work, heap, password)) {
            URI base = s.base;
            for (Plan p : plans) send(delete(base, p.fileName()));   // what an interrupted run left
            List<Double> listed = new ArrayList<>();
            long t = System.nanoTime();
            int documents = JSON.parseAny(send(get(base, "/api/documents")).body()).getAsArray().size();
            listed.add(seconds(t));
            log.accept(String.format("uploads at %s: %d documents in the store; template %s (%d tasks); warm-up upload",
                    label, documents, template.file().getFileName(), template.tasks()));
            upload(base, plans.getFirst());   // warm-up: not counted
            List<Double> answered = new ArrayList<>();
            List<Double> searchable = new ArrayList<>();
            for (Plan p : plans.subList(1, plans.size())) {
                double[] r = upload(base, p);
                answered.add(r[0]);
                searchable.add(r[1]);
                log.accept(String.format("upload %s: answer %.2f s, searchable %.2f s", p.fileName(), r[0], r[1]));
            }
            t = System.nanoTime();
            send(get(base, "/api/documents"));
            listed.add(seconds(t));
            List<Double> removed = new ArrayList<>();
            for (Plan p : plans) {
                t = System.nanoTime();
                HttpResponse<String> r = send(delete(base, p.fileName()));
                if (r.statusCode() / 100 != 2) throw new IllegalStateException("DELETE " + p.fileName() + ": HTTP "
                        + r.statusCode() + " " + r.body());
                if (p != plans.getFirst()) removed.add(seconds(t));
            }
            return new Result(label, template.file().getFileName().toString(), template.tasks(), documents, answered,
                    searchable, removed, listed);
        }
    }

    /** The generated commune plan with the task count nearest to {@link #TASKS} (the first such file by name). */
    static GeneratedDocument template(Corpus corpus) {
        return corpus.documents().stream()
                .filter(d -> Levels.COMMUNE.equals(d.level()) && d.number() != null && d.tasks() > 0)
                .min(Comparator.comparingInt((GeneratedDocument d) -> Math.abs(d.tasks() - TASKS))
                        .thenComparing(d -> d.file().getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException("the corpus " + corpus.directory() + " has no commune plan"));
    }

    /**
     * {@code count} copies of the template, each under a new number in its header and a file name of its own, read
     * back with the loader to check each is a plan of the template's tasks under its new number, and to take the words
     * of its first task for the search.
     */
    private static List<Plan> plans(GeneratedDocument template, Path folder, int count) {
        try {
            String text = Files.readString(template.file(), StandardCharsets.UTF_8);
            int at = text.indexOf(template.number());
            if (at < 0) throw new IllegalStateException(template.file() + " does not print its number " + template.number());
            String kind = template.number().substring(template.number().indexOf('/'));
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = FIRST_NUMBER + i;
                Path file = folder.resolve("bench-upload-" + number + "-" + template.file().getFileName());
                Files.writeString(file, text.substring(0, at) + number + kind
                        + text.substring(at + template.number().length()), StandardCharsets.UTF_8);
                files.add(file);
            }
            List<Plan> plans = new ArrayList<>();
            for (ParsedDocument doc : new Loader().parse(files).documents()) {
                List<TaskRow> tasks = doc.rows().tasks();
                if (tasks.size() != template.tasks()) throw new IllegalStateException(doc.source().fileName() + " reads as "
                        + tasks.size() + " tasks, not " + template.tasks());
                String words = String.join(" ", Arrays.stream(tasks.getFirst().name().split("\\s+")).limit(10).toList());
                Path file = files.stream().filter(f -> f.getFileName().toString().equals(doc.source().fileName()))
                        .findFirst().orElseThrow();
                plans.add(new Plan(doc.source().fileName(), Files.readAllBytes(file), doc.documentIri(), words));
            }
            plans.sort(Comparator.comparing(Plan::fileName));
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plans to upload in " + folder, e);
        } catch (SourceException e) {
            throw new IllegalStateException("the loader cannot read the plans made from " + template.file(), e);
        }
    }

    /**
     * Returns {upload → answer, upload → searchable} in seconds. The search is asked from the moment the upload is
     * sent, beside it (every 50 ms), since the service makes a document searchable before it answers (the inferred
     * alignments are recomputed after the swap); a filter naming a document not yet indexed is a 400, i.e. not yet.
     */
    private double[] upload(URI base, Plan plan) {
        long t0 = System.nanoTime();
        var pending = http.sendAsync(post(base, plan), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        URI search = base.resolve("/api/search?size=20&q=" + enc(plan.taskWords()) + "&document=" + enc(plan.document()));
        double searchable = Double.NaN;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> s = send(HttpRequest.newBuilder(search).timeout(Duration.ofMinutes(2)).GET().build());
            if (s.statusCode() == 200) {
                JsonValue total = JSON.parse(s.body()).get("total");
                if (total != null && total.getAsNumber().value().intValue() > 0) {
                    searchable = seconds(t0);
                    break;
                }
            }
            if (pending.isCompletedExceptionally()) break;
            sleep(50);
        }
        HttpResponse<String> r = pending.join();
        JsonObject status = JSON.parse(r.body());
        if (r.statusCode() == 202) status = awaitJob(base, status.getString("id"));
        else if (r.statusCode() != 201) throw new IllegalStateException("upload " + plan.fileName() + ": HTTP "
                + r.statusCode() + " " + r.body());
        double answered = seconds(t0);
        if (!"DONE".equals(status.getString("phase"))) throw new IllegalStateException("upload " + plan.fileName()
                + " failed: " + status);
        JsonArray documents = status.getObj("result").get("documents").getAsArray();
        String document = documents.get(0).getAsObject().getString("document");
        if (!document.equals(plan.document())) throw new IllegalStateException("upload " + plan.fileName()
                + " loaded as " + document + ", not " + plan.document());
        if (Double.isNaN(searchable)) throw new IllegalStateException(plan.fileName() + " not searchable (" + search + ")");
        return new double[] {answered, searchable};
    }

    private JsonObject awaitJob(URI base, String id) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject status = JSON.parse(send(get(base, "/api/jobs/" + enc(id))).body());
            String phase = status.getString("phase");
            if ("DONE".equals(phase) || "FAILED".equals(phase)) return status;
            sleep(20);
        }
        throw new IllegalStateException("job " + id + " not finished after ten minutes");
    }

    private HttpRequest post(URI base, Plan plan) {
        String boundary = UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + plan.fileName()
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + plan.bytes().length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(plan.bytes(), 0, body, head.length, plan.bytes().length);
        System.arraycopy(tail, 0, body, head.length + plan.bytes().length, tail.length);
        return HttpRequest.newBuilder(base.resolve("/api/documents")).timeout(Duration.ofMinutes(10))
                .header("Authorization", auth()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest delete(URI base, String fileName) {
        return HttpRequest.newBuilder(base.resolve("/api/documents/" + enc(fileName))).timeout(Duration.ofMinutes(10))
                .header("Authorization", auth()).DELETE().build();
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2)).GET().build();
    }

    private String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Our service in a JVM of its own with writes enabled: the admin password goes in its environment, never on its
     * command line; uploads are kept in {@code work/upload-kept}, not in the corpus.
     */
    private static final class Service implements AutoCloseable {
        final Process process;
        final URI base;

        private Service(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        static Service start(Path jar, Path corpus, Path work, String heap, String password) {
            if (!Files.isRegularFile(jar)) throw new IllegalArgumentException("service jar not found: " + jar);
            int port = JavaProcess.freePort();
            Path log = work.resolve("service-uploads.log");
            List<String> command = List.of(JavaProcess.java().toString(), "-Xmx" + heap, "-Dfile.encoding=UTF-8",
                    JavaProcess.VECTOR_API, JavaProcess.NATIVE_ACCESS, "-jar",
                    jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                    "--nq57.store.dir=" + work.resolve("service-tdb2").toAbsolutePath(),
                    "--nq57.sources.dir=" + corpus.toAbsolutePath(),
                    "--nq57.documents.dir=" + work.resolve("upload-kept").toAbsolutePath(),
                    "--nq57.documents.reports-dir=" + work.resolve("upload-reports").toAbsolutePath(),
                    "--logging.level.root=WARN", "--logging.level.vn.nq57.service.documents=INFO");
            try {
                Files.createDirectories(work);
                ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                pb.environment().put("NQ57_ADMIN_PASSWORD", password);
                Service s = new Service(pb.start(), URI.create("http://127.0.0.1:" + port));
                s.awaitReady(log);
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + jar, e);
            }
        }

        private void awaitReady(Path log) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) throw new IllegalStateException("the service exited " + process.exitValue()
                        + "; see " + log);
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() / 100 == 2) return;
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(200);
            }
            close();
            throw new IllegalStateException("the service was not ready after an hour; see " + log);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
