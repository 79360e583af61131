package com.loginsessions.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parses only the canonical 36-character form: {@link UUID#fromString} also accepts oddities such as "1-1-1-1-1". */
final class CanonicalUuid {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CanonicalUuid() {
    }

    static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
