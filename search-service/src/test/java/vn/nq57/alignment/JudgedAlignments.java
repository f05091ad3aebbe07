package vn.nq57.alignment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.nq57.search.analysis.Analysis;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/**
 * The judged set {@code judged-pairs.tsv}, resolved against a store: each side is found by its document (number or
 * source file name) and the first words of its name, with section and ordinal breaking ties. A side that does not
 * resolve to exactly one item (its document or row not loaded yet, e.g. 57-NQ/TW's goals today) is kept as
 * unresolvable, with the reason, and counted in the report.
 */
final class JudgedAlignments {

  /** One side of a judged pair as the file states it. */
  record Key(String document, String section, String ordinal, String prefix) {
    @Override
    public String toString() {
      return document + " " + (section.isEmpty() ? "" : section + ".") + ordinal + " «" + prefix + "»";
    }
  }

  record Pair(int line, Key downstream, Key upstream, int grade) {}

  /** A pair with its sides resolved to IRIs, or the reason it could not be. */
  record Resolved(Pair pair, String downstream, String upstream, String problem) {
    boolean ok() {
      return problem == null;
    }
  }

  private JudgedAlignments() {}

  static List<Pair> read(Path file) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 9) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": 9 tab-separated columns expected, got " + c.length);
      }
      pairs.add(new Pair(i + 1, new Key(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()),
          new Key(c[4].strip(), c[5].strip(), c[6].strip(), c[7].strip()), Integer.parseInt(c[8].strip())));
    }
    return pairs;
  }

  static List<Resolved> resolve(List<Pair> pairs, AlignmentCorpus corpus) {
    List<Resolved> resolved = new ArrayList<>();
    for (Pair p : pairs) {
      Lookup down = lookup(p.downstream(), corpus);
      Lookup up = lookup(p.upstream(), corpus);
      String problem = down.problem != null ? "downstream " + down.problem : up.problem != null ? "upstream " + up.problem : null;
      resolved.add(new Resolved(p, down.iri, up.iri, problem));
    }
    return resolved;
  }

  private record Lookup(String iri, String problem) {}

  private static Lookup lookup(Key key, AlignmentCorpus corpus) {
    List<String> prefix = folded(key.prefix());
    List<AlignmentItem> matches = new ArrayList<>();
    for (AlignmentItem item : corpus.items()) {
      AlignmentDocument doc = corpus.document(item.document());
      if (doc == null || !(key.document().equals(doc.number()) || key.document().equals(doc.fileName()))) {
        continue;
      }
      List<String> name = folded(item.name());
      if (name.size() >= prefix.size() && name.subList(0, prefix.size()).equals(prefix)) {
        matches.add(item);
      }
    }
    if (matches.size() > 1 && !key.ordinal().isEmpty()) {
      List<AlignmentItem> byOrdinal = matches.stream().filter(i -> sameOrdinal(i.ordinal(), key.ordinal())).toList();
      if (!byOrdinal.isEmpty()) {
        matches = byOrdinal;
      }
    }
    if (matches.size() > 1 && !key.section().isEmpty()) {
      List<AlignmentItem> bySection = matches.stream().filter(i -> key.section().equalsIgnoreCase(i.sectionNumber())).toList();
      if (!bySection.isEmpty()) {
        matches = bySection;
      }
    }
    if (matches.isEmpty()) {
      return new Lookup(null, key + " is not in the store");
    }
    if (matches.size() > 1) {
      return new Lookup(null, key + " matches " + matches.size() + " items");
    }
    return new Lookup(matches.getFirst().iri(), null);
  }

  private static boolean sameOrdinal(String a, String b) {
    return a != null && a.replaceFirst("^0+(?=\\d)", "").equalsIgnoreCase(b.replaceFirst("^0+(?=\\d)", ""));
  }

  private static List<String> folded(String text) {
    return Analysis.terms(Tier.FOLDED, text);
  }

  /** Resolved relevant upstream IRIs with their grade, per downstream IRI, in file order. */
  static Map<String, Map<String, Integer>> relevance(List<Resolved> resolved) {
    Map<String, Map<String, Integer>> byDownstream = new LinkedHashMap<>();
    for (Resolved r : resolved) {
      if (r.ok() && r.pair().grade() > 0) {
        byDownstream.computeIfAbsent(r.downstream(), k -> new LinkedHashMap<>()).merge(r.upstream(), r.pair().grade(), Math::max);
      }
    }
    return byDownstream;
  }
}
