package vn.nq57.bench.corpus;

import java.nio.file.Path;
import java.util.List;

/** A generated corpus: the directory the loader reads, and what each file in it should load as. */
public record Corpus(Path directory, long seed, List<Province> provinces, List<GeneratedDocument> documents) {
    public Corpus {
        provinces = List.copyOf(provinces);
        documents = List.copyOf(documents);
    }

    public int tasks() { return documents.stream().mapToInt(GeneratedDocument::tasks).sum(); }

    public int indicators() { return documents.stream().mapToInt(GeneratedDocument::indicators).sum(); }

    public int communes() { return provinces.stream().mapToInt(p -> p.communes().size()).sum(); }

    public long bytes() {
        return documents.stream().mapToLong(d -> d.file().toFile().length()).sum();
    }
}
