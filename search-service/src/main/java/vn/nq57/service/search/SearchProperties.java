package vn.nq57.service.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** Where the search index lives: {@code nq57.index.dir}, relative to the working directory unless absolute. */
@ConfigurationProperties("nq57.index")
public record SearchProperties(@DefaultValue("data/build/lucene") Path dir) {}
