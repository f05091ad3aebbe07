package vn.nq57.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import vn.nq57.search.analysis.Analysis;
import vn.nq57.search.analysis.DocumentNumber;
import vn.nq57.search.analysis.DocumentNumbers;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/**
 * What a filter value (province, issuer, document, unit) may be, for one index generation: the value as the facets show
 * it (a province also without its level word: "Đồng Nai" for "tỉnh Đồng Nai") in any Unicode form, case, tone-mark
 * style or look-alike letter (compared by the exact tier's terms: NFKC case folded, canonical tone marks), or the IRI the API publishes for it (a province's area IRI as {@code /api/stats}
 * gives it, a document's or unit's IRI, or the last segment of one), or for a document its number in any of its
 * spellings ({@code 57-NQ/TW}, {@code nq 57}) or its label.
 *
 * <p>Built once per generation, on the first filtered search: the distinct values of the filter fields and the
 * documents' and units' names.
 */
final class FilterValues {

  /** Searched fields and the indexed values each normalised key stands for. */
  private final Map<String, Map<String, Set<String>>> byKey = new HashMap<>();
  /** Document number keys ({@code 57/nq/tw}) → document IRIs. */
  private final Map<String, Set<String>> documentsByNumber = new HashMap<>();

  private FilterValues() {}

  static FilterValues of(DirectoryReader reader) throws IOException {
    FilterValues v = new FilterValues();
    for (String field : List.of(IndexFields.PROVINCE, IndexFields.ISSUER, IndexFields.DOCUMENT, IndexFields.UNIT,
        IndexFields.PROVINCE_ID, IndexFields.AREA_ID)) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String value = t.utf8ToString();
        v.add(field, value, value);
        if (field.equals(IndexFields.PROVINCE)) {
          v.add(field, withoutLevelWord(value), value); // "Đồng Nai" names "tỉnh Đồng Nai", "Huế" "thành phố Huế"
        }
        if (isIri(value)) {
          v.add(field, lastSegment(value), value);
        }
      }
    }
    // Names of documents (number, label) and units, from their own entries.
    IndexSearcher searcher = new IndexSearcher(reader);
    StoredFields stored = searcher.storedFields();
    for (String type : List.of(EntityType.DOCUMENT.label(), EntityType.UNIT.label())) {
      TopDocs all = searcher.search(new TermQuery(new Term(IndexFields.TYPE, type)), Math.max(1, reader.maxDoc()));
      for (ScoreDoc sd : all.scoreDocs) {
        Document d = stored.document(sd.doc);
        String id = d.get(IndexFields.ID);
        if (type.equals(EntityType.DOCUMENT.label())) {
          v.add(IndexFields.DOCUMENT, d.get(IndexFields.DOC_NUMBER), id);
          v.add(IndexFields.DOCUMENT, d.get(IndexFields.DOC_LABEL), id);
          v.add(IndexFields.DOCUMENT, d.get(IndexFields.DOC_CITATION), id);
          String number = d.get(IndexFields.DOC_NUMBER);
          if (number != null) {
            for (DocumentNumber n : DocumentNumbers.find(number)) {
              n.keys().forEach(k -> v.documentsByNumber.computeIfAbsent(k, x -> new TreeSet<>()).add(id));
            }
          }
        } else {
          v.add(IndexFields.UNIT, d.get(IndexFields.NAME.exact()), id);
        }
      }
    }
    return v;
  }

  /** A province's label without its level word: "tỉnh Đồng Nai" → "Đồng Nai", "thành phố Huế" → "Huế". */
  private static String withoutLevelWord(String label) {
    return label.replaceFirst("(?iu)^\\s*(?:tỉnh|thành phố)\\s+", "");
  }

  private void add(String field, String name, String value) {
    if (name == null || name.isBlank()) {
      return;
    }
    byKey.computeIfAbsent(field, f -> new HashMap<>()).computeIfAbsent(key(name), k -> new TreeSet<>()).add(value);
  }

  /**
   * The filter for a value of {@code field}, or null when the value names nothing in the index.
   *
   * @param field one of {@link IndexFields#PROVINCE}, {@link IndexFields#ISSUER}, {@link IndexFields#DOCUMENT},
   *     {@link IndexFields#UNIT}
   */
  Query filter(String field, String value) {
    Set<String> values = new LinkedHashSet<>(lookUp(field, value));
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    if (!values.isEmpty()) {
      q.add(termsIn(field, values), Occur.SHOULD);
      clauses++;
    }
    if (field.equals(IndexFields.PROVINCE)) {
      Set<String> areas = lookUp(IndexFields.PROVINCE_ID, value);
      if (!areas.isEmpty()) {
        q.add(termsIn(IndexFields.PROVINCE_ID, areas), Occur.SHOULD);
        clauses++;
      }
    }
    if (field.equals(IndexFields.DOCUMENT) && !isIri(value.strip())) {
      Set<String> numbered = new TreeSet<>();
      for (DocumentNumber n : DocumentNumbers.find(value)) {
        n.keys().forEach(k -> numbered.addAll(documentsByNumber.getOrDefault(k, Set.of())));
      }
      if (!numbered.isEmpty()) {
        q.add(termsIn(field, numbered), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : q.build();
  }

  /**
   * Some values of a field, for a message naming what may be given: names, not IRIs, and not the loader's placeholder
   * for what a document leaves unnamed ("(province not named)"), which is no example of a name.
   */
  List<String> examples(String field, int n) {
    List<String> out = new ArrayList<>();
    for (Set<String> values : byKey.getOrDefault(field, Map.of()).values()) {
      for (String value : values) {
        if (out.size() < n && !isIri(value) && !value.startsWith("(") && !out.contains(value)) {
          out.add(value);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private Set<String> lookUp(String field, String value) {
    return byKey.getOrDefault(field, Map.of()).getOrDefault(key(value), Set.of());
  }

  private static Query termsIn(String field, Set<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  /**
   * The form values are compared in: an IRI as it is; any other text as its exact-tier terms (NFKC case folded, look-
   * alike letters mapped, canonical tone marks, punctuation dropped) joined by spaces.
   */
  static String key(String value) {
    String v = value.strip();
    if (isIri(v)) {
      return v;
    }
    List<String> terms = Analysis.terms(Tier.EXACT, v);
    return terms.isEmpty() ? v : String.join(" ", terms);
  }

  private static boolean isIri(String v) {
    return v.startsWith("http://") || v.startsWith("https://") || v.startsWith("urn:");
  }

  private static String lastSegment(String iri) {
    String trimmed = iri.replaceAll("[/#]+$", "");
    return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1);
  }
}
