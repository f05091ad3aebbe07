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
 * 877/QĐ-BTP (a ministry plan carrying out 03/NQ-CP row by row). That plan may not be carried by the project (it was
 * made from an archive we may not redistribute), so it is read from {@code ../shared/extra/}, which CI always has;
 * without it, its judged pairs are reported as unresolvable.
 */
final class EvaluationCorpus {

  static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
  static final Path FIXTURE = ROOT.resolve("../shared/extra/qd877-btp_kh-thuc-hien-nq03.txt").normalize();

  private static Dataset dataset;

  private EvaluationCorpus() {}

  /** The parsed documents as an in-memory dataset, parsed once per test run. */
  static synchronized Dataset dataset() throws SourceException {
    if (dataset == null) {
      List<Path> paths = new ArrayList<>();
      paths.add(ROOT.resolve("data/sources"));
      if (Files.isRegularFile(FIXTURE)) {
        paths.add(FIXTURE);
      } else {
        System.err.println("alignment evaluation: " + FIXTURE + " is absent (../shared/extra): the ministry plan's"
            + " judged pairs are unresolvable in this run");
      }
      dataset = DatasetFactory.wrap(new Loader(m -> {}).parse(paths).dataset());
    }
    return dataset;
  }
}
