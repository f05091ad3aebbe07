package vn.nq57.service.search;

import vn.nq57.search.index.DocumentRef;
import vn.nq57.search.index.FacetCount;
import vn.nq57.search.index.IndexedEntity;
import vn.nq57.search.index.SearchHit;
import vn.nq57.search.index.SearchRequest;
import vn.nq57.search.index.SearchResults;
import vn.nq57.service.entity.TermLabels;

import vn.nq57.search.index.IndexFields;
import vn.nq57.service.entity.CodeLabels;
import vn.nq57.service.web.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON answer of {@code /api/search}. {@code total} is the number of matches when {@code totalRelation} is
 * {@code eq}, and a lower bound when it is {@code gte} (a ranked list without facets stops counting past
 * {@link vn.nq57.search.index.SearchIndex#TOTAL_HITS_THRESHOLD}, as Elasticsearch's {@code hits.total.relation} says).
 * {@code facets} count the values of each dimension; a value's {@code value} is what its filter takes (a code such as
 * {@code Task} or {@code commune}, a name, an IRI), its {@code label} what a person reads, in the language of the
 * request's {@code Accept-Language} (Vietnamese unless English is preferred; see {@link #labelled}).
 * {@code counts} splits {@code total} into exact, approximate and partial matches (see {@link SearchResults.Counts});
 * {@code approximate} is true when any result is not exact.
 */
record SearchResponse(String query, long total, String totalRelation, boolean approximate, SearchResults.Counts counts, int page, int size,
                      Map<String, List<FacetCount>> facets, List<Result> results) {

    /**
     * One result; {@code snippet} is HTML-escaped text in which only the {@code <mark>} elements are markup;
     * {@code match} is exact, approximate (every word, other diacritics or a slip) or partial (a word missing);
     * {@code documentKind} the labels of its document's kind ("kế hoạch"/"plan"), which name a document without a
     * number.
     */
    record Result(String id, String type, String name, DocumentRef document, TermLabels.Label documentKind,
                  String section, String no, String level,
                  String province, String unit, List<IndexedEntity.UnitRef> units, String deadline, Boolean completed,
                  String snippet, float score, String match) {

        static Result of(SearchHit hit) {
            IndexedEntity e = hit.entity();
            String unit = e.units().isEmpty() ? null
                    : String.join("; ", e.units().stream().map(IndexedEntity.UnitRef::name).toList());
            return new Result(e.id(), e.type().label(), e.name(), e.document(), kindOf(e.document()), e.section(), e.no(), e.level(),
                    e.province(), unit, e.units(), e.deadline(), e.completed(), hit.snippet(), hit.score(),
                    hit.match().label());
        }
    }

    /** The labels of a document's kind, as the ontology gives them; null for no document or no stated kind. */
    static TermLabels.Label kindOf(DocumentRef document) {
        return document == null ? null : TermLabels.of(document.kindClass()).orElse(null);
    }

    /** The answer to {@code request}, its facet values labelled in {@code language} ({@link #labelled}). */
    static SearchResponse of(SearchRequest request, SearchResults results, Language language) {
        return new SearchResponse(request.query() == null ? "" : request.query(), results.total(),
                results.totalRelation().label(), results.approximate(), results.counts(), request.page(),
                request.size(), labelled(results.facets(), language), results.hits().stream().map(Result::of).toList());
    }

    /**
     * The facets with each value's {@code label} in {@code language}, its {@code value} (the code a filter takes)
     * unchanged: a type ("Task" → "Nhiệm vụ" / "Task"), a level ("commune" → "Xã" / "Commune"), completion
     * ("true" → "Đã hoàn thành" / "Completed"), a deadline quarter ("2026-Q2" → "Quý II/2026" / "Q2 2026") by
     * {@link CodeLabels}; a province left unnamed by its documents in that language ("(chưa rõ tỉnh)" /
     * "(province not named)"); names (provinces, issuers, documents, units) and years as the index gives them.
     */
    static Map<String, List<FacetCount>> labelled(Map<String, List<FacetCount>> facets, Language language) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        facets.forEach((dim, values) -> {
            Function<String, String> label = switch (dim) {
                case IndexFields.TYPE -> code -> CodeLabels.type(code, language);
                case IndexFields.LEVEL -> code -> CodeLabels.level(code, language);
                case IndexFields.COMPLETED -> code -> CodeLabels.completed(code, language);
                case IndexFields.DEADLINE_QUARTER -> code -> CodeLabels.quarter(code, language);
                default -> null;
            };
            out.put(dim, values.stream().map(v -> label != null ? new FacetCount(v.value(), label.apply(v.value()), v.count())
                    : dim.equals(IndexFields.PROVINCE) ? new FacetCount(v.value(), CodeLabels.area(v.label(), language), v.count())
                    : v).toList());
        });
        return out;
    }
}
