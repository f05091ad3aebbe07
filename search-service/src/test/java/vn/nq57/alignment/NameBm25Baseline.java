package vn.nq57.alignment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The baseline: plain Lucene BM25 on the task name. StandardAnalyzer over the upstream items' names, queried with the
 * downstream item's name through the classic QueryParser (operators escaped, terms OR-ed), restricted to the same
 * upstream documents as our method: only the text model differs.
 */
final class NameBm25Baseline {

  private NameBm25Baseline() {}

  /** Upstream IRIs ranked best first, per downstream IRI in {@code downstream}. */
  static Map<String, List<String>> rank(AlignmentCorpus corpus, Set<String> downstream) throws IOException, ParseException {
    Set<String> pool = new LinkedHashSet<>();
    for (String iri : downstream) {
      pool.addAll(corpus.upstreamDocuments(corpus.item(iri).document()));
    }
    Map<String, List<String>> ranked = new LinkedHashMap<>();
    StandardAnalyzer analyzer = new StandardAnalyzer();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (String doc : pool) {
          for (AlignmentItem up : corpus.itemsOf(doc)) {
            Document d = new Document();
            d.add(new StringField("id", up.iri(), Field.Store.YES));
            d.add(new StringField("doc", doc, Field.Store.NO));
            d.add(new TextField("name", up.name(), Field.Store.NO));
            w.addDocument(d);
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryParser parser = new QueryParser("name", analyzer);
        IndexSearcher.setMaxClauseCount(4096);
        for (String iri : downstream) {
          AlignmentItem item = corpus.item(iri);
          List<BytesRef> docs = corpus.upstreamDocuments(item.document()).stream().map(BytesRef::new).toList();
          BooleanQuery q = new BooleanQuery.Builder()
              .add(parser.parse(QueryParser.escape(item.name())), Occur.MUST)
              .add(new TermInSetQuery("doc", docs), Occur.FILTER)
              .build();
          List<String> ids = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(q, Aligner.POOL).scoreDocs) {
            String id = reader.storedFields().document(hit.doc).get("id");
            if (!id.equals(iri)) {
              ids.add(id);
            }
          }
          ranked.put(iri, ids);
        }
      }
    }
    return ranked;
  }
}
