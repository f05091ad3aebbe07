package vn.nq57.alignment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
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
  record Resolved(Pair pair, String downstream, Set<String> upstream, String problem) {
    boolean ok() {
      return problem == null;
    }
  }

  /**
   * Marks an upstream side that names a group of tasks or a goal by its section title ("§ Nâng cao nhận thức, …"),
   * for documents whose loader reads the group as a section of tasks rather than as a task.
   */
  static final String GROUP = "§";

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
      resolved.add(new Resolved(p, down.iris.isEmpty() ? null : down.iris.iterator().next(), up.iris, problem));
    }
    return resolved;
  }

  private record Lookup(Set<String> iris, String problem) {}

  private static Lookup lookup(Key key, AlignmentCorpus corpus) {
    boolean group = key.prefix().startsWith(GROUP);
    List<String> prefix = folded(group ? key.prefix().substring(GROUP.length()) : key.prefix());
    List<AlignmentItem> matches = new ArrayList<>();
    for (AlignmentItem item : corpus.items()) {
      AlignmentDocument doc = corpus.document(item.document());
      if (doc == null || !(key.document().equals(doc.number()) || key.document().equals(doc.fileName()))) {
        continue;
      }
      List<String> name = folded(group ? nullToEmpty(item.sectionTitle()) : item.name());
      if (name.size() >= prefix.size() && name.subList(0, prefix.size()).equals(prefix)) {
        matches.add(item);
      }
    }
    if (group) {
      // a group of tasks or a goal: every task or indicator the loader reads in it stands for it
      return matches.isEmpty() ? new Lookup(Set.of(), key + ": no section of that title in the store")
          : new Lookup(matches.stream().map(AlignmentItem::iri).collect(Collectors.toCollection(LinkedHashSet::new)), null);
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
      return new Lookup(Set.of(), key + " is not in the store");
    }
    if (matches.size() > 1) {
      return new Lookup(Set.of(), key + " matches " + matches.size() + " items");
    }
    return new Lookup(Set.of(matches.getFirst().iri()), null);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static boolean sameOrdinal(String a, String b) {
    return a != null && a.replaceFirst("^0+(?=\\d)", "").equalsIgnoreCase(b.replaceFirst("^0+(?=\\d)", ""));
  }

  private static List<String> folded(String text) {
    return Analysis.terms(Tier.FOLDED, text);
  }

  /**
   * One judged upstream target of a downstream item: a single task or indicator, or every item of a group of tasks or
   * goal (any of them counts as finding the target).
   */
  record Target(Set<String> items, int grade) {}

  /** The judged targets per downstream IRI, in file order; a target judged twice keeps its higher grade. */
  static Map<String, List<Target>> relevance(List<Resolved> resolved) {
    Map<String, Map<Set<String>, Integer>> byDownstream = new LinkedHashMap<>();
    for (Resolved r : resolved) {
      if (r.ok() && r.pair().grade() > 0) {
        byDownstream.computeIfAbsent(r.downstream(), k -> new LinkedHashMap<>()).merge(r.upstream(), r.pair().grade(), Math::max);
      }
    }
    Map<String, List<Target>> targets = new LinkedHashMap<>();
    byDownstream.forEach((down, ups) -> {
      List<Target> list = new ArrayList<>();
      ups.forEach((items, grade) -> list.add(new Target(items, grade)));
      targets.put(down, list);
    });
    return targets;
  }

  /** The grade of {@code upstream} for an item with these targets (the highest of the targets holding it), or 0. */
  static int grade(List<Target> targets, String upstream) {
    return targets.stream().filter(t -> t.items().contains(upstream)).mapToInt(Target::grade).max().orElse(0);
  }
}
