package com.loginsessions.application.port.out;

import com.loginsessions.domain.Device;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a user's sign-ins. Fields that do not apply to a type are null: {@code userId} when
 * a failed sign-in named no account, {@code revokedBy} except on revocations, {@code count} except on
 * "all others revoked" and password changes (sessions signed out) and refused sign-ins (attempts refused so far in
 * the throttle window: one event stands for a whole window), {@code newDevice}/{@code newIpAddress} except on
 * successful sign-ins. Never holds a token or a password.
 */
public record SecurityEvent(Type type, Instant occurredAt, UserId userId, SessionId sessionId, IpAddress ipAddress,
                            Device device, RevokedBy revokedBy, Integer count, Boolean newDevice,
                            Boolean newIpAddress) {

    public enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, SESSION_REVOKED, OTHER_SESSIONS_REVOKED,
        PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED
    }

    /** Who or what ended a session. */
    public enum RevokedBy {
        /** the session itself (sign out this device) */
        SELF,
        /** another session of the same user */
        OTHER_SESSION,
        /** the user changed the password from another session */
        PASSWORD_CHANGE,
        /** idle timeout or absolute lifetime */
        EXPIRY,
        /** the per-user session cap, on a newer sign-in */
        CAP
    }

    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurred at");
    }

    public static SecurityEvent loginSucceeded(Session session, boolean newDevice, boolean newIpAddress) {
        return new SecurityEvent(Type.LOGIN_SUCCEEDED, session.createdAt(), session.userId(), session.id(),
                session.ipAddress(), session.device(), null, null, newDevice, newIpAddress);
    }

    public static SecurityEvent attempt(Type type, Instant at, UserId userIdOrNull, IpAddress ipAddress) {
        return new SecurityEvent(type, at, userIdOrNull, null, ipAddress, null, null, null, null, null);
    }

    /** A sign-in refused by the throttle: the {@code attempts}-th refused for this number in the current window. */
    public static SecurityEvent refused(Instant at, UserId userIdOrNull, IpAddress ipAddress, int attempts) {
        return new SecurityEvent(Type.LOGIN_THROTTLED, at, userIdOrNull, null, ipAddress, null, null, attempts, null,
                null);
    }

    /** An event about one session, made by the caller's session (logout, password change). */
    public static SecurityEvent bySession(Type type, Instant at, Session session) {
        return new SecurityEvent(type, at, session.userId(), session.id(), session.ipAddress(), session.device(),
                null, null, null, null);
    }

    public static SecurityEvent sessionRevoked(Instant at, Session revoked, RevokedBy by) {
        return new SecurityEvent(Type.SESSION_REVOKED, at, revoked.userId(), revoked.id(), revoked.ipAddress(),
                revoked.device(), by, null, null, null);
    }

    public static SecurityEvent othersRevoked(Instant at, UserId userId, SessionId by, int count) {
        return new SecurityEvent(Type.OTHER_SESSIONS_REVOKED, at, userId, by, null, null, RevokedBy.OTHER_SESSION,
                count, null, null);
    }
}
