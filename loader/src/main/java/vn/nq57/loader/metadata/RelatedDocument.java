package vn.nq57.loader.metadata;

import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.reference.DocumentNumber;

import java.time.LocalDate;

/**
 * A document a header or caption ties this one to: the plan an appendix is attached to ("Kèm theo Kế hoạch số
 * 130/KH-UBND ngày 28/4/2026 của Ủy ban nhân dân xã"), or the plan a decision issues. Fields are null when unstated.
 */
public record RelatedDocument(DocumentKind kind, DocumentNumber number, LocalDate date, Integer year, Integer month,
                              String issuer, String title) {}
