package vn.nq57.bench.http;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A mix of many distinct queries drawn from the corpus's own task names, so that no query is asked twice and a
 * query-result cache cannot answer for the search: fragments of 2–4 consecutive words of a name picked at random
 * (seeded, so every run and both sides get the same list), lower-cased, every other one with its diacritics removed
 * (what an officer types on a keyboard without Vietnamese input). Two fragments that differ only in diacritics or
 * case count as the same query, so a cache keyed by the normalised query cannot hit either.
 */
public final class DistinctQueries {
    private DistinctQueries() {}

    /**
     * @param names the task names, in a stable order (e.g. by IRI)
     * @param count how many distinct queries are wanted
     * @return up to {@code count} queries (fewer only when the names do not hold that many distinct fragments)
     */
    public static List<SearchQuery> from(List<String> names, int count, long seed) {
        List<List<String>> words = new ArrayList<>();
        for (String name : names) {
            List<String> w = words(name);
            if (w.size() >= 2) words.add(w);
        }
        List<SearchQuery> out = new ArrayList<>();
        if (words.isEmpty()) return out;
        Set<String> seen = new LinkedHashSet<>();
        Random random = new Random(seed);
        for (int attempt = 0; out.size() < count && attempt < count * 50; attempt++) {
            List<String> w = words.get(random.nextInt(words.size()));
            int length = Math.min(w.size(), 2 + random.nextInt(3));
            int from = random.nextInt(w.size() - length + 1);
            String fragment = String.join(" ", w.subList(from, from + length));
            if (fragment.codePoints().noneMatch(Character::isLetter)) continue;
            String key = fold(fragment);
            if (!seen.add(key)) continue;
            boolean plain = out.size() % 2 == 1;
            out.add(SearchQuery.of(plain ? "distinct, no diacritics" : "distinct, diacritics", plain ? key : fragment));
        }
        return out;
    }

    /** The words of a name: runs of letters and digits (punctuation dropped), lower case, NFC. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String token : Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!token.isEmpty()) out.add(token);
        }
        return out;
    }

    /** Without diacritics: combining marks removed after NFD, đ → d. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
