package vn.nq57.service.lineage;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.Optional;

/**
 * Which state of the store the current read transaction sees, so what is computed from one state is reused only for
 * that state. TDB2 counts committed write transactions (the transaction coordinator's data version, which a read
 * transaction takes when it begins) and every write, whoever makes it (an upload, the alignment, a load), moves it
 * on; the storage object is part of the key because a compaction starts a new one.
 *
 * @param storage the TDB2 storage the transaction reads
 * @param data    the number of write transactions committed to it when this read began
 */
record StoreVersion(DatasetGraphTDB storage, long data) {

    /**
     * The version the calling thread's transaction reads. Call inside a transaction on {@code dataset}.
     *
     * @return empty for a store that does not count its writes (an in-memory dataset): then nothing may be reused
     */
    static Optional<StoreVersion> of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!TDBInternal.isTDB2(dsg)) return Optional.empty();
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        Transaction txn = storage.getTxnSystem().getThreadTransaction();
        if (txn == null) throw new IllegalStateException("StoreVersion.of is called outside a transaction");
        return Optional.of(new StoreVersion(storage, txn.getDataVersion()));
    }

    /** Identity of the storage (not its contents) and the count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoreVersion v && v.storage == storage && v.data == data;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(storage) * 31 + Long.hashCode(data);
    }
}
