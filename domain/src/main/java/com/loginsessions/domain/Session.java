package com.loginsessions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One signed-in device of one user. It is live until it is signed out (removed), until it has been idle for the
 * idle timeout, or until its absolute expiry, whichever comes first; a session that is not live is treated
 * exactly as if it had been signed out.
 */
public final class Session {

    /**
     * How stale {@code lastActiveAt} may get before a request moves it forward: most requests then write nothing,
     * and the list is still right to within this much.
     */
    public static final Duration ACTIVITY_RESOLUTION = Duration.ofSeconds(60);

    private final SessionId id;
    private final UserId userId;
    private final TokenHash tokenHash;
    private final Device device;
    private final IpAddress ipAddress;
    private final Instant createdAt;
    private final Instant lastActiveAt;
    private final Instant absoluteExpiresAt;

    private Session(SessionId id, UserId userId, TokenHash tokenHash, Device device, IpAddress ipAddress,
                    Instant createdAt, Instant lastActiveAt, Instant absoluteExpiresAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.device = Objects.requireNonNull(device);
        this.ipAddress = Objects.requireNonNull(ipAddress);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.lastActiveAt = Objects.requireNonNull(lastActiveAt);
        this.absoluteExpiresAt = Objects.requireNonNull(absoluteExpiresAt);
    }

    /** A session starting now; its token must not outlive {@link #absoluteExpiresAt()}. */
    public static Session start(SessionId id, UserId userId, TokenHash tokenHash, Device device, IpAddress ipAddress,
                                Instant now, SessionLifetime lifetime) {
        return new Session(id, userId, tokenHash, device, ipAddress, now, now, lifetime.absoluteExpiryOf(now));
    }

    /** Rebuilds a session a store had kept. */
    public static Session restore(SessionId id, UserId userId, TokenHash tokenHash, Device device, IpAddress ipAddress,
                                  Instant createdAt, Instant lastActiveAt, Instant absoluteExpiresAt) {
        return new Session(id, userId, tokenHash, device, ipAddress, createdAt, lastActiveAt, absoluteExpiresAt);
    }

    public boolean isLive(SessionLifetime.LiveAt at) {
        return absoluteExpiresAt.isAfter(at.now()) && lastActiveAt.isAfter(at.activeAfter());
    }

    /** When the session ends unless it is used again: the earlier of its idle and its absolute expiry. */
    public Instant expiresAt(SessionLifetime lifetime) {
        Instant idleExpiry = lastActiveAt.plus(lifetime.idleTimeout());
        return idleExpiry.isBefore(absoluteExpiresAt) ? idleExpiry : absoluteExpiresAt;
    }

    /** The point in time before which {@code lastActiveAt} counts as stale and a request moves it to now. */
    public static Instant staleActivityBefore(Instant now) {
        return now.minus(ACTIVITY_RESOLUTION);
    }

    public boolean activityIsStaleAt(Instant now) {
        return lastActiveAt.isBefore(staleActivityBefore(now));
    }

    /** How a user sees their sessions: the one they are using first, then the most recently active. */
    public static Comparator<Session> displayOrder(SessionId current) {
        return Comparator.comparing((Session s) -> !s.id.equals(current))
                .thenComparing(Session::lastActiveAt, Comparator.reverseOrder())
                .thenComparing(Session::createdAt, Comparator.reverseOrder())
                .thenComparing(s -> s.id.value());
    }

    public Session activeAt(Instant now) {
        return new Session(id, userId, tokenHash, device, ipAddress, createdAt, now, absoluteExpiresAt);
    }

    public SessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public TokenHash tokenHash() {
        return tokenHash;
    }

    public Device device() {
        return device;
    }

    public IpAddress ipAddress() {
        return ipAddress;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActiveAt() {
        return lastActiveAt;
    }

    public Instant absoluteExpiresAt() {
        return absoluteExpiresAt;
    }
}
