package vn.nq57.service.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import vn.nq57.service.web.SecurityHeaders;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Spring Security for the service: reading is open to anyone, every write needs the admin (HTTP Basic, no session, so
 * no cookie a forged cross-site request could ride on), and with no admin password configured writes are disabled.
 * SPARQL stays read-only whoever asks (its endpoint refuses updates itself).
 *
 * <p>Also: CORS for reads ({@code nq57.security.cors-origins}, default any origin) on {@code /sparql} and
 * {@code /api/**} for GET, HEAD and POST of queries, never for changes; and on every response a Content Security
 * Policy the pages satisfy (scripts, styles, fonts and data only from this server; {@code frame-ancestors 'none'}),
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and {@code Referrer-Policy: same-origin}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** The pages' policy ({@link SecurityHeaders#CSP}). */
    static final String CSP = SecurityHeaders.CSP;
    /** Swagger UI's ({@link SecurityHeaders#CSP_SWAGGER}). */
    static final String CSP_SWAGGER = SecurityHeaders.CSP_SWAGGER;

    /**
     * The requests that change something: any method but GET, HEAD and OPTIONS on the documents. Nothing else writes:
     * the SPARQL endpoint refuses updates whoever sends them.
     */
    static RequestMatcher writes() {
        return request -> {
            String method = request.getMethod();
            if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)) {
                return false;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/api/documents") || path.startsWith("/api/documents/");
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties,
                                            CorsConfigurationSource corsConfigurationSource) throws Exception {
        ProblemResponses problems = new ProblemResponses(properties);
        // Spring's CORS filter, answering a refusal with a problem detail (RefusedCrossOrigin), not plain text
        CorsFilter cors = new CorsFilter(corsConfigurationSource);
        cors.setCorsProcessor(new RefusedCrossOrigin());
        RequestMatcher swagger = pathPattern("/swagger-ui/**");
        http
            // Stateless HTTP Basic: no session, no cookie, so nothing for cross-site request forgery to use.
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .formLogin(form -> form.disable())
            .logout(logout -> logout.disable())
            .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems))
            .cors(c -> c.disable())
            .addFilterAt(cors, CorsFilter.class)
            .authorizeHttpRequests(auth -> {
                if (properties.writesEnabled()) auth.requestMatchers(writes()).authenticated();
                else auth.requestMatchers(writes()).denyAll();
                auth.anyRequest().permitAll();
            })
            .headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new ContentSecurityPolicyHeaderWriter(CSP_SWAGGER)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new ContentSecurityPolicyHeaderWriter(CSP)))
                // the language of every page and problem detail, written when the response's media type is known
                .addHeaderWriter(new vn.nq57.service.web.ContentLanguageHeaderWriter())
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Caching stays as each endpoint sets it (static files, downloads).
                .cacheControl(cache -> cache.disable()));
        if (!properties.writesEnabled()) {
            log.info("writes disabled: no admin password (set NQ57_ADMIN_PASSWORD to enable adding documents)");
        }
        return http.build();
    }

    /**
     * Lets the headers above reach a forwarded answer that has no body: {@code HEAD /} and a {@code 304} to a
     * conditional {@code GET /} (the welcome page is a forward to {@code index.html}). Spring Security writes its
     * headers when the body commits the response, through its wrapper of the response; Tomcat 11 ends a forward by
     * suspending its own response beneath every wrapper ({@code suspendWrappedResponseAfterForward}, on by default),
     * so with no body written the wrapper never saw a commit and the headers were lost. With it off, Tomcat closes the
     * forwarded response through the wrappers, as the Servlet specification describes, and the headers are written.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> headersOnForwards() {
        return factory -> factory.addContextCustomizers(context -> context.setSuspendWrappedResponseAfterForward(false));
    }

    /**
     * What the firewall refuses is answered as a problem detail in the request's language (Spring Security takes a
     * bean of this type for every filter chain).
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RejectedRequests();
    }

    /** The admin, when a password is configured; nobody otherwise (and Spring Boot's generated user is not made). */
    @Bean
    UserDetailsService users(SecurityProperties properties) {
        if (!properties.writesEnabled()) return new InMemoryUserDetailsManager();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String password = properties.adminPassword();
        String encoded = password.startsWith("{") ? password : encoder.encode(password);
        UserDetails admin = User.withUsername(properties.adminUser()).password(encoded).roles("ADMIN").build();
        return new InMemoryUserDetailsManager(admin);
    }

    /**
     * Reads from other origins: GET, HEAD and POST (queries) on {@code /sparql} and {@code /api/**}; only GET and HEAD
     * on the documents and jobs, so a preflight for a change is refused.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/documents/**", cors(properties, List.of("GET", "HEAD")));
        source.registerCorsConfiguration("/api/documents", cors(properties, List.of("GET", "HEAD")));
        source.registerCorsConfiguration("/api/jobs/**", cors(properties, List.of("GET", "HEAD")));
        source.registerCorsConfiguration("/sparql", cors(properties, List.of("GET", "HEAD", "POST")));
        source.registerCorsConfiguration("/api/**", cors(properties, List.of("GET", "HEAD", "POST")));
        return source;
    }

    private static CorsConfiguration cors(SecurityProperties properties, List<String> methods) {
        CorsConfiguration cors = new CorsConfiguration();
        List<String> origins = new ArrayList<>(properties.corsOrigins());
        if (origins.contains("*")) cors.addAllowedOrigin("*");
        else cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(methods);
        cors.setAllowedHeaders(List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT_LANGUAGE,
                "X-Requested-With"));
        cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_DISPOSITION, "Nq57-Row-Limit"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        return cors;
    }
}
