package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.IpAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's NIO endpoint with a bound on the connections one client holds open. A client is its network, as the
 * sign-in throttle counts it: an IPv4 address, or an IPv6 /64 (what one subscriber is given). Without a bound one
 * client can open every connection the connector allows (8,192 by default) and keep them idle, and every other
 * client, the health probes included, waits. A connection past its client's bound is closed as it is accepted,
 * before any byte is read. Peers that are trusted proxies carry many clients and are not bounded here: in front of
 * the service the proxy bounds its clients (docs/security.md says how).
 */
final class ClientLimitingEndpoint extends NioEndpoint {

    private static final Logger log = LoggerFactory.getLogger(ClientLimitingEndpoint.class);
    private static final long LOG_EVERY_MILLIS = 10_000;

    private final Map<SocketChannel, String> clientOf = new ConcurrentHashMap<>();
    private final Map<String, Integer> openPerClient = new ConcurrentHashMap<>();
    private final AtomicLong refusedSinceLog = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong();
    private volatile int maxPerClient = Integer.MAX_VALUE;
    private volatile Predicate<IpAddress> unbounded = peer -> false;

    ClientLimitingEndpoint() {
        // Every closing connection leaves this map (NioSocketWrapper.doClose): the one place to give its slot back.
        connections = new ConcurrentHashMap<>() {
            @Override
            public SocketWrapperBase<NioChannel> remove(Object channel) {
                SocketWrapperBase<NioChannel> removed = super.remove(channel);
                release(clientOf.remove(channel));
                return removed;
            }
        };
    }

    void limitPerClient(int maxConnections, Predicate<IpAddress> unboundedPeers) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("the connections per client must be positive");
        }
        this.maxPerClient = maxConnections;
        this.unbounded = unboundedPeers;
    }

    int openConnectionsOf(String client) {
        return openPerClient.getOrDefault(client, 0);
    }

    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
        Optional<String> client = boundedClient(socket);
        if (client.isPresent() && !acquire(client.get())) {
            noteRefused();
            return false;
        }
        client.ifPresent(c -> clientOf.put(socket, c));
        boolean registered = super.setSocketOptions(socket);
        if (!registered) {
            release(clientOf.remove(socket));
        }
        return registered;
    }

    private Optional<String> boundedClient(SocketChannel socket) {
        try {
            if (!(socket.getRemoteAddress() instanceof InetSocketAddress remote) || remote.getAddress() == null) {
                return Optional.empty();
            }
            return IpAddress.parse(remote.getAddress().getHostAddress())
                    .filter(peer -> !unbounded.test(peer))
                    .map(peer -> peer.network(ClientAddressResolver.CLIENT_NETWORK_IPV6_BITS));
        } catch (IOException closedAlready) {
            return Optional.empty();
        }
    }

    private boolean acquire(String client) {
        boolean[] acquired = {false};
        openPerClient.compute(client, (c, open) -> {
            int count = open == null ? 0 : open;
            if (count >= maxPerClient) {
                return open;
            }
            acquired[0] = true;
            return count + 1;
        });
        return acquired[0];
    }

    private void release(String client) {
        if (client == null) {
            return;
        }
        openPerClient.computeIfPresent(client, (c, open) -> open <= 1 ? null : open - 1);
    }

    /** One line per ten seconds at most, however many connections a flood makes. */
    private void noteRefused() {
        long refused = refusedSinceLog.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
            log.warn("Closed {} new connection(s) from clients already holding {} open connections (app.web.max-connections-per-client)",
                    refused, maxPerClient);
            refusedSinceLog.addAndGet(-refused);
        }
    }
}
