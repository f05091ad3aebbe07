package vn.nq57.loader;

import java.nio.file.Path;

/** Where the real source documents of the repository live, for tests. */
public final class RealDocuments {
    private RealDocuments() {}

    public static Path root() {
        return Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
    }

    public static Path sources() {
        return root().resolve("data/sources");
    }

    public static Path file(String prefix) {
        try (var files = java.nio.file.Files.list(sources())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
