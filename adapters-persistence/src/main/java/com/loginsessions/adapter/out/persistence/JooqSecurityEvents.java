package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.Timestamps.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.SECURITY_EVENTS;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.SecurityEventsRecord;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoggedOut;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The users' activity feed. Every event is written by one statement that finds its user first, and an event that
 * names no account (a failed sign-in with an unknown number) runs the same statement for no user: a failed
 * sign-in costs the same work whether or not the number has an account, so timing does not tell. A refused sign-in
 * is one row per throttle window, whose attempt count later refusals raise.
 */
public class JooqSecurityEvents implements SecurityEventFeed {

    /**
     * What the event_type column holds: this adapter's own names, switched over exhaustively in both directions, so
     * renaming a kind in the domain cannot change what is written or break reading the rows already stored.
     */
    enum StoredType {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, SESSION_REVOKED, OTHER_SESSIONS_REVOKED,
        PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED;

        static StoredType of(SecurityEvent event) {
            return switch (event) {
                case LoginSucceeded e -> LOGIN_SUCCEEDED;
                case LoginFailed e -> LOGIN_FAILED;
                case LoginThrottled e -> LOGIN_THROTTLED;
                case LoggedOut e -> LOGOUT;
                case SessionRevoked e -> SESSION_REVOKED;
                case OtherSessionsRevoked e -> OTHER_SESSIONS_REVOKED;
                case PasswordChanged e -> PASSWORD_CHANGED;
                case PasswordChangeFailed e -> PASSWORD_CHANGE_FAILED;
            };
        }
    }

    /** No user has it; statements for events without an account look it up and find nothing. */
    private static final UUID NO_USER = new UUID(0, 0);

    private final DSLContext dsl;

    public JooqSecurityEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(SecurityEvent event) {
        UUID user = event.account().map(UserId::value).orElse(NO_USER);
        if (event instanceof LoginThrottled refused && !refused.opensWindow()) {
            dsl.update(SECURITY_EVENTS)
                    .set(SECURITY_EVENTS.ATTEMPTS, refused.attempts())
                    .where(SECURITY_EVENTS.ID.eq(select(max(SECURITY_EVENTS.ID))
                            .from(SECURITY_EVENTS)
                            .where(SECURITY_EVENTS.USER_ID.eq(user))
                            .and(SECURITY_EVENTS.EVENT_TYPE.eq(StoredType.LOGIN_THROTTLED.name()))))
                    .execute();
            return;
        }
        Row row = Row.of(event);
        dsl.insertInto(SECURITY_EVENTS,
                        SECURITY_EVENTS.USER_ID, SECURITY_EVENTS.EVENT_TYPE, SECURITY_EVENTS.OCCURRED_AT,
                        SECURITY_EVENTS.SESSION_ID, SECURITY_EVENTS.IP_ADDRESS, SECURITY_EVENTS.DEVICE_OS,
                        SECURITY_EVENTS.DEVICE_BROWSER, SECURITY_EVENTS.DEVICE_TYPE, SECURITY_EVENTS.DEVICE_MODEL,
                        SECURITY_EVENTS.REVOKED_BY, SECURITY_EVENTS.REVOKED_COUNT, SECURITY_EVENTS.ATTEMPTS,
                        SECURITY_EVENTS.NEW_DEVICE, SECURITY_EVENTS.NEW_IP_ADDRESS)
                .select(select(USERS.ID,
                        val(StoredType.of(event).name()),
                        val(utc(event.occurredAt())),
                        val(row.session() == null ? null : row.session().value(), SECURITY_EVENTS.SESSION_ID),
                        val(row.address() == null ? null : row.address().value(), SECURITY_EVENTS.IP_ADDRESS),
                        val(row.device() == null ? null : row.device().os(), SECURITY_EVENTS.DEVICE_OS),
                        val(row.device() == null ? null : row.device().browser(), SECURITY_EVENTS.DEVICE_BROWSER),
                        val(row.device() == null ? null : row.device().type().code(), SECURITY_EVENTS.DEVICE_TYPE),
                        val(row.device() == null ? null : row.device().model().orElse(null),
                                SECURITY_EVENTS.DEVICE_MODEL),
                        val(row.revokedBy() == null ? null : row.revokedBy().name(), SECURITY_EVENTS.REVOKED_BY),
                        val(row.revokedCount(), SECURITY_EVENTS.REVOKED_COUNT),
                        val(row.attempts(), SECURITY_EVENTS.ATTEMPTS),
                        val(row.newDevice(), SECURITY_EVENTS.NEW_DEVICE),
                        val(row.newIpAddress(), SECURITY_EVENTS.NEW_IP_ADDRESS))
                        .from(USERS)
                        .where(USERS.ID.eq(user)))
                .execute();
    }

