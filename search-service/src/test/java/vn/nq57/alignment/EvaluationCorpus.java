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
 * The documents the judged set is read against: the files of {@code data/sources} it was judged on ({@link #JUDGED_ON};
 * documents a user adds to that folder, e.g. by uploading them to a running service, would add candidates the judges
 * never saw and change the figures) plus the Ministry of Justice plan 877/QĐ-BTP (a ministry plan carrying out
 * 03/NQ-CP row by row). That plan may not be carried by the project (it was made from an archive we may not
 * redistribute), so it is read from {@code ../shared/extra/}, which CI always has;
 * without it, its judged pairs are reported as unresolvable.
 */
final class EvaluationCorpus {

  static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
  static final Path FIXTURE = ROOT.resolve("../shared/extra/qd877-btp_kh-thuc-hien-nq03.txt").normalize();

  /** The files of {@code data/sources} the pairs were judged against. */
  static final List<String> JUDGED_ON = List.of("000_a8ce0484a169b946.txt", "001_624e61ed64e861df.txt",
      "002_cd447db9985c39e4.txt", "003_39870d99980587d9.txt", "004_51c62f717e4a286a.txt", "nq03-cp_chinh-phu_ctrhd.txt",
      "nq57-tw_bo-chinh-tri.txt");

  private static Dataset dataset;

  private EvaluationCorpus() {}

  /** The parsed documents as an in-memory dataset, parsed once per test run. */
  static synchronized Dataset dataset() throws SourceException {
    if (dataset == null) {
      List<Path> paths = new ArrayList<>();
      for (String name : JUDGED_ON) {
        Path file = ROOT.resolve("data/sources").resolve(name);
        if (!Files.isRegularFile(file)) {
          throw new IllegalStateException("the judged set was read against " + file + ", which is missing");
        }
        paths.add(file);
      }
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
