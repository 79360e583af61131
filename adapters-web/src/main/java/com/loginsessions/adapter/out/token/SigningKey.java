package com.loginsessions.adapter.out.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * An HMAC key for HS256 and its key id. The id is derived from the key (first 12 bytes of its SHA-256, base64url),
 * so operators rotate by moving the old key to the verification-only list and never manage ids by hand.
 */
public final class SigningKey {

    public static final int MIN_BYTES = 32;

    private final byte[] secret;
    private final String keyId;

    private SigningKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("an HS256 key needs at least 256 bits (32 bytes); got " + secret.length);
        }
        this.secret = secret.clone();
        this.keyId = deriveKeyId(secret);
    }

    /** @param base64 standard or URL-safe base64 of at least 32 random bytes */
    public static SigningKey fromBase64(String base64) {
        String trimmed = base64.strip();
        byte[] bytes;
        try {
            bytes = trimmed.contains("-") || trimmed.contains("_")
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the signing key is not valid base64", e);
        }
        return new SigningKey(bytes);
    }

    public static SigningKey random() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new SigningKey(bytes);
    }

    byte[] secret() {
        return secret.clone();
    }

    public String keyId() {
        return keyId;
    }

    private static String deriveKeyId(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + keyId + "]";
    }
}