    @Override
    public List<SecurityEvent> recentOf(UserId userId, int offset, int limit) {
        return dsl.selectFrom(SECURITY_EVENTS)
                .where(SECURITY_EVENTS.USER_ID.eq(userId.value()))
                .orderBy(SECURITY_EVENTS.OCCURRED_AT.desc(), SECURITY_EVENTS.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(JooqSecurityEvents::toEvent);
    }

    @Override
    public int purgeOlderThan(Instant before, int batchSize) {
        return dsl.deleteFrom(SECURITY_EVENTS)
                .where(SECURITY_EVENTS.ID.in(select(SECURITY_EVENTS.ID)
                        .from(SECURITY_EVENTS)
                        .where(SECURITY_EVENTS.OCCURRED_AT.lt(utc(before)))
                        .limit(batchSize)
                        .forUpdate()
                        .skipLocked()))
                .execute();
    }

    /** An event as the table's columns hold it; columns its type does not use are null. */
    private record Row(SessionId session, IpAddress address, Device device, RevokedBy revokedBy,
                       Integer revokedCount, Integer attempts, Boolean newDevice, Boolean newIpAddress) {

        static Row of(SecurityEvent event) {
            return switch (event) {
                case LoginSucceeded e -> new Row(e.sessionId(), e.ipAddress(), e.device(), null, null,
                        null, e.newDevice(), e.newIpAddress());
                case LoginFailed e -> new Row(null, e.ipAddress(), null, null, null, null, null, null);
                case LoginThrottled e -> new Row(null, e.ipAddress(), null, null, null, e.attempts(),
                        null, null);
                case LoggedOut e -> new Row(e.sessionId(), e.ipAddress(), e.device(), null, null, null, null,
                        null);
                case SessionRevoked e -> new Row(e.sessionId(), e.ipAddress(), e.device(),
                        e.revokedBy(), null, null, null, null);
                case OtherSessionsRevoked e -> new Row(e.bySessionId(), null, null,
                        e.revokedBy(), e.count(), null, null, null);
                case PasswordChanged e -> new Row(e.sessionId(), e.ipAddress(), null, e.revokedBy(),
                        e.sessionsSignedOut(), null, null, null);
                case PasswordChangeFailed e -> new Row(null, e.ipAddress(), null, null, null,
                        null, null, null);
            };
        }
    }

    private static SecurityEvent toEvent(SecurityEventsRecord record) {
        Instant at = record.getOccurredAt().toInstant();
        UserId user = new UserId(record.getUserId());
        SessionId session = record.getSessionId() == null ? null : new SessionId(record.getSessionId());
        IpAddress address = record.getIpAddress() == null ? null : new IpAddress(record.getIpAddress());
        Device device = record.getDeviceType() == null ? null : new Device(record.getDeviceOs(),
                record.getDeviceBrowser(), DeviceType.fromCode(record.getDeviceType()),
                Optional.ofNullable(record.getDeviceModel()));
        return switch (StoredType.valueOf(record.getEventType())) {
            case LOGIN_SUCCEEDED -> new LoginSucceeded(at, user, session, address, device, record.getNewDevice(),
                    record.getNewIpAddress());
            case LOGIN_FAILED -> new LoginFailed(at, Optional.of(user), address);
            case LOGIN_THROTTLED -> new LoginThrottled(at, Optional.of(user), address, record.getAttempts());
            case LOGOUT -> new LoggedOut(at, user, session, address, device);
            case SESSION_REVOKED -> new SessionRevoked(at, user, session, address, device,
                    RevokedBy.valueOf(record.getRevokedBy()));
            case OTHER_SESSIONS_REVOKED -> new OtherSessionsRevoked(at, user, session, record.getRevokedCount());
            case PASSWORD_CHANGED -> new PasswordChanged(at, user, session, address, record.getRevokedCount());
            case PASSWORD_CHANGE_FAILED -> new PasswordChangeFailed(at, user, address);
        };
    }
}
