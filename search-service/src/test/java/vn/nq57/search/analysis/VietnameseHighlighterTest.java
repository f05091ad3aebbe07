package vn.nq57.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;
import vn.nq57.search.analysis.VietnameseHighlighter.Span;

/**
 * The highlighter tokenizes a text once and derives every text tier's terms from those tokens; what it marks must be
 * exactly what running each tier's own analyzer marks, on the real documents' lines and on awkward input.
 */
class VietnameseHighlighterTest {

  private static final Path SOURCES =
      Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize().resolve("data/sources");

  private static final List<String> AWKWARD = List.of(
      "Đẩy mạnh CHUYỂN ĐỔI SỐ trong cơ quan nhà nước",
      "\u0111u\u031Bo\u031B\u0300ng giao th\u00F4ng", // decomposed đường
      "đại\u200Bhọc công ngh\u00ADệ \uFEFFthông\u00A0tin",
      "kỹ thuật, kĩ năng, quy hoạch, qui trình, lý luận, y tế, gia đình",
      "hòa bình, hoà bình, thuỷ lợi, thủy lợi, hòan thành, ngừơi dân",
      "chuyen doi so (khong dau) va mot so tu co dau: chuyển đổi",
      "Nghị quyết số 57-NQ/TW ngày 22/12/2024; Kế hoạch 02-KH/BCĐTW; café VNeID 4.0",
      "Ð ð Ɖ ɖ đồng; tiế\u0301p tục; a");

  @Test
  void marksWhatEachTierAnalyzerMarks() throws IOException {
    List<String> texts = new ArrayList<>(AWKWARD);
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            texts.add(line);
          }
        }
      }
    }
    assertFalse(texts.size() < 100, "the real documents of " + SOURCES + " should give many lines");
    VietnameseHighlighter highlighter = new VietnameseHighlighter(TierFields.TEXT);
    int marked = 0;
    for (int n = 0; n < texts.size(); n++) {
      String text = texts.get(n);
      for (int choice = 0; choice < 2; choice++) {
        // every other term of each tier (alternating which), so some tokens match and some do not
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Tier tier : Tier.values()) {
          if (choice == 1 && (tier == Tier.EXACT || tier == Tier.DOCNUMBER)) {
            continue; // and a query without these tiers, as an ASCII query is
          }
          int k = 0;
          for (String t : new LinkedHashSet<>(Tokens.terms(tier, text))) {
            if ((k++ + n + choice) % 2 == 0) {
              q.add(new TermQuery(new Term(TierFields.TEXT.field(tier), t)), Occur.SHOULD);
            }
          }
        }
        Query query = q.build();
        List<Span> expected = perTier(text, query);
        assertEquals(expected, highlighter.spans(text, query), "spans of: " + text);
        VietnameseHighlighter.Marker marker = highlighter.marker(query);
        for (int limit : new int[] {1, 40, 150}) {
          // looking no further than the limit finds every range before it, as far as the limit
          assertEquals(before(expected, limit), before(marker.spans(text, limit), limit),
              "spans up to " + limit + " of: " + text);
        }
        // marked again, as a search's results often repeat a text word for word: what the marker remembers is what it
        // finds, whatever limit it was first asked with
        assertEquals(expected, marker.spans(text), "spans of: " + text + ", after looking up to a limit");
        assertEquals(expected, marker.spans(text), "spans of: " + text + ", remembered");
        marked += expected.size();
      }
    }
    assertFalse(marked == 0, "some text should have been marked");
  }

  /** The ranges, cut at {@code limit}. */
  private static List<Span> before(List<Span> spans, int limit) {
    return spans.stream().filter(s -> s.start() < limit).map(s -> new Span(s.start(), Math.min(s.end(), limit)))
        .toList();
  }

  /** The reference: each tier's analyzer run over the whole text, its matching tokens' offsets merged. */
  private static List<Span> perTier(String text, Query query) throws IOException {
    Set<String> wanted = new java.util.HashSet<>();
    for (var c : ((BooleanQuery) query).clauses()) {
      Term t = ((TermQuery) c.query()).getTerm();
      wanted.add(t.field() + "\u0000" + t.text());
    }
    List<Span> spans = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      for (Tokens token : Tokens.of(VietnameseAnalyzers.analyzer(tier), text)) {
        if (wanted.contains(TierFields.TEXT.field(tier) + "\u0000" + token.term())) {
          spans.add(new Span(token.start(), token.end()));
        }
      }
    }
    return VietnameseHighlighter.merge(spans); // merging overlaps is not what this reference checks
  }
}
