package com.loginsessions.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    /** @return empty unless the text is a UUID in canonical form */
    public static Optional<UserId> parse(String text) {
        return CanonicalUuid.parse(text).map(UserId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
