package com.loginsessions.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SHA-256 of an access token, lower-case hex: what the store keeps instead of the token itself. */
public record TokenHash(String hex) {

    public TokenHash {
        Objects.requireNonNull(hex, "token hash");
        if (!isLowerHexSha256(hex)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256 digest");
        }
    }

    /** A loop rather than a regex: a token hash is built on every authenticated request. */
    private static boolean isLowerHexSha256(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    public static TokenHash of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
