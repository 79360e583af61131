package com.loginsessions.domain;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's IP address, always in one canonical text form, so that one address is one value wherever it is
 * stored or compared: IPv4 as a dotted quad, IPv6 as RFC 5952 says (lower case, no leading zeros, the longest
 * run of zero groups as "::"), and an IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) as the IPv4 address it
 * maps. Only literal addresses are accepted, so nothing here can ever trigger a name lookup.
 */
public record IpAddress(String value) {

    public static final int MAX_LENGTH = 45;
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    public IpAddress {
        value = isCanonicalIpv4(value) ? value : canonical(bytesOf(value));
    }

    /** @return the address's bytes: 4 for IPv4 (mapped IPv6 included), 16 for IPv6 */
    public byte[] bytes() {
        return bytesOf(value);
    }

    public boolean isIpv6() {
        return value.indexOf(':') >= 0;
    }

    /**
     * The network this address belongs to for counting purposes: an IPv4 address is its own network; an IPv6
     * address is its {@code ipv6PrefixLength}-bit prefix (a /64 is what one subscriber usually owns), as text such as
     * {@code 2001:db8:1:2::/64}.
     */
    public String network(int ipv6PrefixLength) {
        if (!isIpv6()) {
            return value;
        }
        if (ipv6PrefixLength < 1 || ipv6PrefixLength > 128) {
            throw new IllegalArgumentException("an IPv6 prefix length is 1 to 128");
        }
        byte[] bytes = bytes();
        for (int bit = ipv6PrefixLength; bit < 128; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return canonical(bytes) + "/" + ipv6PrefixLength;
    }

    /** @return the address, or empty when the text is no IP address literal */
    public static Optional<IpAddress> parse(String text) {
        try {
            return Optional.of(new IpAddress(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * A dotted quad of decimal numbers 0-255 without leading zeros: the only IPv4 form accepted, and already its own
     * canonical form. Checked by a loop because every session row read builds an address.
     */
    private static boolean isCanonicalIpv4(String text) {
        if (text == null || text.length() < 7 || text.length() > 15) {
            return false;
        }
        int parts = 0;
        int i = 0;
        while (i <= text.length()) {
            int start = i;
            int number = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                number = number * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || number > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return false;
            }
            parts++;
            if (i == text.length()) {
                return parts == 4;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
        }
        return false;
    }

    private static byte[] bytesOf(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException("not an IP address literal");
        }
        if (!isCanonicalIpv4(text) && !(text.indexOf(':') >= 0 && IPV6.matcher(text).matches())) {
            throw new InvalidInputException("not an IP address literal");
        }
        try {
            // a dotted quad, or a text of hex digits, colons and dots with a colon: InetAddress parses such a
            // text as a literal and never looks it up
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new InvalidInputException("not an IP address literal");
        }
    }

    private static String canonical(byte[] address) {
        if (address.length == 4) {
            try {
                return ((Inet4Address) InetAddress.getByAddress(address)).getHostAddress();
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (address[2 * i] & 0xff) << 8 | address[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += length;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
