package vn.nq57.ontology;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * Mints the stable, readable IRIs of the graph from the identity of what they name, so that loading the same
 * source twice yields the same IRIs. A document is identified by number + issuing body (+ year): every province
 * has its own 92/KH-UBND.
 */
public final class Iris {
    private Iris() {}

    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Any-Latin; Latin-ASCII; Lower");

    /** "UBND tỉnh Đồng Nai" → "ubnd-tinh-dong-nai"; "92/KH-UBND" → "92-kh-ubnd". */
    public static String slug(String text) {
        // A national load slugs the same names and numbers hundreds of thousands of times; the transliterator is slow.
        String known = SLUGS.get(text);
        if (known != null) return known;
        String slug = computeSlug(text);
        if (SLUGS.size() < MAX_REMEMBERED) SLUGS.put(text, slug);
        return slug;
    }

    private static final int MAX_REMEMBERED = 200_000;
    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String computeSlug(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text.replace('Đ', 'D').replace('đ', 'd'));
        }
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "_" : s;
    }

    /** A document: {@code id/doc/<issuer>/<year>/<number>}; a draft without number uses a key of its source file. */
    public static String document(String issuerKey, String year, String canonicalNumberOrDraftKey) {
        return NQ.ID + "doc/" + slug(issuerKey) + "/" + (year == null || year.isBlank() ? "undated" : slug(year))
                + "/" + slug(canonicalNumberOrDraftKey);
    }

    /** Something numbered inside a document: {@code <doc>/task/12}, {@code <doc>/indicator/3}, {@code <doc>/section/2}. */
    public static String part(String documentIri, String kind, int position) {
        return documentIri + "/" + kind + "/" + position;
    }

    /** An administrative area; a commune is named under its province, since commune names repeat across provinces. */
    public static String area(String... path) {
        StringBuilder b = new StringBuilder(NQ.ID).append("area");
        for (String segment : path) b.append('/').append(slug(segment));
        return b.toString();
    }

    /** A unit: one per (area of the issuing body, canonical name). */
    public static String unit(String areaIri, String canonicalName) {
        String areaPath = areaIri.startsWith(NQ.ID + "area/") ? areaIri.substring((NQ.ID + "area/").length()) : slug(areaIri);
        return NQ.ID + "unit/" + areaPath + "/" + slug(canonicalName);
    }

    /** A post (the head responsible for a task) of a unit, local like the unit. */
    public static String post(String areaIri, String label) {
        String areaPath = areaIri.startsWith(NQ.ID + "area/") ? areaIri.substring((NQ.ID + "area/").length()) : slug(areaIri);
        return NQ.ID + "post/" + areaPath + "/" + slug(label);
    }

    /** A source file: {@code id/source/<file name>}, the name kept whole (see {@link #fileKey}). */
    public static String sourceFile(String fileName) {
        return NQ.ID + "source/" + fileKey(fileName);
    }

    /**
     * The named graph that holds everything loaded from one source file: {@code graph/<file name>}, the name kept
     * whole (see {@link #fileKey}), so two files whose names differ only in diacritics, case or punctuation ("Kế
     * hoạch 2026.txt", "ke-hoach_2026.txt") are two graphs, never one replacing the other.
     */
    public static String graph(String fileName) {
        return NQ.GRAPH + fileKey(fileName);
    }

    /**
     * A file name as an IRI path segment without loss: NFC, then every byte of its UTF-8 outside the RFC 3986
     * unreserved set {@code A-Z a-z 0-9 - . _ ~} percent-encoded ("Kế hoạch 2026.txt" →
     * {@code K%E1%BA%BF%20ho%E1%BA%A1ch%202026.txt}). Unlike {@link #slug}, distinct names give distinct keys, and
     * {@code java.net.URLDecoder}-style decoding gives the name back.
     */
    public static String fileKey(String fileName) {
        String nfc = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        for (byte x : nfc.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') b.append((char) c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.isEmpty() ? "_" : b.toString();
    }
}
