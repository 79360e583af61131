package com.loginsessions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One signed-in device of one user. It lives while its row exists: signing out removes it, so the next request
 * carrying its token finds nothing.
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

    private Session(SessionId id, UserId userId, TokenHash tokenHash, Device device, IpAddress ipAddress,
                    Instant createdAt, Instant lastActiveAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.device = Objects.requireNonNull(device);
        this.ipAddress = Objects.requireNonNull(ipAddress);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.lastActiveAt = Objects.requireNonNull(lastActiveAt);
    }

    public static Session start(SessionId id, UserId userId, TokenHash tokenHash, Device device, IpAddress ipAddress,
                                Instant now) {
        return new Session(id, userId, tokenHash, device, ipAddress, now, now);
    }

    /** Rebuilds a session a store had kept. */
    public static Session restore(SessionId id, UserId userId, TokenHash tokenHash, Device device, IpAddress ipAddress,
                                  Instant createdAt, Instant lastActiveAt) {
        return new Session(id, userId, tokenHash, device, ipAddress, createdAt, lastActiveAt);
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
        return new Session(id, userId, tokenHash, device, ipAddress, createdAt, now);
    }

    public boolean belongsTo(UserId user) {
        return userId.equals(user);
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
}
