package com.loginsessions.adapter.out.token;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access-token settings (prefix {@code app.token}).
 *
 * @param signingKey       base64 of at least 32 random bytes, the HS256 key that signs access tokens; when empty a
 *                         random key is made at start-up (tokens then die with the process)
 * @param verificationKeys earlier signing keys still accepted, so rotating the key signs nobody out
 * @param issuer           the iss claim written and required
 * @param audience         the aud claim written and required
 */
@ConfigurationProperties("app.token")
public record TokenProperties(@DefaultValue("") String signingKey,
                              @DefaultValue List<String> verificationKeys,
                              @DefaultValue("session-service") String issuer,
                              @DefaultValue("session-service") String audience) {
}
