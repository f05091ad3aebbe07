package vn.nq57.service.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits on what a request may carry: {@code nq57.http.max-request-body} (default 1MB). */
@ConfigurationProperties("nq57.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxRequestBody) {}
