package vn.nq57.service.store;

import java.nio.file.Path;

/**
 * A step run before the store is opened, so the service can build its TDB2 store from the source documents
 * when none exists yet. Declare a bean of this type to plug one in; every bean is run, in {@code @Order}.
 */
@FunctionalInterface
public interface StoreInitializer {

    /** Makes sure a TDB2 store exists at {@code storeDir}; called before the service opens it. */
    void ensureBuilt(Path storeDir);

    /** Leaves the directory as it is: TDB2 creates an empty store where none exists. */
    StoreInitializer NONE = storeDir -> {};
}
