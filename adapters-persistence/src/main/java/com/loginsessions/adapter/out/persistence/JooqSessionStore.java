package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.jooq.Tables.SESSIONS;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.update;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.SessionsRecord;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;

public class JooqSessionStore implements SessionStore {

    private final DSLContext dsl;

    public JooqSessionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Not expired by either limit; the same predicate as {@link Session#isLive}. */
    static Condition live(LiveAt at) {
        return SESSIONS.ABSOLUTE_EXPIRES_AT.gt(utc(at.now())).and(SESSIONS.LAST_ACTIVE_AT.gt(utc(at.activeAfter())));
    }

    /**
     * Locking the user's row (FOR NO KEY UPDATE: session inserts, whose foreign-key checks only share-lock it, are
     * not blocked by anyone else) makes concurrent logins of one user take turns, so the cap holds under any race.
     */
    @Override
    public List<Session> addWithinCap(Session session, int maxLive, LiveAt at) {
        dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(session.userId().value())).forNoKeyUpdate().execute();
        dsl.executeInsert(toRecord(session));
        return dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.in(select(SESSIONS.ID)
                        .from(SESSIONS)
                        .where(SESSIONS.USER_ID.eq(session.userId().value()))
                        .and(live(at))
                        .orderBy(SESSIONS.LAST_ACTIVE_AT.desc(), SESSIONS.CREATED_AT.desc(), SESSIONS.ID)
                        .offset(maxLive)))
                .returning()
                .fetch(JooqSessionStore::toSession);
    }

    /**
     * One statement: {@code live} finds the session by primary key, user, token hash and liveness; {@code touched}
     * moves {@code last_active_at} only when it is stale, so most requests write nothing. PostgreSQL runs a
     * data-modifying CTE whether or not the outer query reads it, and an UPDATE never re-creates a row a concurrent
     * DELETE removed.
     */
    @Override
    public boolean confirmAndTouch(UserId userId, SessionId sessionId, TokenHash tokenHash, LiveAt at) {
        CommonTableExpression<Record2<UUID, OffsetDateTime>> liveSession = name("live").as(
                select(SESSIONS.ID, SESSIONS.LAST_ACTIVE_AT)
                        .from(SESSIONS)
                        .where(SESSIONS.ID.eq(sessionId.value()))
                        .and(SESSIONS.USER_ID.eq(userId.value()))
                        .and(SESSIONS.TOKEN_HASH.eq(tokenHash.hex()))
                        .and(live(at)));
        CommonTableExpression<Record1<UUID>> touched = name("touched").as(
                update(SESSIONS)
                        .set(SESSIONS.LAST_ACTIVE_AT, utc(at.now()))
                        .where(SESSIONS.ID.in(
                                select(liveSession.field(SESSIONS.ID))
                                        .from(liveSession)
                                        .where(liveSession.field(SESSIONS.LAST_ACTIVE_AT)
                                                .lt(utc(Session.staleActivityBefore(at.now()))))))
                        .returningResult(SESSIONS.ID));
        return dsl.with(liveSession).with(touched).selectCount().from(liveSession).fetchOne(0, int.class) > 0;
    }

    @Override
    public List<Session> findLiveOf(UserId userId, LiveAt at) {
        return dsl.selectFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .and(live(at))
                .fetch(JooqSessionStore::toSession);
    }

    @Override
    public Optional<Session> remove(UserId userId, SessionId sessionId, LiveAt at) {
        return dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.eq(sessionId.value()))
                .and(SESSIONS.USER_ID.eq(userId.value()))
                .and(live(at))
                .returning()
                .fetchOptional(JooqSessionStore::toSession);
    }

    /**
     * Locks all the user's session rows in id order first: two sessions removing "all others" at once then run one
     * after the other (no deadlock), and the second finds its own session gone. Must run inside a unit of work.
     */
    @Override
    public OptionalInt removeAllExcept(UserId userId, SessionId keep, LiveAt at) {
        boolean keepIsLive = dsl.select(SESSIONS.ID, SESSIONS.ABSOLUTE_EXPIRES_AT, SESSIONS.LAST_ACTIVE_AT)
                .from(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .orderBy(SESSIONS.ID)
                .forUpdate()
                .fetch()
                .stream()
                .anyMatch(row -> row.value1().equals(keep.value())
                        && row.value2().toInstant().isAfter(at.now())
                        && row.value3().toInstant().isAfter(at.activeAfter()));
        if (!keepIsLive) {
            return OptionalInt.empty();
        }
        List<Boolean> removedWereLive = dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .and(SESSIONS.ID.ne(keep.value()))
                .returningResult(live(at))
                .fetch(record -> record.value1());
        return OptionalInt.of((int) removedWereLive.stream().filter(Boolean.TRUE::equals).count());
    }

    /** SKIP LOCKED lets several instances purge at once, each taking rows the others are not holding. */
    @Override
    public List<Session> purgeDead(LiveAt at, int batchSize) {
        return dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.in(select(SESSIONS.ID)
                        .from(SESSIONS)
                        .where(SESSIONS.ABSOLUTE_EXPIRES_AT.le(utc(at.now()))
                                .or(SESSIONS.LAST_ACTIVE_AT.le(utc(at.activeAfter()))))
                        .limit(batchSize)
                        .forUpdate()
                        .skipLocked()))
                .returning()
                .fetch(JooqSessionStore::toSession);
    }

    @Override
    public long countLive(LiveAt at) {
        return dsl.fetchCount(selectOne().from(SESSIONS).where(live(at)));
    }

    private SessionsRecord toRecord(Session session) {
        SessionsRecord record = dsl.newRecord(SESSIONS);
        record.setId(session.id().value());
        record.setUserId(session.userId().value());
        record.setTokenHash(session.tokenHash().hex());
        record.setDeviceOs(session.device().os());
        record.setDeviceBrowser(session.device().browser());
        record.setDeviceType(session.device().type().code());
        record.setDeviceModel(session.device().model().orElse(null));
        record.setIpAddress(session.ipAddress().value());
        record.setCreatedAt(utc(session.createdAt()));
        record.setLastActiveAt(utc(session.lastActiveAt()));
        record.setAbsoluteExpiresAt(utc(session.absoluteExpiresAt()));
        return record;
    }

    private static Session toSession(SessionsRecord record) {
        return Session.restore(
                new SessionId(record.getId()),
                new UserId(record.getUserId()),
                new TokenHash(record.getTokenHash()),
                new Device(record.getDeviceOs(), record.getDeviceBrowser(), DeviceType.fromCode(record.getDeviceType()),
                        Optional.ofNullable(record.getDeviceModel())),
                new IpAddress(record.getIpAddress()),
                record.getCreatedAt().toInstant(),
                record.getLastActiveAt().toInstant(),
                record.getAbsoluteExpiresAt().toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
