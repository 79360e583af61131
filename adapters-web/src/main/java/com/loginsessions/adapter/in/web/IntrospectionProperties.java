package com.loginsessions.adapter.in.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * RFC 7662 token introspection's settings (prefix {@code app.introspection}); docs/configuration.md lists them.
 *
 * @param clients               the resource servers allowed to introspect, each {@code client-id:sha256-hex-of-secret};
 *                              list one id twice, with the old and the new secret, to rotate. Without any, every
 *                              caller is refused
 * @param maxInactivePerMinute  "inactive" answers one client may get in a minute (per instance) before it is told to
 *                              wait: a client scanning for tokens finds mostly inactive ones (RFC 7662 §4)
 * @param maxFailedAuthPerMinute wrong or missing client credentials accepted from one client network in a minute
 *                              (per instance) before it is told to wait
 */
@ConfigurationProperties("app.introspection")
public record IntrospectionProperties(@DefaultValue List<String> clients,
                                      @DefaultValue("600") int maxInactivePerMinute,
                                      @DefaultValue("10") int maxFailedAuthPerMinute) {

    public IntrospectionProperties {
        clients = clients.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        if (maxInactivePerMinute < 1 || maxFailedAuthPerMinute < 1) {
            throw new IllegalArgumentException("app.introspection limits must be positive");
        }
    }
}
