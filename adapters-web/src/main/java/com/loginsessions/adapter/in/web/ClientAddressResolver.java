package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.IpAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The client's IP address is the socket's peer. Only when that peer is a configured trusted proxy does
 * X-Forwarded-For count, and then only the hops that trusted proxies appended: it is read from the right, and the
 * first address that is not a trusted proxy is the client. A client cannot choose its recorded address by sending
 * the header itself.
 */
class ClientAddressResolver {

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
        String peer = withoutZone(request.getRemoteAddr());
        if (!isTrustedProxy(peer)) {
            return new IpAddress(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(withoutZone(hop.strip()));
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IpAddress.isLiteral(hop)) {
                break;
            }
            if (!isTrustedProxy(hop)) {
                return new IpAddress(hop);
            }
        }
        return new IpAddress(peer);
    }

    private boolean isTrustedProxy(String address) {
        if (trustedProxies.isEmpty() || !IpAddress.isLiteral(address)) {
            return false;
        }
        byte[] bytes = Cidr.bytesOf(address);
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
            if (!IpAddress.isLiteral(address)) {
                throw new IllegalArgumentException("trusted proxy '" + text + "' is not an IP address or CIDR block");
            }
            byte[] network = bytesOf(address);
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

        /** Only for literals already checked by {@link IpAddress#isLiteral}, so no name lookup can happen. */
        static byte[] bytesOf(String literal) {
            try {
                byte[] bytes = InetAddress.getByName(literal).getAddress();
                return bytes;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + literal, e);
            }
        }
    }
}
