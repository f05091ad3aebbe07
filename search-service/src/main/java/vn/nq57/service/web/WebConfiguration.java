package vn.nq57.service.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the request-size limit to every API but uploads of documents, which have their own
 * (nq57.documents.max-file-size), and refuses on every API a query parameter its handler does not take.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
public class WebConfiguration implements WebMvcConfigurer {
    private final RequestBodyLimit bodyLimit;
    private final KnownParameters knownParameters;

    public WebConfiguration(RequestBodyLimit bodyLimit, KnownParameters knownParameters) {
        this.bodyLimit = bodyLimit;
        this.knownParameters = knownParameters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bodyLimit).excludePathPatterns("/api/documents", "/api/documents/**");
        registry.addInterceptor(knownParameters).addPathPatterns("/api/**");
    }
}
