package vn.nq57.bench.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The peer users would otherwise pick: Apache Jena Fuseki with a jena-text Lucene index over the same N-Quads.
 * Everything runs from Fuseki's own server jar (same Jena release as ours, with the Lucene that release was built
 * on) in JVMs of its own: {@code tdb2.tdbloader} builds the store, {@code jena.textindexer} the text index over the
 * task and indicator names, and Fuseki serves {@code text:query} SPARQL at {@code /ds/sparql}. The index stores the
 * names ({@code text:storeValues}, which {@code highlight:} snippets need) and runs a text query once per SPARQL
 * request however often the request names it ({@code text:cacheQueries}, for the total and facets of a faceted search).
 */
public final class FusekiPeer {
    /** The literal the peer indexes: the name of every task, indicator, section and document. */
    public static final String INDEXED_PREDICATE = "https://w3id.org/nq57/ontology#name";

    private final Path jar;
    private final Path home;
    private final String heap;

    /** @param home where the store, indexes, configurations and logs go; @param heap e.g. "2g" */
    public FusekiPeer(Path jar, Path home, String heap) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("peer jar not found: " + jar + " (built by `mvn -pl benchmarks generate-resources`)");
        }
        this.jar = jar.toAbsolutePath();
        this.home = home.toAbsolutePath();
        this.heap = heap;
    }

    public Path store() { return home.resolve("tdb2"); }

    /** The peer's JVM options: its heap, and what lets Lucene run at its best, as ours gets. */
    private List<String> lucene(String heap) {
        return List.of("-Xmx" + heap, JavaProcess.VECTOR_API, JavaProcess.NATIVE_ACCESS, "-cp", jar.toString());
    }

    /** {@code tdb2.tdbloader} of {@code nquads} into a new store; returns wall seconds (JVM start included). */
    public double load(Path nquads) {
        return JavaProcess.run(lucene(heap),
                List.of("tdb2.tdbloader", "--loc=" + store(), nquads.toAbsolutePath().toString()),
                home, home.resolve("tdbloader.log"), Duration.ofHours(1));
    }

    /** {@code jena.textindexer} over the loaded store with {@code analyzer}; returns wall seconds. */
    public double index(PeerAnalyzer analyzer) {
        Path config = writeConfig(analyzer);
        return JavaProcess.run(lucene(heap),
                List.of("jena.textindexer", "--desc=" + config),
                home, home.resolve("textindexer-" + analyzer.name().toLowerCase() + ".log"), Duration.ofHours(1));
    }

    /** Starts Fuseki on {@code port} over the store and the index built with {@code analyzer}. */
    public Server start(PeerAnalyzer analyzer, int port) {
        Path config = writeConfig(analyzer);
        JavaProcess p = JavaProcess.start(lucene(heap),
                List.of("org.apache.jena.fuseki.main.cmds.FusekiServerCmd", "--localhost", "--port=" + port,
                        "--config=" + config),
                home, home.resolve("fuseki-" + analyzer.name().toLowerCase() + ".log"));
        URI sparql = URI.create("http://127.0.0.1:" + port + "/ds/sparql");
        double ready = p.awaitReady(URI.create(sparql + "?query=ASK%7B%7D"), Duration.ofMinutes(5));
        return new Server(p, sparql, ready);
    }

    /** A running Fuseki: its SPARQL endpoint and how long it took to answer its first query. */
    public record Server(JavaProcess process, URI sparql, double startSeconds) implements AutoCloseable {
        @Override
        public void close() { process.close(); }
    }

    private Path writeConfig(PeerAnalyzer analyzer) {
        Path index = home.resolve("text-" + analyzer.name().toLowerCase());
        String ttl = """
                PREFIX :       <#>
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX text:   <http://jena.apache.org/text#>

                :service a fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset :text_dataset .

                :text_dataset a text:TextDataset ;
                    text:dataset :tdb ;
                    text:index :index .

                :tdb a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .

                :index a text:TextIndexLucene ;
                    text:directory <%s> ;
                    text:storeValues true ;
                    text:cacheQueries true ;
                    text:entityMap :map ;
                    text:analyzer %s .

                :map a text:EntityMap ;
                    text:entityField "uri" ;
                    text:defaultField "name" ;
                    text:map ( [ text:field "name" ; text:predicate <%s> ] ) .
                """.formatted(store(), index.toUri(), analyzer.assembler, INDEXED_PREDICATE);
        try {
            Files.createDirectories(home);
            Path file = home.resolve("fuseki-" + analyzer.name().toLowerCase() + ".ttl");
            Files.writeString(file, ttl);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
