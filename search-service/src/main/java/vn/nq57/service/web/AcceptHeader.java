package vn.nq57.service.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * Content negotiation shared by every API: the offered media type an Accept header prefers, following RFC 9110
 * §12.5.1. Each offered type takes the quality of the most specific range that matches it ({@code text/csv} before
 * {@code text/*} before {@code *}{@code /*}), so {@code text/csv;q=0, *}{@code /*} refuses CSV and accepts the rest;
 * a quality of 0 means "not acceptable". The highest quality wins; ties go to the type offered first.
 */
public final class AcceptHeader {
    private AcceptHeader() {}

    /**
     * The offered media type the header ranks best, or empty when it admits none of them.
     *
     * @param offered media types as {@code type/subtype}, in the server's order of preference
     * @throws BadParameterException 400 naming {@code Accept} when the header cannot be parsed
     */
    public static Optional<String> bestMatch(String accept, List<String> offered) {
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unparsable) {
            throw new BadParameterException(HttpHeaders.ACCEPT, "The Accept header '" + accept + "' cannot be parsed: "
                    + unparsable.getMessage(), "Tiêu đề Accept '" + accept + "' không đúng cú pháp kiểu nội dung"
                    + " (ví dụ đúng: Accept: text/csv hoặc Accept: application/json).");
        }
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            double quality = quality(MediaType.parseMediaType(type), ranges);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the most specific matching range gives {@code type}; 0 when no range matches. */
    private static double quality(MediaType type, List<MediaType> ranges) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaType range : ranges) {
            if (!range.includes(type)) continue;
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.getQualityValue();
            }
        }
        return quality;
    }
}
