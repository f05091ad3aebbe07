package vn.nq57.loader.metadata;

/**
 * The administrative area a document belongs to: names as written (NFC), null where unknown.
 *
 * @param level the issuer's level: central, ministry, province, district or commune (local names of NQ's Levels)
 */
public record Area(String province, String district, String commune, String level) {}
