package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.JooqSessionStore.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.SECURITY_EVENTS;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.SecurityEventsRecord;
import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
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

    /** No user has it; statements for events without an account look it up and find nothing. */
    private static final UUID NO_USER = new UUID(0, 0);

    private final DSLContext dsl;

    public JooqSecurityEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(SecurityEvent event) {
        UUID user = event.userId() == null ? NO_USER : event.userId().value();
        if (event.type() == SecurityEvent.Type.LOGIN_THROTTLED && event.count() != null && event.count() > 1) {
            dsl.update(SECURITY_EVENTS)
                    .set(SECURITY_EVENTS.ATTEMPTS, event.count())
                    .where(SECURITY_EVENTS.ID.eq(select(max(SECURITY_EVENTS.ID))
                            .from(SECURITY_EVENTS)
                            .where(SECURITY_EVENTS.USER_ID.eq(user))
                            .and(SECURITY_EVENTS.EVENT_TYPE.eq(event.type().name()))))
                    .execute();
            return;
        }
        boolean device = event.device() != null;
        boolean throttled = event.type() == SecurityEvent.Type.LOGIN_THROTTLED;
        dsl.insertInto(SECURITY_EVENTS,
                        SECURITY_EVENTS.USER_ID, SECURITY_EVENTS.EVENT_TYPE, SECURITY_EVENTS.OCCURRED_AT,
                        SECURITY_EVENTS.SESSION_ID, SECURITY_EVENTS.IP_ADDRESS, SECURITY_EVENTS.DEVICE_OS,
                        SECURITY_EVENTS.DEVICE_BROWSER, SECURITY_EVENTS.DEVICE_TYPE, SECURITY_EVENTS.DEVICE_MODEL,
                        SECURITY_EVENTS.REVOKED_BY, SECURITY_EVENTS.REVOKED_COUNT, SECURITY_EVENTS.ATTEMPTS,
                        SECURITY_EVENTS.NEW_DEVICE, SECURITY_EVENTS.NEW_IP_ADDRESS)
                .select(select(USERS.ID,
                        val(event.type().name()),
                        val(utc(event.occurredAt())),
                        val(event.sessionId() == null ? null : event.sessionId().value(), SECURITY_EVENTS.SESSION_ID),
                        val(event.ipAddress() == null ? null : event.ipAddress().value(), SECURITY_EVENTS.IP_ADDRESS),
                        val(device ? event.device().os() : null, SECURITY_EVENTS.DEVICE_OS),
                        val(device ? event.device().browser() : null, SECURITY_EVENTS.DEVICE_BROWSER),
                        val(device ? event.device().type().code() : null, SECURITY_EVENTS.DEVICE_TYPE),
                        val(device ? event.device().model().orElse(null) : null, SECURITY_EVENTS.DEVICE_MODEL),
                        val(event.revokedBy() == null ? null : event.revokedBy().name(), SECURITY_EVENTS.REVOKED_BY),
                        val(throttled ? null : event.count(), SECURITY_EVENTS.REVOKED_COUNT),
                        val(throttled ? event.count() : null, SECURITY_EVENTS.ATTEMPTS),
                        val(event.newDevice(), SECURITY_EVENTS.NEW_DEVICE),
                        val(event.newIpAddress(), SECURITY_EVENTS.NEW_IP_ADDRESS))
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

    private static SecurityEvent toEvent(SecurityEventsRecord record) {
        return new SecurityEvent(
                SecurityEvent.Type.valueOf(record.getEventType()),
                record.getOccurredAt().toInstant(),
                new UserId(record.getUserId()),
                record.getSessionId() == null ? null : new SessionId(record.getSessionId()),
                record.getIpAddress() == null ? null : new IpAddress(record.getIpAddress()),
                record.getDeviceType() == null ? null : new Device(record.getDeviceOs(), record.getDeviceBrowser(),
                        DeviceType.fromCode(record.getDeviceType()), Optional.ofNullable(record.getDeviceModel())),
                record.getRevokedBy() == null ? null : SecurityEvent.RevokedBy.valueOf(record.getRevokedBy()),
                record.getAttempts() != null ? record.getAttempts() : record.getRevokedCount(),
                record.getNewDevice(),
                record.getNewIpAddress());
    }
}
