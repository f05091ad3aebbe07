package vn.nq57.service.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes and finishes the RFC 9457 problem details of every API: a stable {@code type} ({@link ProblemType}), and
 * {@code title} and {@code detail} in the language of the request's {@code Accept-Language} ({@code vi} gives
 * Vietnamese, anything else English). The pages send Accept-Language and show {@code detail} as it comes.
 * <p>
 * A problem carries its Vietnamese detail in a private property ({@link #VI_DETAIL}) until {@link #localize} picks
 * the language and removes it. Every problem this service makes has one; a problem without one (an exception nobody
 * foresaw) gets its type's generic Vietnamese sentence, followed by the English detail, so nothing the thrower said is
 * lost.
 */
public final class Problems {
    /** Property holding the Vietnamese detail until {@link #localize}; never sent. */
    static final String VI_DETAIL = "nq57:detailVi";
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

    private Problems() {}

    /** A problem of {@code type} with its detail in both languages. */
    public static ProblemDetail of(ProblemType type, HttpStatusCode status, String detailEn, String detailVi) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailEn);
        problem.setType(type.uri());
        problem.setTitle(type.title(false));
        if (detailVi != null) problem.setProperty(VI_DETAIL, detailVi);
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detailEn, String detailVi) {
        return of(type, HttpStatusCode.valueOf(type.status()), detailEn, detailVi);
    }

    /** Whether the problem carries its own Vietnamese detail (not yet {@link #localize localized}). */
    static boolean hasVietnamese(ProblemDetail problem) {
        return problem.getProperties() != null && problem.getProperties().get(VI_DETAIL) != null;
    }

    /** Adds the Vietnamese detail to a problem made elsewhere. */
    public static ProblemDetail withVietnamese(ProblemDetail problem, String detailVi) {
        problem.setProperty(VI_DETAIL, detailVi);
        return problem;
    }

    /**
     * Whether an {@code Accept-Language} header prefers Vietnamese to English (RFC 9110 §12.5.4, q-values honoured);
     * no header, or one naming neither, means English.
     */
    public static boolean wantsVietnamese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return false;
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best != null && best.getLanguage().equals("vi");
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    /**
     * Finishes a problem for sending: its type (from the status when the thrower set none), and its title and detail
     * in the requested language. Leaves types of other vocabularies, and their titles, as they are.
     */
    public static ProblemDetail localize(ProblemDetail problem, boolean vietnamese) {
        Map<String, Object> properties = problem.getProperties();
        Object vi = properties == null ? null : properties.get(VI_DETAIL);
        if (properties != null) properties.remove(VI_DETAIL);
        if (properties != null && properties.isEmpty()) problem.setProperties(null);
        Object parameter = properties == null ? null : properties.get("parameter");
        URI type = problem.getType();
        ProblemType known;
        if (type == null || "about:blank".equals(type.toString())) {
            known = ProblemType.forStatus(problem.getStatus(), parameter != null);
            problem.setType(known.uri());
            if (problem.getTitle() == null || isStandardTitle(problem)) problem.setTitle(known.title(false));
        } else {
            known = ProblemType.of(type).orElse(null);
        }
        if (!vietnamese) {
            if (problem.getTitle() == null && known != null) problem.setTitle(known.title(false));
            return problem;
        }
        if (known != null) problem.setTitle(known.title(true));
        if (vi != null) {
            problem.setDetail(vi.toString());
        } else if (known != null) {
            String english = problem.getDetail();
            String generic = known.genericDetailVi(parameter == null ? null : parameter.toString());
            problem.setDetail(english == null || english.isBlank() ? generic : generic + " (" + english + ")");
        }
        return problem;
    }

    /** Spring's default title is the reason phrase of the status ("Bad Request"): ours replaces it. */
    private static boolean isStandardTitle(ProblemDetail problem) {
        try {
            return problem.getTitle().equals(org.springframework.http.HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
        } catch (IllegalArgumentException unknownStatus) {
            return false;
        }
    }
}
