package vn.nq57.service.sparql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Limits of the SPARQL endpoint.
 *
 * @param timeout  the longest a query may run ({@code nq57.sparql.timeout}, plain numbers are seconds);
 *                 a request may ask for less with {@code timeout=}
 * @param maxRows  the most rows a SELECT returns ({@code nq57.sparql.max-rows})
 */
@ConfigurationProperties("nq57.sparql")
public record SparqlProperties(
        @DefaultValue("10s") @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
        @DefaultValue("10000") long maxRows) {}
