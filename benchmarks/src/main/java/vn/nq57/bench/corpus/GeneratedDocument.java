package vn.nq57.bench.corpus;

import java.nio.file.Path;

/**
 * One file of a generated corpus and what it should load as.
 *
 * @param level      central, ministry, province or commune
 * @param number     the number printed in its header ("92/KH-UBND"), or null when its template prints none
 * @param tasks      task rows it holds (the template's count: slots are refilled, never added or removed)
 * @param indicators indicator rows it holds
 */
public record GeneratedDocument(Path file, String template, String level, String province, String commune,
                                String number, int tasks, int indicators) {}
