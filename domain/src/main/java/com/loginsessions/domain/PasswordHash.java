package com.loginsessions.domain;

import java.util.Objects;

/** A password hash in the encoded form of the hasher that made it (algorithm, parameters, salt and hash). */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "password hash");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
