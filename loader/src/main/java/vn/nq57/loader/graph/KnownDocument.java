package vn.nq57.loader.graph;

/**
 * A document the store already holds, as a new load needs it to give the same document the same IRI: its area IRI
 * ({@code nq:area}), its number as written in the graph ({@code eli:number}) and its year ({@code nq:year}, null when
 * unknown). A plan uploaded alone that names "Nghị quyết số 57-NQ/TW" without a date then resolves to the stored
 * 57-NQ/TW of 2024, not to a second, undated identity.
 */
public record KnownDocument(String areaIri, String number, Integer year) {}
