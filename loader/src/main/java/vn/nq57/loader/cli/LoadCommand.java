package vn.nq57.loader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.loader.store.StoreLockedException;
import vn.nq57.loader.upload.DocumentUploader;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "load", description = {
        "Parse, validate and load documents (.txt, .md, .html, .docx, .doc, .pdf, scans) into the TDB2 store (one transaction),",
        "or, with --server, send them to the running service, which holds its store."})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/build/tdb2")
    Path store;

    @Option(names = "--strict", description = "Refuse to load when SHACL validation reports violations.")
    boolean strict;

    @Option(names = "--replace", description = {"Replace documents already loaded from files of the same name with other content;",
            "with --server, a file whose document is loaded from a file of another name replaces that one."})
    boolean replace;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the files to the running service (POST URL/api/documents as user admin, password from NQ57_ADMIN_PASSWORD).")
    URI server;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of documents")
    List<Path> paths;

    /** Where messages go and the environment is read; the tests give their own. */
    PrintStream out = System.out, err = System.err;
    Function<String, String> env = System::getenv;

    @Override
    public Integer call() {
        return server != null ? send() : loadLocally();
    }

    private int loadLocally() {
        Loader loader = new Loader(err::println);
        try (GraphStore graphs = GraphStore.open(store)) {
            // one write transaction fed as documents are parsed; with --strict it is aborted on any SHACL violation
            LoadReport report = loader.load(graphs, paths, replace, r -> !strict || r.conforms());
            if (strict && !report.conforms()) {
                err.print(report.toText());
                err.println("not loaded: SHACL violations (--strict); the store is unchanged");
                return 3;
            }
            out.print(report.toText());
            out.println("loaded into " + store);
            return 0;
        } catch (StoreLockedException e) {
            err.println(e.getMessage());
            return 4;
        } catch (SourceException e) {
            err.println("error: " + e.getMessage());
            err.println("nothing was loaded; the store is unchanged");
            return 2;
        }
    }

    /**
     * Tells what the service made of the files as a local load does: for a refusal the service's reason first, then its
     * load report in the same plain text and each added document's page. A body without a report (a service of another
     * version) is printed as it came.
     */
    private void tell(DocumentUploader.Answer answer) {
        PrintStream to = answer.ok() ? out : err;
        // A refusal first: a report that ends "SHACL: conforms" would otherwise read as a success until its last line.
        if (!answer.ok() && !answer.detail().isEmpty()) err.println("refused: " + answer.detail());
        answer.report().ifPresentOrElse(r -> to.print(r.toText()), () -> {
            if (answer.ok() || answer.detail().isEmpty()) to.println(answer.body());
        });
        for (String iri : answer.documentIris()) {
            out.println("page: " + server.resolve("/entity.html?id=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)));
        }
    }

    /**
     * What to do about a 409, from the refusal's problem detail: the file at fault ({@code file}) and the loaded
     * document it clashes with ({@code loadedFile}). Takes the answer and the files sent; gives the advice line.
     */
    private String conflict(DocumentUploader.Answer answer, List<Path> files) {
        if (replace) {
            // --replace already replaced by name and by identity: advising it again would send the officer round
            return "error: the service answered 409 (reason above); nothing was replaced";
        }
        String name = answer.problemProperty("file");
        String typed = files.stream().filter(f -> f.getFileName().toString().equals(name)).findFirst()
                .map(Path::toString).orElse(name.isEmpty() ? "FILE" : name);
        String command = "./nq57 load --server " + server + " --replace " + typed;
        String loaded = answer.problemProperty("loadedFile");
        if (!loaded.isEmpty() && !loaded.equals(name)) {
            return "error: " + name + " is the same document as the file '" + loaded + "', loaded already; to replace "
                    + "that one with it: " + command;
        }
        return "error: the service answered 409: a document of that name or number is loaded already; to replace it: "
                + command;
    }

    private int send() {
        String password = env.apply(DocumentUploader.PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            err.println("error: set " + DocumentUploader.PASSWORD_ENV + " to the service's admin password to send documents to " + server);
            return 2;
        }
        try {
            List<Path> files = Loader.sources(paths);
            if (files.isEmpty()) {
                err.println("error: no documents in " + paths);
                return 2;
            }
            DocumentUploader uploader = new DocumentUploader(server, password, err::println);
            DocumentUploader.Answer answer;
            if (replace) {
                // one PUT per file: the service replaces a document by the name of the file it was loaded from
                answer = null;
                for (Path file : files) {
                    err.println("replacing " + file.getFileName() + " on " + server);
                    answer = uploader.replace(file);
                    boolean added = answer.status() == 404;
                    if (added) {
                        err.println(file.getFileName() + " is not loaded yet: adding it");
                        answer = uploader.upload(List.of(file));
                    }
                    // the same document loaded from a file of another name: no document has this file's name, so the
                    // PUT above found none, and adding it clashes with that one; replacing means replacing that one
                    String loadedAs = added && answer.status() == 409 ? answer.problemProperty("loadedAs") : "";
                    if (!loadedAs.isEmpty()) {
                        String loadedFile = answer.problemProperty("loadedFile");
                        err.println(file.getFileName() + " is the document loaded from the file '"
                                + (loadedFile.isEmpty() ? loadedAs : loadedFile) + "': replacing that one");
                        answer = uploader.replace(file, loadedAs);
                    }
                    tell(answer);
                    if (!answer.ok()) break;
                }
            } else {
                err.println("sending " + files.size() + " file(s) to " + server.resolve("/api/documents"));
                answer = uploader.upload(files);
                tell(answer);
            }
            if (answer.ok()) return 0;
            err.println(switch (answer.status()) {
                case 401 -> "error: the service refused the admin password (" + DocumentUploader.PASSWORD_ENV + ")";
                case 403 -> "error: the service does not accept writes (see its README: enabling writes)";
                case 409 -> conflict(answer, files);
                default -> "error: the service answered " + answer.status() + "; nothing was loaded";
            });
            return 2;
        } catch (SourceException e) {
            err.println("error: " + e.getMessage());
            err.println("nothing was sent");
            return 2;
        } catch (IOException e) {
            err.println("error: cannot reach " + server + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }
}
