package vn.nq57.alignment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;

/**
 * The documents the judged set is read against: every file of {@code data/sources} plus the Ministry of Justice plan
 * 877/QĐ-BTP (a ministry plan carrying out 03/NQ-CP row by row), kept as a test fixture since it left data/sources.
 */
final class EvaluationCorpus {

  static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
  static final Path FIXTURE = ROOT.resolve("search-service/src/test/resources/alignment/qd877-btp_kh-thuc-hien-nq03.txt");

  private static Dataset dataset;

  private EvaluationCorpus() {}

  /** The parsed documents as an in-memory dataset, parsed once per test run. */
  static synchronized Dataset dataset() throws SourceException {
    if (dataset == null) {
      List<Path> paths = new ArrayList<>();
      paths.add(ROOT.resolve("data/sources"));
      if (Files.exists(FIXTURE)) {
        paths.add(FIXTURE);
      }
      dataset = DatasetFactory.wrap(new Loader(m -> {}).parse(paths).dataset());
    }
    return dataset;
  }
}
