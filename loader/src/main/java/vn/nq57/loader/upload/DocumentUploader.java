package vn.nq57.loader.upload;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.SourceFiles;
import vn.nq57.loader.report.LoadReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sends documents to a running service instead of writing its store (which the service holds): one
 * {@code POST <server>/api/documents} with a {@code multipart/form-data} body (RFC 7578), one part named {@code file}
 * per document with its file name and the media type told from its bytes, HTTP Basic authentication (RFC 7617) as
 * user {@code admin}. A {@code 202 Accepted} (long work such as OCR) is followed by polling the job it names
 * ({@code Location} header, or {@code /api/jobs/{id}} from the body) until its phase is {@code DONE} or
 * {@code FAILED}.
 */
public final class DocumentUploader {
    /** Environment variable holding the admin password, as the service reads it. */
    public static final String PASSWORD_ENV = "NQ57_ADMIN_PASSWORD";
    public static final String USER = "admin";
    /** The phases that end a job ({@code Job.Phase} of the service). */
    private static final String DONE = "DONE", FAILED = "FAILED";
    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * What the service answered: its status and body (JSON: the change's result with its load report, a finished
     * job's status, or an RFC 9457 problem detail).
     */
    public record Answer(int status, String body) {
        private static final ObjectMapper JSON = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        public boolean ok() { return status >= 200 && status < 300; }

        /**
         * The load report the answer carries, read into the loader's own {@link LoadReport}: {@code result.report} of
         * a change, {@code report} of a refusal's problem detail, {@code problem.report} of a failed job; empty when
         * the body has none (a 401, a service of another version) or is not JSON.
         */
        public Optional<LoadReport> report() {
            JsonNode root = tree(body);
            if (root == null) return Optional.empty();
            for (String pointer : List.of("/result/report", "/report", "/problem/report")) {
                JsonNode report = root.at(pointer);
                if (report.isObject()) {
                    try {
                        return Optional.of(JSON.treeToValue(report, LoadReport.class));
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }

        /** The IRIs of the documents the change added or replaced ({@code result.documents[].document}), in order. */
        public List<String> documentIris() {
            JsonNode root = tree(body);
            List<String> iris = new ArrayList<>();
            if (root != null) {
                for (JsonNode d : root.at("/result/documents")) {
                    if (d.path("document").isString()) iris.add(d.get("document").asString());
                }
            }
            return iris;
        }

        /** The problem detail's {@code detail} (why the service refused), or empty. */
        public String detail() {
            JsonNode root = tree(body);
            if (root == null) return "";
            JsonNode detail = root.has("problem") ? root.at("/problem/detail") : root.path("detail");
            return detail.isString() ? detail.asString() : "";
        }

        /**
         * A text property of the refusal's problem detail ({@code problem.<name>} of a failed job, {@code <name>} of a
         * problem answered at once), or empty: e.g. {@code file}, the file at fault, and for a 409 {@code loadedAs} and
         * {@code loadedFile}, the id and file of the loaded document the upload clashes with.
         */
        public String problemProperty(String name) {
            JsonNode root = tree(body);
            if (root == null) return "";
            JsonNode value = root.has("problem") ? root.path("problem").path(name) : root.path(name);
            return value.isString() ? value.asString() : "";
        }

        private static JsonNode tree(String body) {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private final URI server;
    private final String password;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param server   the service's base URL, e.g. {@code http://localhost:8080}
     * @param password the admin password (see {@link #PASSWORD_ENV})
     * @param progress told what is happening (job phase, pages), one line at a time
     */
    public DocumentUploader(URI server, String password, Consumer<String> progress) {
        this.server = server;
        this.password = password;
        this.progress = progress;
    }

    /**
     * Uploads {@code files} in one request, waits for the job when there is one, and returns the final answer.
     *
     * @throws SourceException naming a file that cannot be sent (not a regular file, too large)
     * @throws IOException     when the service cannot be reached
     */
    public Answer upload(List<Path> files) throws SourceException, IOException, InterruptedException {
        return send(files, "POST", server.resolve("/api/documents"));
    }

    /**
     * Replaces the document loaded from a file of {@code file}'s name with {@code file} ({@code PUT
     * <server>/api/documents/<name>}), waiting for the job when there is one; a {@code 404} answer means no document of
     * that name is loaded.
     *
     * @throws SourceException naming a file that cannot be sent (not a regular file, too large)
     * @throws IOException     when the service cannot be reached
     */
    public Answer replace(Path file) throws SourceException, IOException, InterruptedException {
        return send(List.of(file), "PUT", server.resolve("/api/documents/" + percent(file.getFileName().toString())));
    }

    /**
     * Replaces the loaded document {@code id} (its id in {@code /api/documents/{id}}, e.g. the {@code loadedAs} of a
     * 409, which names the file holding the same document under another name) with {@code file}, whatever its name;
     * waits for the job when there is one and returns the final answer ({@code 404} when no such document is loaded).
     *
     * @throws SourceException naming a file that cannot be sent (not a regular file, too large)
     * @throws IOException     when the service cannot be reached
     */
    public Answer replace(Path file, String id) throws SourceException, IOException, InterruptedException {
        // the service's ids are already percent-encoded where they are not plain ASCII ("K%E1%BA%BF...txt")
        return send(List.of(file), "PUT", server.resolve("/api/documents/" + id));
    }

    private Answer send(List<Path> files, String method, URI target)
            throws SourceException, IOException, InterruptedException {
        String boundary = "nq57-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            byte[] bytes = SourceFiles.read(file, null);
            String name = file.getFileName().toString();
            DocumentFormat format = DocumentFormat.detect(name, bytes);
            String type = format == DocumentFormat.IMAGE ? DocumentFormat.imageMediaType(bytes) : format.mediaType();
            body.writeBytes(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(name) + "\"; filename*=UTF-8''"
                    + percent(name) + "\r\n"
                    + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = authorised(HttpRequest.newBuilder(target))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 202) return new Answer(response.statusCode(), response.body());
        return waitForJob(response);
    }

    /**
     * Polls the job until its phase is {@code DONE} or {@code FAILED} (the service's {@code Job.Status}), telling each
     * new phase and page count; a failed job is answered with its problem detail's status (422 when it has none).
     */
    private Answer waitForJob(HttpResponse<String> accepted) throws IOException, InterruptedException {
        URI job = jobUri(accepted);
        if (job == null) return new Answer(accepted.statusCode(), accepted.body());
        String last = "";
        while (true) {
            Thread.sleep(POLL.toMillis());
            HttpResponse<String> r = http.send(authorised(HttpRequest.newBuilder(job))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) return new Answer(r.statusCode(), r.body());
            JsonNode node = parse(r.body());
            String phase = text(node, "phase");
            String pages = node != null && node.hasNonNull("pagesDone")
                    ? " " + node.get("pagesDone").asString() + (node.hasNonNull("pagesTotal") ? "/" + node.get("pagesTotal").asString() : "")
                    : "";
            // a failed job's last loader line ("SHACL: conforms") is not why it failed: the refusal's reason is told
            // next, from its problem detail, so the line says only that it failed
            String message = FAILED.equals(phase) ? "" : text(node, "message");
            String line = (phase + pages + (message.isEmpty() ? "" : " — " + message)).strip();
            if (!line.isEmpty() && !line.equals(last)) progress.accept("job " + job + ": " + line);
            last = line;
            if (DONE.equals(phase)) return new Answer(200, r.body());
            if (FAILED.equals(phase) || phase.isEmpty()) {  // no phase: not a job of this service's kind
                JsonNode status = node == null ? null : node.at("/problem/status");
                return new Answer(status != null && status.isInt() ? status.asInt() : 422, r.body());
            }
        }
    }

    private URI jobUri(HttpResponse<String> accepted) {
        var location = accepted.headers().firstValue("Location");
        if (location.isPresent()) return server.resolve(location.get());
        JsonNode node = parse(accepted.body());
        String id = text(node, "jobId", "id", "job");
        return id.isEmpty() ? null : server.resolve("/api/jobs/" + id);
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder b) {
        String token = Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        return b.header("Authorization", "Basic " + token).timeout(Duration.ofMinutes(10));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String... names) {
        if (node == null) return "";
        for (String n : names) if (node.hasNonNull(n) && node.get(n).isValueNode()) return node.get(n).asString();
        return "";
    }

    private static String quoted(String name) {
        return name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
    }

    private static String percent(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0)
                b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        return b.toString();
    }
}
