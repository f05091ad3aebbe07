package vn.nq57.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Who may write and who may read from other origins ({@code nq57.security.*}).
 *
 * @param adminUser     the one user allowed to change documents (default {@code admin})
 * @param adminPassword its password: set it with the environment variable {@code NQ57_ADMIN_PASSWORD} (or this
 *                      property, never in the repository); plain, or encoded as {@code {bcrypt}…}. Blank: writes are
 *                      disabled, as Fuseki is read-only by default
 * @param corsOrigins   origins whose pages may read {@code /sparql} and {@code /api/*} (GET, and POST of queries);
 *                      default {@code *}, any origin, without credentials
 */
@ConfigurationProperties("nq57.security")
public record SecurityProperties(@DefaultValue("admin") String adminUser,
                                 @DefaultValue("") String adminPassword,
                                 @DefaultValue("*") List<String> corsOrigins) {

    /** Whether a password is configured, so writes are possible at all. */
    public boolean writesEnabled() {
        return adminPassword != null && !adminPassword.isBlank();
    }
}
