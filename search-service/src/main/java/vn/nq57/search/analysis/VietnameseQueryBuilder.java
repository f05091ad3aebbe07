package vn.nq57.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.nq57.search.analysis.VietnameseAnalyzers.Tier;

/**
 * Turns a user's query into a Lucene query over the tier fields, without any query syntax (nothing the user types can
 * cause a parse error):
 *
 * <ul>
 *   <li>each syllable searches the tier its spelling asks for: typed with a tone → exact tier; with only letter marks →
 *       exact and tone-less tiers; plain ASCII → folded tier (with a Telex/VNI decoding and one-edit fuzzy matching as
 *       weaker alternatives); documents written without diacritics match accented syllables at a lower weight;
 *   <li>"quoted text" must match as a phrase; unquoted syllables must nearly all match (all of up to three) and are
 *       boosted when adjacent (phrase, proximity, shingles);
 *   <li>abbreviations and their expansions match each other, as phrases; document numbers search the document-number
 *       field.
 * </ul>
 */
public final class VietnameseQueryBuilder {

  private static final Pattern QUOTED = Pattern.compile("[\"“”„]([^\"“”„]*)[\"“”„]");
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** Punctuation around a word (not '&', which abbreviations hold: "KH&CN"). */
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}&&[^&]]+|[\\p{P}&&[^&]]+$");
  /**
   * The list marker a pasted heading or row starts with ("a)", "1.", "1.2.", "II.", "(3)", "-", "•"): not a word the
   * user wants to find.
   */
  private static final Pattern LIST_MARKER = Pattern.compile(
      "^\\s*(?:[-–—•·+*▪●○◦►>]+|\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|\\p{L}|[IVXLC]{1,6})[.)]+)\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Symbols, emoji (with their modifiers, joiners and variation selectors) and unassigned or private code points: a
   * user pastes them with the words, but no document is found by them, and NFKC would turn some into letters (™ →
   * "tm") that would then be required.
   */
  private static final Pattern SYMBOLS =
      Pattern.compile("[\\p{So}\\p{Sk}\\p{Sm}\\p{Cs}\\p{Co}\\p{Cn}\\x{FE00}-\\x{FE0F}\\x{200D}\\x{20E3}\\x{E0020}-\\x{E007F}]+");
  /** For an approximate match, how far apart its words may stand: this many positions per word of the run. */
  private static final int NEAR_SLOP_PER_WORD = 2;
  /** How many markers are stripped at most ("- a) …"). */
  private static final int MAX_MARKERS = 3;
  private static final int FUZZY_MIN_LETTERS = 5;
  /** In forgiving mode four-letter words get one edit too ("mnag" → "mang"). */
  private static final int FORGIVING_FUZZY_MIN_LETTERS = 4;

  private final TierFields fields;
  private final AbbreviationIndex abbreviations;
  private final QueryWeights weights;
  private final boolean forgiving;
  /** In forgiving mode: every part must match all the same (the approximate, not the partial, matches). */
  private final boolean everyPart;

  public VietnameseQueryBuilder(TierFields fields, AbbreviationSource abbreviations, QueryWeights weights) {
    this(fields, new AbbreviationIndex(abbreviations), weights, false, false);
  }

  private VietnameseQueryBuilder(TierFields fields, AbbreviationIndex abbreviations, QueryWeights weights,
      boolean forgiving, boolean everyPart) {
    this.fields = fields;
    this.abbreviations = abbreviations;
    this.weights = weights;
    this.forgiving = forgiving;
    this.everyPart = everyPart;
  }

  public VietnameseQueryBuilder(TierFields fields, AbbreviationSource abbreviations) {
    this(fields, abbreviations, QueryWeights.DEFAULT);
  }

  public VietnameseQueryBuilder() {
    this(TierFields.TEXT, AbbreviationSource.none());
  }

  /** One part of the query that a document has to match. */
  private sealed interface Unit permits SyllableUnit, PhraseUnit, AbbreviationUnit, DocumentNumberUnit, ExpansionUnit {}

  /** A syllable in canonical lower-case NFC, with the tier its spelling asks for. */
  private record SyllableUnit(String text, Tier tier) implements Unit {
    String folded() {
      return VietnameseFolding.looseSpelling(VietnameseFolding.removeMarks(text));
    }
  }

  private record PhraseUnit(List<SyllableUnit> syllables) implements Unit {}

  private record AbbreviationUnit(AbbreviationIndex.Concept concept) implements Unit {}

  private record DocumentNumberUnit(DocumentNumber number) implements Unit {}

  private record ExpansionUnit(List<SyllableUnit> syllables, AbbreviationIndex.Concept concept) implements Unit {}

  private record Located(int start, Unit unit) {}

  /**
   * A builder for a second, looser pass when the first finds nothing: the diacritics a user typed are then taken as
   * possibly wrong ("lờm sóng" for "lõm sóng"), every syllable searches the folded tier, four-letter words get one edit
   * and one part in three may be missing.
   */
  public VietnameseQueryBuilder forgiving() {
    return new VietnameseQueryBuilder(fields, abbreviations, weights, true, false);
  }

  /**
   * The forgiving builder that still requires every part: what it matches beyond the words as typed is an approximate
   * match; what only {@link #forgiving()} matches lacks a word (a partial match).
   */
  public VietnameseQueryBuilder forgivingEveryPart() {
    return new VietnameseQueryBuilder(fields, abbreviations, weights, true, true);
  }

  /** The query for a user's text; matches nothing when the text has nothing searchable. */
  public Query build(String userQuery) {
    return buildParts(userQuery).query();
  }

  /**
   * The query in two parts: what a document must match (and its score), and the boost for syllables found together
   * (phrases, proximity, shingles; null when the query has no run of two). {@link #build} is their sum; a search may
   * instead score the second part on its top hits only (a rescorer), which is where most of the cost goes. {@code size}
   * is the number of parts the words gave (syllables, phrases, abbreviations, document numbers); {@code documentNumbers}
   * the canonical keys of the document numbers among them ({@code 57/nq/tw}, {@code nq:57}), for ranking the documents
   * themselves first. {@code firstPass} is a lean form of {@code matching} for ranking a large hit set cheaply: one
   * term per syllable in the tier its spelling asks for, no fuzzy expansion (see {@link #leanUnitQuery}); it matches
   * every entity {@code matching} does except those found only by a one-edit fuzzy term, and a search scores
   * {@code matching} (and {@code proximity}) on its top hits only.
   */
  public record Parts(Query matching, Query proximity, int size, List<String> documentNumbers, Query firstPass) {

    /** The two parts as one query: must match the first, scored by both. */
    public Query query() {
      if (proximity == null) {
        return matching;
      }
      return new BooleanQuery.Builder().add(matching, Occur.MUST).add(proximity, Occur.SHOULD).build();
    }

    /** The same parts with {@code matching} and {@code firstPass} replaced (rewritten for a searcher). */
    public Parts with(Query matching, Query firstPass) {
      return new Parts(matching, proximity, size, documentNumbers, firstPass);
    }
  }

  /** The parts of a user's text (see {@link #read} and {@link #buildParts(Reading)}). */
  public Parts buildParts(String userQuery) {
    return buildParts(read(userQuery));
  }

  /**
   * A user's text read once into the parts a query is built from (syllables with the tier their spelling asks for,
   * quoted phrases, abbreviations and their expansions, document numbers), so the queries over several fields (the
   * text and the name) need one reading: tokenizing is a fifth of building a query. Null reads as empty.
   */
  public Reading read(String userQuery) {
    List<Unit> units = expandAbbreviations(parse(userQuery == null ? "" : userQuery));
    if (forgiving) {
      units = units.stream().map(VietnameseQueryBuilder::relax).toList();
    }
    return new Reading(units, forgiving);
  }

  /** What {@link #read} made of a user's text; built into queries by the builders of the same mode. */
  public static final class Reading {
    private final List<Unit> units;
    private final boolean forgiving;

    private Reading(List<Unit> units, boolean forgiving) {
      this.units = units;
      this.forgiving = forgiving;
    }
  }

  /**
   * The parts of words {@link #read} by a builder of this mode (forgiving or not) and the same abbreviations, over
   * this builder's fields.
   *
   * @throws IllegalArgumentException when the words were read in the other mode
   */
  public Parts buildParts(Reading words) {
    if (words.forgiving != forgiving) {
      throw new IllegalArgumentException("words read by a " + (words.forgiving ? "forgiving" : "strict")
          + " builder cannot build a " + (forgiving ? "forgiving" : "strict") + " query");
    }
    List<Unit> units = words.units;
    if (units.isEmpty()) {
      Query none = new MatchNoDocsQuery("empty query");
      return new Parts(none, null, 0, List.of(), none);
    }
    // The full key names one document (02/kh/bcdtw, not 02-KH/BCĐ); the kind key only when there is no other (nq 57).
    List<String> numbers = units.stream()
        .filter(u -> u instanceof DocumentNumberUnit)
        .map(u -> ((DocumentNumberUnit) u).number().keys())
        .flatMap(keys -> keys.getFirst().indexOf('/') >= 0 ? keys.stream().limit(1) : keys.stream())
        .distinct()
        .toList();
    BooleanQuery.Builder core = new BooleanQuery.Builder();
    BooleanQuery.Builder lean = new BooleanQuery.Builder();
    int optional = 0;
    for (Unit unit : units) {
      Occur occur = unit instanceof PhraseUnit ? Occur.MUST : Occur.SHOULD;
      core.add(unitQuery(unit), occur);
      lean.add(leanUnitQuery(unit), occur);
      if (occur == Occur.SHOULD) {
        optional++;
      }
    }
    core.setMinimumNumberShouldMatch(required(optional));
    lean.setMinimumNumberShouldMatch(required(optional));
    List<List<SyllableUnit>> runs = adjacentRuns(units);
    if (everyPart) {
      // An approximate match has the words (in any diacritics) near each other, as typed; words scattered over a
      // long text ("sử dụng … tiên tiến … bảo mật" for "dùng tiền mặt") are not what was meant.
      // Only for words typed with diacritics: a word typed in ASCII may be a slip matched by one edit, which a phrase
      // cannot hold.
      for (List<SyllableUnit> run : runs) {
        if (run.stream().allMatch(u -> !VietnameseToneMarks.isAscii(u.text()))) {
          List<String> folded = run.stream().map(SyllableUnit::folded).toList();
          Query near = phrase(fields.folded(), folded, NEAR_SLOP_PER_WORD * folded.size());
          core.add(near, Occur.FILTER);
          lean.add(near, Occur.FILTER);
        }
      }
    }
    BooleanQuery.Builder proximity = new BooleanQuery.Builder();
    for (List<SyllableUnit> run : runs) {
      proximity(run, proximity);
    }
    return new Parts(core.build(), runs.isEmpty() ? null : proximity.build(), units.size(), numbers, lean.build());
  }

  /** All of up to three parts, then one part in three may be missing: long queries stay useful. */
  private int required(int parts) {
    if (everyPart) {
      return parts;
    }
    if (forgiving) {
      return parts - parts / 3;
    }
    return parts <= 3 ? parts : parts - (parts - 1) / 3;
  }

  /** The unit with its syllables moved to the folded tier: typed diacritics no longer restrict it. */
  private static Unit relax(Unit unit) {
    return switch (unit) {
      case SyllableUnit s -> relax(s);
      case PhraseUnit p -> new PhraseUnit(p.syllables().stream().map(VietnameseQueryBuilder::relax).toList());
      case ExpansionUnit e ->
          new ExpansionUnit(e.syllables().stream().map(VietnameseQueryBuilder::relax).toList(), e.concept());
      default -> unit;
    };
  }

  private static SyllableUnit relax(SyllableUnit s) {
    return new SyllableUnit(s.text(), Tier.FOLDED);
  }

  // ---- parsing -------------------------------------------------------------------------------------------------

  /**
   * The words a user wants found: leading list markers and every symbol or emoji removed (replaced by spaces, so the
   * words around them stay apart).
   */
  public static String searchableWords(String userQuery) {
    String text = SYMBOLS.matcher(userQuery).replaceAll(" ");
    for (int i = 0; i < MAX_MARKERS; i++) {
      Matcher marker = LIST_MARKER.matcher(text);
      if (!marker.find() || marker.end() == text.length()) {
        break;
      }
      text = text.substring(marker.end());
    }
    return text;
  }

  private List<Unit> parse(String userQuery) {
    StringBuilder rest = new StringBuilder(VietnameseUnicodeCharFilter.normalize(searchableWords(userQuery), false));
    List<Located> located = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(rest);
    while (quoted.find()) {
      List<SyllableUnit> syllables = syllables(quoted.group(1));
      if (!syllables.isEmpty()) {
        located.add(new Located(quoted.start(), new PhraseUnit(syllables)));
      }
    }
    blank(rest, QUOTED.matcher(rest.toString()));
    for (DocumentNumber n : DocumentNumbers.findInQuery(rest.toString())) {
      located.add(new Located(n.start(), new DocumentNumberUnit(n)));
      blank(rest, n.start(), n.end());
    }
    Matcher word = WORD.matcher(rest);
    while (word.find()) {
      String w = EDGE_PUNCTUATION.matcher(word.group()).replaceAll("");
      AbbreviationIndex.Concept concept = w.isEmpty() ? null : abbreviations.byShortForm(w);
      if (concept != null && !isPlainSyllable(w)) {
        located.add(new Located(word.start(), new AbbreviationUnit(concept)));
        continue;
      }
      int i = 0;
      for (SyllableUnit s : syllables(word.group())) {
        located.add(new Located(word.start() + i++, s));
      }
    }
    located.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new ArrayList<>(located.stream().map(Located::unit).toList());
  }

  /** A lower-case word spelled like a syllable is a word, not an abbreviation ("to" is not "TO"). */
  private static boolean isPlainSyllable(String w) {
    return !w.equals(w.toUpperCase(Locale.ROOT))
        && VietnameseSyllable.parse(w.toLowerCase(Locale.ROOT)).isPresent();
  }

  private static void blank(StringBuilder text, Matcher m) {
    while (m.find()) {
      blank(text, m.start(), m.end());
    }
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }

  private static List<SyllableUnit> syllables(String text) {
    List<SyllableUnit> out = new ArrayList<>();
    for (String t : Analysis.terms(Tier.EXACT, text)) {
      Tier tier = VietnameseToneMarks.hasTone(t) ? Tier.EXACT
          : VietnameseToneMarks.isAscii(t) ? Tier.FOLDED : Tier.TONELESS;
      out.add(new SyllableUnit(t, tier));
    }
    return out;
  }

  /** Replaces a run of syllables that spells an abbreviation's expansion by a unit that also matches its short forms. */
  private List<Unit> expandAbbreviations(List<Unit> units) {
    List<Unit> out = new ArrayList<>();
    int i = 0;
    next:
    while (i < units.size()) {
      for (Map.Entry<List<String>, AbbreviationIndex.Concept> e : abbreviations.expansions().entrySet()) {
        List<String> expansion = e.getKey();
        if (matchesAt(units, i, expansion)) {
          List<SyllableUnit> run = new ArrayList<>();
          for (int k = 0; k < expansion.size(); k++) {
            run.add((SyllableUnit) units.get(i + k));
          }
          out.add(new ExpansionUnit(run, e.getValue()));
          i += expansion.size();
          continue next;
        }
      }
      out.add(units.get(i++));
    }
    return out;
  }

  private static boolean matchesAt(List<Unit> units, int at, List<String> folded) {
    if (folded.size() < 2 || at + folded.size() > units.size()) {
      return false;
    }
    for (int k = 0; k < folded.size(); k++) {
      if (!(units.get(at + k) instanceof SyllableUnit s) || !s.folded().equals(folded.get(k))) {
        return false;
      }
    }
    return true;
  }

  // ---- clauses -------------------------------------------------------------------------------------------------

  private Query unitQuery(Unit unit) {
    return switch (unit) {
      case SyllableUnit s -> syllableQuery(s);
      case PhraseUnit p -> phraseQuery(p.syllables());
      case AbbreviationUnit a -> conceptQuery(a.concept(), null);
      case ExpansionUnit e -> conceptQuery(e.concept(), e.syllables());
      case DocumentNumberUnit d -> documentNumberQuery(d.number());
    };
  }

  /**
   * The first pass's clause of a unit (see {@link Parts#firstPass}): a syllable as one term of the tier its spelling
   * asks for (typed with a tone: the exact tier; with letter marks only: the tone-less tier, which holds every exact
   * match of it; in ASCII: the folded tier), plus the rare terms that tier alone cannot find (the syllable written
   * without diacritics, its i/y spelling, its Telex decoding); no fuzzy expansion, which is what costs most (up to 50
   * terms over the folded postings for each syllable of five letters or more) and is left to the forgiving pass. An
   * expansion keeps its short forms beside its typed syllables (which already hold every text its expansion phrase
   * matches); phrases, abbreviations and document numbers as in {@link #unitQuery}.
   */
  private Query leanUnitQuery(Unit unit) {
    return switch (unit) {
      case SyllableUnit s -> leanSyllableQuery(s);
      case ExpansionUnit e -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String shortForm : e.concept().shortForms()) {
          b.add(boost(phrase(fields.folded(), Analysis.terms(Tier.FOLDED, shortForm), 0), weights.abbreviation()),
              Occur.SHOULD);
        }
        BooleanQuery.Builder syllables = new BooleanQuery.Builder();
        for (SyllableUnit s : e.syllables()) {
          syllables.add(leanSyllableQuery(s), Occur.SHOULD);
        }
        syllables.setMinimumNumberShouldMatch(required(e.syllables().size()));
        b.add(syllables.build(), Occur.SHOULD);
        yield b.build();
      }
      default -> unitQuery(unit);
    };
  }

  private Query leanSyllableQuery(SyllableUnit s) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String folded = s.folded();
    switch (s.tier()) {
      case EXACT, TONELESS -> {
        b.add(s.tier() == Tier.EXACT ? boost(term(fields.exact(), s.text()), weights.exact())
            : boost(term(fields.toneless(), s.text()), weights.toneless()), Occur.SHOULD);
        b.add(boost(term(fields.unmarked(), folded), weights.unmarked()), Occur.SHOULD);
        VietnameseFolding.iyVariant(s.text())
            .ifPresent(v -> b.add(boost(term(fields.exact(), v), weights.spellingVariant()), Occur.SHOULD));
      }
      default -> {
        b.add(boost(term(fields.folded(), folded), weights.folded()), Occur.SHOULD);
        TelexVniDecoder.decode(s.text())
            .ifPresent(d -> b.add(boost(term(fields.exact(), d), weights.decoded()), Occur.SHOULD));
      }
    }
    return b.build();
  }

  private Query syllableQuery(SyllableUnit s) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String folded = s.folded();
    switch (s.tier()) {
      case EXACT, TONELESS -> {
        b.add(boost(term(fields.exact(), s.text()), weights.exact()), Occur.SHOULD);
        if (s.tier() == Tier.TONELESS) {
          b.add(boost(term(fields.toneless(), s.text()), weights.toneless()), Occur.SHOULD);
        }
        b.add(boost(term(fields.unmarked(), folded), weights.unmarked()), Occur.SHOULD);
        Optional<String> variant = VietnameseFolding.iyVariant(s.text());
        variant.ifPresent(v -> b.add(boost(term(fields.exact(), v), weights.spellingVariant()), Occur.SHOULD));
      }
      default -> {
        b.add(boost(term(fields.folded(), folded), weights.folded()), Occur.SHOULD);
        TelexVniDecoder.decode(s.text())
            .ifPresent(d -> b.add(boost(term(fields.exact(), d), weights.decoded()), Occur.SHOULD));
        int fuzzyMin = forgiving ? FORGIVING_FUZZY_MIN_LETTERS : FUZZY_MIN_LETTERS;
        // A syllable typed with diacritics was spelt on purpose: only its marks may be wrong, not its letters
        // ("hội nhập" must not find "hội nhân").
        boolean typedWithMarks = !VietnameseToneMarks.isAscii(s.text());
        if (!typedWithMarks && folded.length() >= fuzzyMin && folded.chars().allMatch(Character::isLetter)) {
          b.add(boost(new FuzzyQuery(new Term(fields.folded(), folded), 1, 1), weights.fuzzy()), Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /** A phrase in the loosest tier any of its syllables asks for; documents without diacritics match it too. */
  private Query phraseQuery(List<SyllableUnit> syllables) {
    if (syllables.size() == 1) {
      return syllableQuery(syllables.getFirst());
    }
    boolean anyAscii = syllables.stream().anyMatch(s -> s.tier() == Tier.FOLDED);
    boolean anyToneless = syllables.stream().anyMatch(s -> s.tier() == Tier.TONELESS);
    List<String> folded = syllables.stream().map(SyllableUnit::folded).toList();
    if (anyAscii) {
      return boost(phrase(fields.folded(), folded, 0), weights.folded());
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (anyToneless) {
      List<String> toneless = syllables.stream().map(s -> VietnameseFolding.removeTones(s.text())).toList();
      b.add(boost(phrase(fields.toneless(), toneless, 0), weights.toneless()), Occur.SHOULD);
    } else {
      List<String> exact = syllables.stream().map(SyllableUnit::text).toList();
      b.add(boost(phrase(fields.exact(), exact, 0), weights.exact()), Occur.SHOULD);
    }
    b.add(boost(phrase(fields.unmarked(), folded, 0), weights.unmarked()), Occur.SHOULD);
    return b.build();
  }

  /** Short forms as terms (or phrases: KH&CN is two tokens), expansions as phrases; plus the typed syllables, if any. */
  private Query conceptQuery(AbbreviationIndex.Concept concept, List<SyllableUnit> typed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String shortForm : concept.shortForms()) {
      List<String> terms = Analysis.terms(Tier.FOLDED, shortForm);
      b.add(boost(phrase(fields.folded(), terms, 0), weights.abbreviation()), Occur.SHOULD);
    }
    for (String expansion : concept.expansions()) {
      b.add(boost(phrase(fields.exact(), Analysis.terms(Tier.EXACT, expansion), 0), weights.abbreviation()),
          Occur.SHOULD);
      b.add(boost(phrase(fields.unmarked(), Analysis.terms(Tier.FOLDED, expansion), 0), weights.unmarked()),
          Occur.SHOULD);
    }
    if (typed != null) {
      BooleanQuery.Builder syllables = new BooleanQuery.Builder();
      for (SyllableUnit s : typed) {
        syllables.add(syllableQuery(s), Occur.SHOULD);
      }
      syllables.setMinimumNumberShouldMatch(required(typed.size()));
      b.add(syllables.build(), Occur.SHOULD);
    }
    return b.build();
  }

  private Query documentNumberQuery(DocumentNumber number) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean withYear = number.keys().getFirst().matches("\\d+/\\d{4}/.*");
    for (String key : number.keys()) {
      if (withYear && key.indexOf(':') >= 0) {
        continue; // the year names one document; "nd:180" would also find 180/2024
      }
      float w = key.indexOf(':') >= 0 ? weights.documentKind() : weights.documentNumber();
      b.add(boost(term(fields.docNumber(), key), w), Occur.SHOULD);
    }
    return b.build();
  }

  /** Adjacent syllables, including those inside a spotted expansion; other units break the run. */
  private static List<List<SyllableUnit>> adjacentRuns(List<Unit> units) {
    List<List<SyllableUnit>> runs = new ArrayList<>();
    List<SyllableUnit> run = new ArrayList<>();
    for (Unit u : units) {
      switch (u) {
        case SyllableUnit s -> run.add(s);
        case ExpansionUnit e -> run.addAll(e.syllables());
        default -> {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
    }
    runs.add(run);
    return runs.stream().filter(r -> r.size() >= 2).toList();
  }

  /** Boosts documents where the syllables stand together: exact phrase, folded phrase, near, shingles. */
  private void proximity(List<SyllableUnit> run, BooleanQuery.Builder query) {
    List<String> folded = run.stream().map(SyllableUnit::folded).toList();
    if (run.stream().allMatch(s -> s.tier() == Tier.EXACT)) {
      List<String> exact = run.stream().map(SyllableUnit::text).toList();
      query.add(boost(phrase(fields.exact(), exact, 0), weights.exactPhrase()), Occur.SHOULD);
    }
    query.add(boost(phrase(fields.folded(), folded, 0), weights.foldedPhrase()), Occur.SHOULD);
    query.add(boost(phrase(fields.folded(), folded, 3), weights.near()), Occur.SHOULD);
    for (int n = 2; n <= 3; n++) {
      for (int i = 0; i + n <= folded.size(); i++) {
        String shingle = String.join(" ", folded.subList(i, i + n));
        query.add(boost(term(fields.shingle(), shingle), weights.shingle()), Occur.SHOULD);
      }
    }
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query phrase(String field, List<String> terms, int slop) {
    if (terms.size() == 1) {
      return term(field, terms.getFirst());
    }
    return new PhraseQuery(slop, field, terms.toArray(String[]::new));
  }

  private static Query boost(Query q, float boost) {
    return new BoostQuery(q, boost);
  }
}
