package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.MetadataExtractor;

class ExploreTest {
    @Test
    void dump() {
        for (String f : new String[]{Seeds.APPENDIX_130, Seeds.TAN_LOI, Seeds.TRUNG_HOI, Seeds.CAO_MINH, Seeds.QUANG_NGAI, Seeds.QD877}) {
            var src = Seeds.read(f);
            DocumentMetadata m = MetadataExtractor.extract(src);
            System.out.println("=== " + f + "\n" + m);
            for (Reference r : ReferenceExtractor.extract(src, m)) print(r, "  ");
        }
    }

    static void print(Reference r, String indent) {
        System.out.println(indent + r.relation() + " " + r.number().canonical() + " " + r.kind() + " " + r.date() + " [" + r.issuer() + "] " + r.issuerLevel() + " " + r.span());
        for (Reference b : r.basis()) print(b, indent + "    ");
    }
}
