package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.JooqSessionStore.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.SECURITY_EVENTS;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.SecurityEventsRecord;
import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The users' activity feed. Events that name no account are not stored (the log has them). */
public class JooqSecurityEvents implements SecurityEvents, SecurityEventHistory {

    private final DSLContext dsl;

    public JooqSecurityEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(SecurityEvent event) {
        if (event.userId() == null) {
            return;
        }
        SecurityEventsRecord record = dsl.newRecord(SECURITY_EVENTS);
        record.setUserId(event.userId().value());
        record.setEventType(event.type().name());
        record.setOccurredAt(utc(event.occurredAt()));
        record.setSessionId(event.sessionId() == null ? null : event.sessionId().value());
        record.setIpAddress(event.ipAddress() == null ? null : event.ipAddress().value());
        if (event.device() != null) {
            record.setDeviceOs(event.device().os());
            record.setDeviceBrowser(event.device().browser());
            record.setDeviceType(event.device().type().code());
            record.setDeviceModel(event.device().model().orElse(null));
        }
        record.setRevokedBy(event.revokedBy() == null ? null : event.revokedBy().name());
        record.setRevokedCount(event.count());
        record.setNewDevice(event.newDevice());
        record.setNewIpAddress(event.newIpAddress());
        dsl.insertInto(SECURITY_EVENTS).set(record).execute();
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
                record.getRevokedCount(),
                record.getNewDevice(),
                record.getNewIpAddress());
    }
}
