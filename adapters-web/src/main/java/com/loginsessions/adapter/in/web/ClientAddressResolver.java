package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.IpAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The client's IP address is the socket's peer. Only when that peer is a configured trusted proxy does
 * X-Forwarded-For count, and then only the hops that trusted proxies appended: it is read from the right, and the
 * first address that is not a trusted proxy is the client. A client cannot choose its recorded address by sending
 * the header itself.
 */
class ClientAddressResolver {

    /**
     * What the web adapter's own per-client limits (connections, introspection failures) count as one client: an
     * IPv4 address, or the IPv6 /64 one subscriber is given.
     */
    static final int CLIENT_NETWORK_IPV6_BITS = 64;

    private final List<Cidr> trustedProxies;

    ClientAddressResolver(List<String> trustedProxies) {
        List<Cidr> parsed = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                parsed.add(Cidr.parse(entry.strip()));
            }
        }
        this.trustedProxies = List.copyOf(parsed);
    }

    IpAddress clientAddress(HttpServletRequest request) {
        IpAddress peer = peer(request);
        if (!isTrustedProxy(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            hops.addAll(List.of(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<IpAddress> hop = hopAddress(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            if (!isTrustedProxy(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }

    /**
     * Whether the client reached us over HTTPS: the connection itself, or, only when the peer is a trusted proxy,
     * the protocol that proxy reports in the last X-Forwarded-Proto value (the one it wrote).
     */
    boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (trustedProxies.isEmpty() || !isTrustedProxy(peer(request))) {
            return false;
        }
        String last = null;
        for (String header : Collections.list(request.getHeaders("X-Forwarded-Proto"))) {
            for (String value : header.split(",")) {
                last = value.strip();
            }
        }
        return "https".equalsIgnoreCase(last);
    }

    /**
     * One X-Forwarded-For hop as proxies write it: an address, {@code 203.0.113.7:4444} (some load balancers add the
     * port), {@code [2001:db8::1]:4444} or {@code [2001:db8::1]}. Anything else ("unknown", an obfuscated name,
     * garbage) is no address: the chain cannot be followed past it.
     */
    static Optional<IpAddress> hopAddress(String hop) {
        String text = hop.strip();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || !(close == text.length() - 1 || isPort(text.substring(close + 1)))) {
                return Optional.empty();
            }
            text = text.substring(1, close);
        } else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':') && text.indexOf('.') > 0) {
            int colon = text.indexOf(':');
            if (!isPort(text.substring(colon))) {
                return Optional.empty();
            }
            text = text.substring(0, colon);
        }
        return IpAddress.parse(withoutZone(text));
    }

    private static IpAddress peer(HttpServletRequest request) {
        return new IpAddress(withoutZone(request.getRemoteAddr()));
    }

    /** ":" and 1 to 5 digits */
    private static boolean isPort(String text) {
        if (text.length() < 2 || text.length() > 6 || text.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isTrustedProxy(IpAddress address) {
        if (trustedProxies.isEmpty()) {
            return false;
        }
        byte[] bytes = address.bytes();
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(bytes));
    }

    private static String withoutZone(String address) {
        int zone = address.indexOf('%');
        String bare = zone < 0 ? address : address.substring(0, zone);
        return bare.startsWith("[") && bare.endsWith("]") ? bare.substring(1, bare.length() - 1) : bare;
    }

    /** An address block such as 10.0.0.0/8 or 2001:db8::/32; a bare address is a block of one. */
    record Cidr(byte[] network, int prefixLength) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] network = IpAddress.parse(address).orElseThrow(() -> new IllegalArgumentException(
                    "trusted proxy '" + text + "' is not an IP address or CIDR block")).bytes();
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("trusted proxy '" + text + "' has a bad prefix length", e);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("trusted proxy '" + text + "' has a bad prefix length");
                }
            }
            return new Cidr(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = 0xFF << (8 - remainingBits) & 0xFF;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
