package vn.nq57.loader;

import org.apache.jena.rdf.model.Model;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.reference.Reference;
import vn.nq57.loader.rows.ExtractedRows;

import java.util.List;

/** One source document after parsing: what was read, what was found, and the graph written for it. */
public record ParsedDocument(SourceText source, DocumentMetadata metadata, List<Reference> references,
                             ExtractedRows rows, String documentIri, String graphIri, Model graph) {}
