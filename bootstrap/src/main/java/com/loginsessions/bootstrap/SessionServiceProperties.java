package com.loginsessions.bootstrap;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The service's own settings (prefix {@code app}); the README has the table with environment-variable names. */
@ConfigurationProperties("app")
public record SessionServiceProperties(@DefaultValue Token token, @DefaultValue Session session,
                                       @DefaultValue Phone phone, @DefaultValue Password password,
                                       @DefaultValue LoginThrottle loginThrottle,
                                       @DefaultValue SecurityEvents securityEvents) {

    /**
     * @param signingKey        base64 of at least 32 random bytes; when empty a random key is made at start-up
     *                          (tokens then die with the process)
     * @param verificationKeys  earlier signing keys still accepted, so rotating the key signs nobody out
     */
    public record Token(@DefaultValue("") String signingKey,
                        @DefaultValue List<String> verificationKeys,
                        @DefaultValue("session-service") String issuer,
                        @DefaultValue("session-service") String audience) {
    }

    /**
     * @param idleTimeout      a session unused this long ends
     * @param absoluteLifetime a session ends this long after sign-in, however active; also the token's lifetime
     * @param maxPerUser       live sessions one user may keep; a sign-in beyond it ends the least recently active
     * @param purgeInterval    how often ended sessions and throttle windows are deleted
     * @param purgeBatchSize   rows per delete statement of the purge
     */
    public record Session(@DefaultValue("30d") Duration idleTimeout,
                          @DefaultValue("90d") Duration absoluteLifetime,
                          @DefaultValue("50") int maxPerUser,
                          @DefaultValue("10m") Duration purgeInterval,
                          @DefaultValue("500") int purgeBatchSize) {
    }

    /** @param defaultRegion ISO 3166 region for numbers typed without "+country code"; empty requires the prefix */
    public record Phone(@DefaultValue("") String defaultRegion) {
    }

    /**
     * The brute-force limits; "network" is an IPv4 address or an IPv6 prefix of {@code ipv6PrefixLength} bits.
     *
     * @param maxFailuresPerPhoneAndAddress failed sign-ins for one phone number from one network in one window
     * @param maxFailuresPerPhone           failed sign-ins for one phone number (known or not) from all networks
     * @param maxFailuresPerAddress         failed sign-ins from one network, whatever the numbers
     * @param maxSignUpsPerAddress          sign-ups from one network
     * @param maxPasswordChangeFailures     wrong current passwords per session on a password change
     * @param ipv6PrefixLength              leading bits of an IPv6 address that make one network (64: a subscriber)
     * @param window                        the fixed window; when it ends, counting starts over
     */
    public record LoginThrottle(@DefaultValue("5") int maxFailuresPerPhoneAndAddress,
                                @DefaultValue("50") int maxFailuresPerPhone,
                                @DefaultValue("100") int maxFailuresPerAddress,
                                @DefaultValue("100") int maxSignUpsPerAddress,
                                @DefaultValue("5") int maxPasswordChangeFailures,
                                @DefaultValue("64") int ipv6PrefixLength,
                                @DefaultValue("15m") Duration window) {
    }

    /** @param retention how long each user's security events are kept; older ones are purged */
    public record SecurityEvents(@DefaultValue("180d") Duration retention) {
    }

    /** Argon2id cost; the defaults are OWASP's recommended minimum. */
    public record Password(@DefaultValue("19456") int argon2MemoryKib, @DefaultValue("2") int argon2Iterations) {
    }
}
