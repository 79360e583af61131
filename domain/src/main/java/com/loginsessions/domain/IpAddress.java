package com.loginsessions.domain;

import java.util.regex.Pattern;

/**
 * A client's IP address as text (IPv4 dotted quad or IPv6), as the transport reported it. Only literal
 * addresses are accepted, so nothing here can ever trigger a name lookup.
 */
public record IpAddress(String value) {

    public static final int MAX_LENGTH = 45;
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    public IpAddress {
        if (value == null || !(IPV4.matcher(value).matches() || (value.contains(":") && IPV6.matcher(value).matches()))) {
            throw new InvalidInputException("not an IP address literal");
        }
    }

    public static boolean isLiteral(String text) {
        try {
            new IpAddress(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
