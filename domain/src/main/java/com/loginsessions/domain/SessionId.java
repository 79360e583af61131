package com.loginsessions.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId newId() {
        return new SessionId(UUID.randomUUID());
    }

    /** @return empty unless the text is a UUID in canonical form */
    public static Optional<SessionId> parse(String text) {
        return CanonicalUuid.parse(text).map(SessionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
