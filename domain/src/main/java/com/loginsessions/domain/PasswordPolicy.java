package com.loginsessions.domain;

/**
 * What a new password must be: 8 to 128 characters (OWASP ASVS 6.2.1 / 6.2.9). No composition rules, as ASVS
 * advises; the upper bound keeps hashing cost bounded.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null) {
            throw new InvalidInputException("password is required");
        }
        if (password.length() > MAX_LENGTH * 2) {
            throw new InvalidInputException(lengthMessage());
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidInputException(lengthMessage());
        }
    }

    /** A presented password that no account can have: no policy-conforming password is this long. */
    public static boolean isImpossiblyLong(String password) {
        return password.codePointCount(0, Math.min(password.length(), MAX_LENGTH * 2 + 1)) > MAX_LENGTH;
    }

    private static String lengthMessage() {
        return "password must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters";
    }
}
