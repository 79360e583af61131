package com.loginsessions.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

public record SessionId(UUID value) {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId newId() {
        return new SessionId(UUID.randomUUID());
    }

    /** Only the canonical 36-character form: {@link UUID#fromString} also accepts oddities such as "1-1-1-1-1". */
    public static Optional<SessionId> parse(String text) {
        if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SessionId(UUID.fromString(text)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
