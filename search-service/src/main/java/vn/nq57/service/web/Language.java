package vn.nq57.service.web;

import java.util.List;
import java.util.Locale;

/**
 * The language data meant for people is written in: Vietnamese, the users' own, unless the request's
 * {@code Accept-Language} prefers English to Vietnamese (RFC 9110 §12.5.4, q-values honoured). No header, a header
 * naming neither, or one that cannot be parsed gives Vietnamese. (Problem details keep their own rule,
 * {@link Problems#wantsVietnamese}, where no header means English.)
 */
public enum Language {
    VI("vi"),
    EN("en");

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, {@code vi} or {@code en}, as {@code Content-Language} writes it. */
    public String tag() {
        return tag;
    }

    /**
     * The language an {@code Accept-Language} header asks for.
     *
     * @param acceptLanguage the header's value, or null
     * @return {@link #EN} when the header ranks English above Vietnamese, else {@link #VI}
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return VI;
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best != null && best.getLanguage().equals("en") ? EN : VI;
        } catch (IllegalArgumentException unparsable) {
            return VI;
        }
    }

    /** The language named {@code vi} or {@code en} (any case), or null for anything else. */
    public static Language named(String name) {
        if (name == null) return null;
        for (Language l : values()) if (l.tag.equalsIgnoreCase(name.strip())) return l;
        return null;
    }
}
