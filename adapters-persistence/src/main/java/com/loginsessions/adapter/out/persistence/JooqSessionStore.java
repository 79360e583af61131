package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.jooq.Tables.SESSIONS;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.update;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.SessionsRecord;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;

public class JooqSessionStore implements SessionStore {

    private final DSLContext dsl;

    public JooqSessionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Session session) {
        dsl.executeInsert(toRecord(session));
    }

    /**
     * One statement: {@code live} finds the session by primary key, user and token hash; {@code touched} moves
     * {@code last_active_at} only when it is stale, so most requests write nothing. PostgreSQL runs a data-modifying
     * CTE whether or not the outer query reads it, and an UPDATE never re-creates a row a concurrent DELETE removed.
     */
    @Override
    public boolean confirmAndTouch(UserId userId, SessionId sessionId, TokenHash tokenHash, Instant now) {
        CommonTableExpression<Record2<UUID, OffsetDateTime>> live = name("live").as(
                select(SESSIONS.ID, SESSIONS.LAST_ACTIVE_AT)
                        .from(SESSIONS)
                        .where(SESSIONS.ID.eq(sessionId.value()))
                        .and(SESSIONS.USER_ID.eq(userId.value()))
                        .and(SESSIONS.TOKEN_HASH.eq(tokenHash.hex())));
        CommonTableExpression<Record1<UUID>> touched = name("touched").as(
                update(SESSIONS)
                        .set(SESSIONS.LAST_ACTIVE_AT, utc(now))
                        .where(SESSIONS.ID.in(
                                select(live.field(SESSIONS.ID))
                                        .from(live)
                                        .where(live.field(SESSIONS.LAST_ACTIVE_AT).lt(utc(Session.staleActivityBefore(now))))))
                        .returningResult(SESSIONS.ID));
        return dsl.with(live).with(touched).selectCount().from(live).fetchOne(0, int.class) > 0;
    }

    @Override
    public List<Session> findAllOf(UserId userId) {
        return dsl.selectFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .fetch(JooqSessionStore::toSession);
    }

    @Override
    public boolean remove(UserId userId, SessionId sessionId) {
        return dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.eq(sessionId.value()))
                .and(SESSIONS.USER_ID.eq(userId.value()))
                .execute() > 0;
    }

    /**
     * Locks all the user's session rows in id order first: two sessions removing "all others" at once then run one
     * after the other (no deadlock), and the second finds its own session gone. Must run inside a unit of work.
     */
    @Override
    public OptionalInt removeAllExcept(UserId userId, SessionId keep) {
        List<UUID> locked = dsl.select(SESSIONS.ID)
                .from(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .orderBy(SESSIONS.ID)
                .forUpdate()
                .fetch(SESSIONS.ID);
        if (!locked.contains(keep.value())) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .and(SESSIONS.ID.ne(keep.value()))
                .execute());
    }

    private SessionsRecord toRecord(Session session) {
        SessionsRecord record = dsl.newRecord(SESSIONS);
        record.setId(session.id().value());
        record.setUserId(session.userId().value());
        record.setTokenHash(session.tokenHash().hex());
        record.setDeviceOs(session.device().os());
        record.setDeviceBrowser(session.device().browser());
        record.setDeviceType(session.device().type().code());
        record.setIpAddress(session.ipAddress().value());
        record.setCreatedAt(utc(session.createdAt()));
        record.setLastActiveAt(utc(session.lastActiveAt()));
        return record;
    }

    private static Session toSession(SessionsRecord record) {
        return Session.restore(
                new SessionId(record.getId()),
                new UserId(record.getUserId()),
                new TokenHash(record.getTokenHash()),
                new Device(record.getDeviceOs(), record.getDeviceBrowser(), DeviceType.fromCode(record.getDeviceType())),
                new IpAddress(record.getIpAddress()),
                record.getCreatedAt().toInstant(),
                record.getLastActiveAt().toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
