package vn.nq57.bench.peer;

/** The two ways the peer's jena-text index is configured: as shipped, and with the folding a Vietnamese user needs. */
public enum PeerAnalyzer {
    /** Lucene's StandardAnalyzer: lower-cases, keeps diacritics, so "chuyen doi so" misses "chuyển đổi số". */
    STANDARD("[ a text:StandardAnalyzer ]"),
    /** Standard tokenizer, lower case, then ASCII folding (đ → d, ể → e): diacritic-less queries match. */
    ASCII_FOLDING("[ a text:ConfigurableAnalyzer ; text:tokenizer text:StandardTokenizer ;"
            + " text:filters ( text:LowerCaseFilter text:ASCIIFoldingFilter ) ]");

    final String assembler;

    PeerAnalyzer(String assembler) {
        this.assembler = assembler;
    }

    public String label() {
        return this == STANDARD ? "Fuseki+jena-text (StandardAnalyzer)" : "Fuseki+jena-text (ASCIIFolding)";
    }
}
