package com.loginsessions.domain;

import java.time.Instant;
import java.util.Objects;

/** A person who signs in with a phone number and a password. */
public final class User {

    private final UserId id;
    private final PhoneNumber phone;
    private final PasswordHash passwordHash;
    private final Instant createdAt;

    private User(UserId id, PhoneNumber phone, PasswordHash passwordHash, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.phone = Objects.requireNonNull(phone);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static User register(PhoneNumber phone, PasswordHash passwordHash, Instant now) {
        return new User(UserId.newId(), phone, passwordHash, now);
    }

    /** Rebuilds a user a store had kept. */
    public static User restore(UserId id, PhoneNumber phone, PasswordHash passwordHash, Instant createdAt) {
        return new User(id, phone, passwordHash, createdAt);
    }

    public UserId id() {
        return id;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
