package com.loginsessions.adapter.out.device;

import java.util.OptionalInt;

/**
 * Version numbers as agents and client hints write them, read with a bound. Only ASCII digits make a number
 * (other scripts' digits are not a version anyone ships), leading zeros are dropped, and a number of more than
 * {@link #MAX_DIGITS} significant digits is unknown: no product has such a major, and reading one must never
 * overflow. Every rule that reads a number from a header reads it here.
 */
final class VersionNumbers {

    static final int MAX_DIGITS = 6;

    private VersionNumbers() {
    }

    /** The leading number of {@code version} as text ("17" of "17.4.1", "7" of "007"); null when there is none. */
    static String major(String version) {
        if (version == null) {
            return null;
        }
        int start = 0;
        int length = version.length();
        while (start < length - 1 && version.charAt(start) == '0' && isAsciiDigit(version.charAt(start + 1))) {
            start++;
        }
        int end = start;
        while (end < length && isAsciiDigit(version.charAt(end))) {
            end++;
            if (end - start > MAX_DIGITS) {
                return null;
            }
        }
        return end == start ? null : version.substring(start, end);
    }

    /** {@link #major}, and its minor when one follows a dot ("10.15" stays "10.15"); null when there is no major. */
    static String shown(String version) {
        String major = major(version);
        if (major == null) {
            return null;
        }
        int dot = version.indexOf('.');
        String minor = dot < 0 ? null : major(version.substring(dot + 1));
        return minor == null || !version.substring(0, dot).equals(major) ? major : major + "." + minor;
    }

    /** {@link #major} as a number. */
    static OptionalInt majorNumber(String version) {
        String major = major(version);
        return major == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(major));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
