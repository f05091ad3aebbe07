package vn.nq57.search.analysis;

import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * The analyzers of the Vietnamese search tiers. Every text tier shares one chain — {@link VietnameseUnicodeCharFilter},
 * ICUTokenizer (a Vietnamese syllable is a token), {@link ToneMarkNormalizationFilter} — and differs only in how much
 * it folds afterwards. No tier drops stop words: every common Vietnamese list drops words that carry meaning here
 * (không, số, năm, bộ).
 */
public final class VietnameseAnalyzers {

  /** The tiers, from the most literal to the loosest, plus shingles and document numbers. */
  public enum Tier {
    /** Diacritics kept, tones on their canonical vowel. */
    EXACT,
    /** Tones removed, letter marks ă â ê ô ơ ư đ kept. */
    TONELESS,
    /** Every mark removed, đ → d, loose i / y spelling. */
    FOLDED,
    /** Folded, but only the tokens the author wrote without any diacritic. */
    UNMARKED,
    /**
     * 2–3 syllable shingles over the folded tier: word-like matching without a segmenter for every kind of query
     * (ASCII, mixed, accented). Tier precision comes from the single-syllable clauses; shingles only add proximity.
     */
    SHINGLE,
    /** Canonical document numbers only ({@link DocumentNumbers}). */
    DOCNUMBER
  }

  private static final Map<Tier, Analyzer> ANALYZERS = new EnumMap<>(Tier.class);

  static {
    for (Tier tier : Tier.values()) {
      ANALYZERS.put(tier, create(tier));
    }
  }

  private VietnameseAnalyzers() {}

  /** The shared, thread-safe analyzer of a tier. */
  public static Analyzer analyzer(Tier tier) {
    return ANALYZERS.get(tier);
  }

  /** The analyzer for the default fields {@link TierFields#TEXT}; other fields get the exact tier. */
  public static Analyzer perFieldAnalyzer() {
    return perFieldAnalyzer(List.of(TierFields.TEXT));
  }

  /** The analyzer for several texts (e.g. title and body), each indexed into its tier fields. */
  public static Analyzer perFieldAnalyzer(List<TierFields> texts) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (TierFields fields : texts) {
      for (Tier tier : Tier.values()) {
        byField.put(fields.field(tier), analyzer(tier));
      }
    }
    return new PerFieldAnalyzerWrapper(analyzer(Tier.EXACT), byField);
  }

  /** Keyword analyzer for identifier fields that must not be split. */
  public static Analyzer keyword() {
    return new KeywordAnalyzer();
  }

  private static Analyzer create(Tier tier) {
    if (tier == Tier.DOCNUMBER) {
      return new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return new VietnameseUnicodeCharFilter(reader, false); // case tells a glued issuer from the next word
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new DocumentNumberTokenizer());
        }
      };
    }
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new VietnameseUnicodeCharFilter(reader);
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new VietnameseUnicodeCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, fold(tier, new ToneMarkNormalizationFilter(source)));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(tier, new ToneMarkNormalizationFilter(in));
      }
    };
  }

  /**
   * What a text tier does after the shared chain: {@code exact} is the exact tier's stream (char filter, ICU tokenizer,
   * tone normalisation), the result the tier's. {@link TierFields#fieldsFor} replays one exact analysis into every tier
   * through this.
   */
  static TokenStream fold(Tier tier, TokenStream exact) {
    return switch (tier) {
      case EXACT, DOCNUMBER -> exact;
      case TONELESS -> new ToneFoldingFilter(exact);
      case FOLDED -> new LooseSpellingFilter(new FullFoldingFilter(exact));
      case UNMARKED -> new LooseSpellingFilter(new FullFoldingFilter(new UnmarkedTokenFilter(exact)));
      case SHINGLE -> {
        ShingleFilter shingles = new ShingleFilter(new LooseSpellingFilter(new FullFoldingFilter(exact)), 2, 3);
        shingles.setOutputUnigrams(false);
        yield shingles;
      }
    };
  }
}
