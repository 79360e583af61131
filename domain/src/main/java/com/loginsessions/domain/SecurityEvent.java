package com.loginsessions.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a user's sign-ins, one record per kind holding only what that kind knows. Consumers
 * (the feed, the log, metrics, the API) switch over the kinds, so a new kind does not compile until each says how
 * it shows it. Never holds a token, a password or a phone number.
 */
public sealed interface SecurityEvent {

    Instant occurredAt();

    /** The account the event belongs to; empty when a failed or refused sign-in named a number with none. */
    Optional<UserId> account();

    /** The kind's stable name, the one the activity feed, the log and the metrics show. */
    default String kind() {
        return switch (this) {
            case LoginSucceeded e -> "login_succeeded";
            case LoginFailed e -> "login_failed";
            case LoginThrottled e -> "login_throttled";
            case LoggedOut e -> "logout";
            case SessionRevoked e -> "session_revoked";
            case OtherSessionsRevoked e -> "other_sessions_revoked";
            case PasswordChanged e -> "password_changed";
            case PasswordChangeFailed e -> "password_change_failed";
        };
    }

    /** Events that always belong to a known account. */
    sealed interface OfUser extends SecurityEvent {

        UserId userId();

        @Override
        default Optional<UserId> account() {
            return Optional.of(userId());
        }
    }

    /** Events that end sessions: each says who or what ended them. */
    sealed interface Revocation extends OfUser {

        RevokedBy revokedBy();
    }

    /** Who or what ended a session. */
    enum RevokedBy {
        /** the session itself (sign out this device) */
        SELF,
        /** another session of the same user */
        OTHER_SESSION,
        /** the user changed the password from another session */
        PASSWORD_CHANGE,
        /** idle timeout or absolute lifetime */
        EXPIRY,
        /** the per-user session cap, on a newer sign-in */
        CAP;

        /** The lower-case name the feed, the log and the metrics show ("self", "other_session"...). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A sign-in; whether no other live session of the user had this device or this address. */
    record LoginSucceeded(Instant occurredAt, UserId userId, SessionId sessionId, IpAddress ipAddress, Device device,
                          boolean newDevice, boolean newIpAddress) implements OfUser {

        public LoginSucceeded {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(userId, "user");
            Objects.requireNonNull(sessionId, "session");
            Objects.requireNonNull(ipAddress, "ip address");
            Objects.requireNonNull(device, "device");
        }

        public static LoginSucceeded of(Session session, boolean newDevice, boolean newIpAddress) {
            return new LoginSucceeded(session.createdAt(), session.userId(), session.id(), session.ipAddress(),
                    session.device(), newDevice, newIpAddress);
        }
    }

    /** A wrong password, or a number with no account ({@code account} empty). */
    record LoginFailed(Instant occurredAt, Optional<UserId> account, IpAddress ipAddress) implements SecurityEvent {

        public LoginFailed {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(ipAddress, "ip address");
        }
    }

    /**
     * Sign-ins refused by the throttle: one event stands for a whole throttle window, {@code attempts} being how many
     * were refused in it so far.
     */
    record LoginThrottled(Instant occurredAt, Optional<UserId> account, IpAddress ipAddress, int attempts)
            implements SecurityEvent {

        public LoginThrottled {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(ipAddress, "ip address");
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be positive");
            }
        }

        /** The first refusal of a window; later ones raise its {@code attempts}. */
        public boolean opensWindow() {
            return attempts == 1;
        }
    }

    /** A session signed itself out. */
    record LoggedOut(Instant occurredAt, UserId userId, SessionId sessionId, IpAddress ipAddress, Device device)
            implements OfUser {

        public LoggedOut {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(userId, "user");
            Objects.requireNonNull(sessionId, "session");
            Objects.requireNonNull(ipAddress, "ip address");
            Objects.requireNonNull(device, "device");
        }

        public static LoggedOut of(Instant at, Session session) {
            return new LoggedOut(at, session.userId(), session.id(), session.ipAddress(), session.device());
        }
    }

    /** One session ended by someone or something else than a sign-out of its own. */
    record SessionRevoked(Instant occurredAt, UserId userId, SessionId sessionId, IpAddress ipAddress, Device device,
                          RevokedBy revokedBy) implements Revocation {

        public SessionRevoked {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(userId, "user");
            Objects.requireNonNull(sessionId, "session");
            Objects.requireNonNull(ipAddress, "ip address");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(revokedBy, "revoked by");
        }

        public static SessionRevoked of(Instant at, Session revoked, RevokedBy by) {
            return new SessionRevoked(at, revoked.userId(), revoked.id(), revoked.ipAddress(), revoked.device(), by);
        }
    }

    /** "Sign out all other devices" from {@code bySessionId}, which ended {@code count} sessions. */
    record OtherSessionsRevoked(Instant occurredAt, UserId userId, SessionId bySessionId, int count)
            implements Revocation {

        public OtherSessionsRevoked {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(userId, "user");
            Objects.requireNonNull(bySessionId, "by session");
        }

        @Override
        public RevokedBy revokedBy() {
            return RevokedBy.OTHER_SESSION;
        }
    }

    /** The password changed from {@code sessionId}; every other session ({@code sessionsSignedOut}) ended with it. */
    record PasswordChanged(Instant occurredAt, UserId userId, SessionId sessionId, IpAddress ipAddress,
                           int sessionsSignedOut) implements Revocation {

        public PasswordChanged {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(userId, "user");
            Objects.requireNonNull(sessionId, "session");
            Objects.requireNonNull(ipAddress, "ip address");
        }

        @Override
        public RevokedBy revokedBy() {
            return RevokedBy.PASSWORD_CHANGE;
        }
    }

    /** A password change refused because the current password was wrong. */
    record PasswordChangeFailed(Instant occurredAt, UserId userId, IpAddress ipAddress) implements OfUser {

        public PasswordChangeFailed {
            Objects.requireNonNull(occurredAt, "occurred at");
            Objects.requireNonNull(userId, "user");
            Objects.requireNonNull(ipAddress, "ip address");
        }
    }
}
