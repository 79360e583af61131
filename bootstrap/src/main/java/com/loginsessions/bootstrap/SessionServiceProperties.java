package com.loginsessions.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The core's settings (prefix {@code app}): sessions, throttling, event retention. The adapters' own settings are
 * beside them ({@code app.web}, {@code app.token}, {@code app.password}, {@code app.phone}); docs/configuration.md
 * lists them all, and a test keeps it in step with the configuration metadata the build generates.
 */
@ConfigurationProperties("app")
public record SessionServiceProperties(@DefaultValue Session session,
                                       @DefaultValue LoginThrottle loginThrottle,
                                       @DefaultValue SecurityEvents securityEvents) {

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

    /**
     * The brute-force limits; "network" is an IPv4 address or an IPv6 prefix of {@code ipv6PrefixLength} bits.
     *
     * @param maxFailuresPerPhone           failed sign-ins for one phone number (known or not) from all networks
     *                                      (listed first: the metadata processor matches a parameter by prefix)
     * @param maxFailuresPerPhoneAndAddress failed sign-ins for one phone number from one network in one window
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
}
