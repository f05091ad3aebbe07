package vn.nq57.service.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Turns on the {@code nq57.documents.*} settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
public class DocumentsConfiguration {}
