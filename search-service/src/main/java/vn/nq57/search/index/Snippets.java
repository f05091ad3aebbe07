package vn.nq57.search.index;

import java.util.List;
import org.apache.lucene.search.Query;
import vn.nq57.search.analysis.TierFields;
import vn.nq57.search.analysis.VietnameseHighlighter;
import vn.nq57.search.analysis.VietnameseHighlighter.Span;

/**
 * The snippet shown under a result: the name when the query matches it, else the passage of the text around the first
 * match; HTML-escaped, with each match in {@code <mark>}. Escaping happens here so no caller can forget it.
 */
final class Snippets {

  /** Characters of context kept on each side of the first match in a long text. */
  private static final int CONTEXT = 90;
  /** How far into a long text the first look for a match goes: enough for a match early on and its passage. */
  private static final int FIRST_LOOK = 6 * CONTEXT;

  private final VietnameseHighlighter highlighter = new VietnameseHighlighter(TierFields.TEXT);

  /** What marks the snippets of one search's results; null (browsing without a query) marks nothing. */
  VietnameseHighlighter.Marker marker(Query words) {
    return words == null ? null : highlighter.marker(words);
  }

  /** The snippet for an entity; a null {@code words} shows the name unmarked. */
  String snippet(IndexedEntity entity, VietnameseHighlighter.Marker words) {
    if (words == null) {
      return mark(entity.name(), List.of(), 0, entity.name().length());
    }
    List<Span> inName = words.spans(entity.name());
    if (!inName.isEmpty() || entity.text() == null) {
      return mark(entity.name(), inName, 0, entity.name().length());
    }
    String text = entity.text();
    // The snippet shows the passage around the first match: a long text is analysed up to where that passage ends
    // when the first match is early, and whole only when it is not (what is marked is the same either way).
    int limit = text.length() > FIRST_LOOK ? FIRST_LOOK : Integer.MAX_VALUE;
    List<Span> spans = words.spans(text, limit);
    if (limit != Integer.MAX_VALUE && (spans.isEmpty() || passageEnd(text, spans) > limit)) {
      spans = words.spans(text);
    }
    if (spans.isEmpty()) {
      return mark(entity.name(), List.of(), 0, entity.name().length());
    }
    int from = wordStart(text, Math.max(0, spans.getFirst().start() - CONTEXT));
    int to = passageEnd(text, spans);
    return (from > 0 ? "… " : "") + mark(text, spans, from, to) + (to < text.length() ? " …" : "");
  }

  /** Where the passage around the first of {@code spans} ends. */
  private static int passageEnd(String text, List<Span> spans) {
    return wordEnd(text, Math.min(text.length(), spans.getFirst().end() + 2 * CONTEXT));
  }

  private static String mark(String text, List<Span> spans, int from, int to) {
    StringBuilder out = new StringBuilder();
    int at = from;
    for (Span s : spans) {
      if (s.end() <= from || s.start() >= to) {
        continue;
      }
      int start = Math.max(s.start(), from);
      int end = Math.min(s.end(), to);
      out.append(escape(text.substring(at, start))).append("<mark>").append(escape(text.substring(start, end)))
          .append("</mark>");
      at = end;
    }
    return out.append(escape(text.substring(at, to))).toString().replace('\n', ' ');
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int wordStart(String text, int i) {
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
