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
  public static final Resource AlignmentEvidence = r(NQ.NS, "AlignmentEvidence");
  public static final Resource ScorePart = r(NQ.NS, "ScorePart");
  public static final Property carriesOut = p(NQ.NS, "carriesOut");
  public static final Property qualifiedAlignment = p(NQ.NS, "qualifiedAlignment");
  public static final Property alignedTask = p(NQ.NS, "alignedTask");
  public static final Property upstreamTask = p(NQ.NS, "upstreamTask");
  public static final Property rank = p(NQ.NS, "rank");
  public static final Property score = p(NQ.NS, "score");
  public static final Property method = p(NQ.NS, "method");
  public static final Property inferred = p(NQ.NS, "inferred");
  public static final Property evidence = p(NQ.NS, "evidence");
  public static final Property evidenceKind = p(NQ.NS, "evidenceKind");
  public static final Property scorePart = p(NQ.NS, "scorePart");
  public static final Property feature = p(NQ.NS, "feature");
  public static final Property sharedTerm = p(NQ.NS, "sharedTerm");
  public static final Property documentsDigest = p(NQ.NS, "documentsDigest");
  public static final Resource Activity = r(Vocab.PROV, "Activity");
  public static final Property wasGeneratedBy = p(Vocab.PROV, "wasGeneratedBy");
  public static final Property startedAtTime = p(Vocab.PROV, "startedAtTime");
  public static final Property endedAtTime = p(Vocab.PROV, "endedAtTime");

  private AlignmentVocabulary() {}

  private static Resource r(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }

  private static Property p(String ns, String local) {
    return ResourceFactory.createProperty(ns + local);
  }
}
