package vn.nq57.search.analysis;

import java.util.List;

/**
 * A document number found in text, with the canonical keys it is indexed under: the full number
 * ({@code 57/nq/tw}, {@code 180/2025/nd/cp}, {@code 193/2025/qh15}) and, when the kind of document is known from the number
 * or from the words before it, the kind with the number ({@code nq:57}) that "Nghị quyết 57" and "nq57" also give.
 *
 * @param start offset of the first character in the scanned text
 * @param end offset after the last character
 */
public record DocumentNumber(int start, int end, List<String> keys) {}
