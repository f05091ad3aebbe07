package vn.nq57.service.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the TDB2 store lives: {@code nq57.store.dir}, relative to the working directory unless absolute.
 */
@ConfigurationProperties("nq57.store")
public record StoreProperties(@DefaultValue("data/build/tdb2") Path dir) {}
