package vn.nq57.service.sparql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Limits of the SPARQL endpoint.
 *
 * @param timeout         the longest a query may run ({@code nq57.sparql.timeout}, plain numbers are seconds);
 *                        a request may ask for less with {@code timeout=}
 * @param maxRows         the most rows a SELECT returns ({@code nq57.sparql.max-rows})
 * @param maxTriples      the most triples or quads a CONSTRUCT or DESCRIBE returns ({@code nq57.sparql.max-triples})
 * @param serviceAllowed  endpoint IRIs that {@code SERVICE} may call ({@code nq57.sparql.service-allowed}, comma
 *                        separated); empty, the default, refuses every SERVICE
 */
@ConfigurationProperties("nq57.sparql")
public record SparqlProperties(
        @DefaultValue("10s") @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
        @DefaultValue("10000") long maxRows,
        @DefaultValue("100000") long maxTriples,
        @DefaultValue("") Set<String> serviceAllowed) {}
