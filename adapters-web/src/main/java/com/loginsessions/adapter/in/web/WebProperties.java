package com.loginsessions.adapter.in.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTP adapter's settings (prefix {@code app.web}), with their defaults; docs/configuration.md lists them.
 *
 * @param trustedProxies       IPs and CIDR blocks of reverse proxies whose X-Forwarded-For is believed; without
 *                             any, the TCP peer is the client
 * @param corsAllowedOrigins   origins allowed to call the API from a browser; without any, no CORS headers are sent
 * @param maxBodyBytes         largest accepted request body (larger ones get 413)
 * @param requestHeaderTimeout a request's line and headers must be complete this long after their first byte, else
 *                             the connection is closed
 * @param requestBodyTimeout   a request's body must be complete this long after its headers, else 408
 * @param maxConnectionsPerClient open connections one client network (an IPv4 address, an IPv6 /64) may hold;
 *                             further ones are closed as they are accepted. Trusted proxies are not bounded
 */
@ConfigurationProperties("app.web")
public record WebProperties(@DefaultValue List<String> trustedProxies,
                            @DefaultValue List<String> corsAllowedOrigins,
                            @DefaultValue("16384") long maxBodyBytes,
                            @DefaultValue("5s") Duration requestHeaderTimeout,
                            @DefaultValue("5s") Duration requestBodyTimeout,
                            @DefaultValue("256") int maxConnectionsPerClient) {

    public WebProperties {
        trustedProxies = nonBlank(trustedProxies);
        corsAllowedOrigins = nonBlank(corsAllowedOrigins);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("app.web.max-body-bytes must be positive");
        }
        if (maxConnectionsPerClient < 1) {
            throw new IllegalArgumentException("app.web.max-connections-per-client must be positive");
        }
        if (!requestHeaderTimeout.isPositive() || !requestBodyTimeout.isPositive()) {
            throw new IllegalArgumentException("app.web request timeouts must be positive");
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
