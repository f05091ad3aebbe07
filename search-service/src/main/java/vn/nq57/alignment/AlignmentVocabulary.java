package vn.nq57.alignment;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;

/**
 * The terms of ontology/nq57.ttl the alignment writes: a qualified "carries out" relation in the PROV-O pattern
 * ({@code nq:Alignment ⊑ prov:Influence}, {@code nq:qualifiedAlignment ⊑ prov:qualifiedInfluence},
 * {@code nq:upstreamTask ⊑ prov:influencer}) with its shortcut {@code nq:carriesOut ⊑ prov:wasInfluencedBy}.
 */
public final class AlignmentVocabulary {

  /** The named graph that holds every alignment, apart from the documents' own graphs. */
  public static final String GRAPH = vn.nq57.ontology.NQ.ALIGNMENT_GRAPH;
  /** Base of the alignments' IRIs. */
  public static final String ID = NQ.ID + "alignment/";
  /** Base of the alignment runs' IRIs ({@code prov:Activity}). */
  public static final String ACTIVITY = NQ.ID + "activity/alignment/";

  public static final Resource Alignment = r(NQ.NS, "Alignment");
  public static final Property carriesOut = p(NQ.NS, "carriesOut");
  public static final Property qualifiedAlignment = p(NQ.NS, "qualifiedAlignment");
  public static final Property alignedTask = p(NQ.NS, "alignedTask");
  public static final Property upstreamTask = p(NQ.NS, "upstreamTask");
  public static final Property rank = p(NQ.NS, "rank");
  public static final Property score = p(NQ.NS, "score");
  public static final Property method = p(NQ.NS, "method");
  public static final Property inferred = p(NQ.NS, "inferred");
  /** Super-property of the evidence literals, one sub-property per kind ({@link #evidenceProperty}). */
  public static final Property evidence = p(NQ.NS, "evidence");
  /** Super-property of the score's parts, one sub-property per feature ({@link #scorePartProperty}). */
  public static final Property scorePart = p(NQ.NS, "scorePart");
  /**
   * The non-zero score parts of a rank 2–3 alignment in one literal ({@link ScoreParts#packed}: "words=0.61 bm25=1");
   * a rank-1 alignment states them one by one ({@link #scorePartProperty}).
   */
  public static final Property scoreParts = p(NQ.NS, "scoreParts");
  /** The folded syllables both names share, in one literal separated by spaces (deprecated, not written). */
  public static final Property sharedTerms = p(NQ.NS, "sharedTerms");
  public static final Property documentsDigest = p(NQ.NS, "documentsDigest");
  public static final Resource Activity = r(Vocab.PROV, "Activity");
  public static final Property wasGeneratedBy = p(Vocab.PROV, "wasGeneratedBy");
  public static final Property startedAtTime = p(Vocab.PROV, "startedAtTime");
  public static final Property endedAtTime = p(Vocab.PROV, "endedAtTime");

  /** The evidence kinds the method gives ({@link Evidence#kind}), in the order a reader is shown them. */
  public static final java.util.List<String> EVIDENCE_KINDS = java.util.List.of("phrase", "citation", "section",
      "leadUnit", "measure");

  private AlignmentVocabulary() {}

  /**
   * The property of one score part: {@code nq:scoreWords} for {@code words} ({@link ScoreParts#FEATURES}), a
   * sub-property of {@code nq:scorePart}; its value is an {@code xsd:decimal} in [0, 1], a part not stated is 0.
   */
  public static Property scorePartProperty(String feature) {
    return p(NQ.NS, "score" + Character.toUpperCase(feature.charAt(0)) + feature.substring(1));
  }

  /**
   * The property of one kind of evidence: {@code nq:evidencePhrase} for {@code phrase} ({@link #EVIDENCE_KINDS}), a
   * sub-property of {@code nq:evidence}; its value is the text, verbatim, {@code @vi}.
   */
  public static Property evidenceProperty(String kind) {
    return p(NQ.NS, "evidence" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
  }

  private static Resource r(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }

  private static Property p(String ns, String local) {
    return ResourceFactory.createProperty(ns + local);
  }
}
