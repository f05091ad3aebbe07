package vn.nq57.alignment;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq57.search.analysis.Abbreviation;
import vn.nq57.search.analysis.AbbreviationSource;
import vn.nq57.search.analysis.VietnameseFolding;
import vn.nq57.search.analysis.VietnameseUnicodeCharFilter;

/**
 * Writes out the abbreviations of the SKOS thesaurus in a text before it is analysed, so "CĐS" and "chuyển đổi số"
 * give the same folded syllables. Only words written in capitals (two letters or more, "&amp;" and "-" allowed inside)
 * are looked up: "ai" (who) stays a word, "AI" becomes "trí tuệ nhân tạo" when the thesaurus says so.
 */
public final class AbbreviationExpander {

  private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}&\\-]*\\p{Lu}(?![\\p{L}\\p{N}])");

  private final Map<String, String> expansionByKey = new HashMap<>();

  /** @param source the abbreviations; the first expansion of each (the thesaurus' preferred label) is written */
  public AbbreviationExpander(AbbreviationSource source) {
    for (Abbreviation a : source.all()) {
      if (!a.expansions().isEmpty()) {
        expansionByKey.putIfAbsent(key(a.shortForm()), a.expansions().getFirst());
      }
    }
  }

  /** The text with each known abbreviation replaced by its expansion; other text unchanged. */
  public String expand(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Matcher m = CAPITALS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String expansion = expansionByKey.get(key(m.group()));
      m.appendReplacement(out, Matcher.quoteReplacement(expansion == null ? m.group() : expansion));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String key(String shortForm) {
    return VietnameseFolding.removeMarks(VietnameseUnicodeCharFilter.normalize(shortForm, true).strip())
        .toLowerCase(java.util.Locale.ROOT).replace("-", "");
  }
}
