package vn.nq57.search.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A single-field BM25 baseline: every entity's text in one field, analysed by one analyzer, queried through Lucene's
 * classic QueryParser as a user would get it out of the box (terms OR-ed, "quoted text" a phrase; every other
 * operator character escaped so no query fails to parse).
 */
final class BaselineEngine implements SearchEngine {

  private static final String ID = "id";
  private static final String TEXT = "text";

  private final String name;
  private final Analyzer analyzer;
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private BaselineEngine(String name, Analyzer analyzer, List<CorpusEntity> corpus) throws IOException {
    this.name = name;
    this.analyzer = analyzer;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (CorpusEntity e : corpus) {
        Document d = new Document();
        d.add(new StringField(ID, e.id(), Field.Store.YES));
        d.add(new TextField(TEXT, e.text(), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader); // BM25 is Lucene's default similarity
  }

  /** Lucene's StandardAnalyzer: UAX#29 words, lower case, no folding, no stop words (Lucene 10's default set is empty). */
  static BaselineEngine standard(List<CorpusEntity> corpus) throws IOException {
    return new BaselineEngine("StandardAnalyzer BM25", new StandardAnalyzer(), corpus);
  }

  /** ICUTokenizer + ICUFoldingFilter (NFKC, case and diacritic folding, đ → d) in one field. */
  static BaselineEngine icuFolding(List<CorpusEntity> corpus) throws IOException {
    Analyzer icu = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, new ICUFoldingFilter(source));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
          org.apache.lucene.analysis.TokenStream in) {
        return new ICUFoldingFilter(in);
      }
    };
    return new BaselineEngine("ICU folding BM25", icu, corpus);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> search(String query, int size) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(parse(query), size).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(ID));
    }
    return ids;
  }

  /** Escapes every operator but the double quote, so phrases keep their meaning. */
  private Query parse(String query) {
    String quotes = query.replace('“', '"').replace('”', '"');
    if (quotes.chars().filter(c -> c == '"').count() % 2 != 0) {
      quotes = quotes.replace("\"", "");
    }
    String escaped = QueryParser.escape(quotes).replace("\\\"", "\"");
    try {
      return new QueryParser(TEXT, analyzer).parse(escaped);
    } catch (ParseException e) {
      return new MatchNoDocsQuery("unparsable: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
