package com.loginsessions.adapter.out.password;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Argon2id cost (prefix {@code app.password}); the defaults are OWASP's recommended minimum.
 *
 * @param argon2MemoryKib  memory per hash in KiB (OWASP minimum: 19 MiB)
 * @param argon2Iterations passes over that memory (OWASP minimum with 19 MiB: 2)
 */
@ConfigurationProperties("app.password")
public record PasswordProperties(@DefaultValue("19456") int argon2MemoryKib,
                                 @DefaultValue("2") int argon2Iterations) {
}
