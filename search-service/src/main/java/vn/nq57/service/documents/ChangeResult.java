package vn.nq57.service.documents;

import vn.nq57.loader.report.LoadReport;

import java.util.List;

/**
 * What a change did: the documents it added or replaced (with the loader's report), the ones it removed, and how
 * many search-index entities it re-indexed.
 *
 * @param documents the documents now in the store from the uploaded files
 * @param removed   ids of the documents taken out (a replace takes out the old one)
 * @param report    the loader's report of the uploaded files; null for a removal
 * @param indexed   entities written to the search index by this change
 */
public record ChangeResult(List<DocumentSummary> documents, List<String> removed, LoadReport report, int indexed) {}
