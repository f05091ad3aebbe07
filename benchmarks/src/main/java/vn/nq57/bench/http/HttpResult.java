package vn.nq57.bench.http;

/**
 * One measured workload on one side. {@code stats} is null when the side does not offer it (then {@code note} says
 * why, e.g. the endpoint answered 404).
 */
public record HttpResult(String side, String workload, LatencyStats stats, String note) {}
