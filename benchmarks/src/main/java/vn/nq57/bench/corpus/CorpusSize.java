package vn.nq57.bench.corpus;

/**
 * How big a corpus to generate.
 *
 * @param provinces     province-level units, 1..34
 * @param communes      communes spread over them (the country has 3,321)
 * @param appendixShare the share of communes that also issue a separate appendix of tasks for their plan;
 *                      0.28 brings the national corpus to about 250,000 tasks and indicators
 */
public record CorpusSize(int provinces, int communes, double appendixShare) {
    public static final double DEFAULT_APPENDIX_SHARE = 0.28;

    public static CorpusSize national() {
        return new CorpusSize(34, Gazetteer.NATIONAL_COMMUNES, DEFAULT_APPENDIX_SHARE);
    }

    public static CorpusSize of(int provinces, int communes) {
        return new CorpusSize(provinces, communes, DEFAULT_APPENDIX_SHARE);
    }

    /** "34x3321". */
    public String label() { return provinces + "x" + communes; }
}
