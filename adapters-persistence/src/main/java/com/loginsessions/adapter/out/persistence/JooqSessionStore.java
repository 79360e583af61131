package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.jooq.Tables.SESSIONS;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import com.loginsessions.adapter.out.persistence.jooq.tables.Sessions;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;

public class JooqSessionStore implements SessionStore {

    private static final UUID SAMPLE_SESSION = new UUID(0, 1);
    private static final UUID SAMPLE_USER = new UUID(0, 2);
    private static final String SAMPLE_HASH = "0".repeat(64);
    private static final OffsetDateTime SAMPLE_NOW = utc(Instant.EPOCH.plusSeconds(1));
    private static final OffsetDateTime SAMPLE_ACTIVE_AFTER = utc(Instant.EPOCH.plusSeconds(2));
    private static final UUID SAMPLE_CALLER_USER = new UUID(0, 3);
    private static final OffsetDateTime SAMPLE_CALLER_NOW = utc(Instant.EPOCH.plusSeconds(3));
    private static final OffsetDateTime SAMPLE_CALLER_ACTIVE_AFTER = utc(Instant.EPOCH.plusSeconds(4));

    private final DSLContext dsl;
    private final RenderedQuery confirm;
    private final RenderedQuery findLive;
    private final RenderedQuery findLiveConfirmed;

    public JooqSessionStore(DSLContext dsl) {
        this.dsl = dsl;
        this.confirm = new RenderedQuery(dsl,
                confirmQuery(SAMPLE_SESSION, SAMPLE_USER, SAMPLE_HASH, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER),
                SAMPLE_SESSION, SAMPLE_USER, SAMPLE_HASH, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER);
        this.findLive = new RenderedQuery(dsl,
                findLiveQuery(SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER),
                SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER);
        this.findLiveConfirmed = new RenderedQuery(dsl,
                findLiveConfirmedQuery(SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER, SAMPLE_SESSION, SAMPLE_CALLER_USER,
                        SAMPLE_HASH, SAMPLE_CALLER_NOW, SAMPLE_CALLER_ACTIVE_AFTER),
                SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER, SAMPLE_SESSION, SAMPLE_CALLER_USER, SAMPLE_HASH,
                SAMPLE_CALLER_NOW, SAMPLE_CALLER_ACTIVE_AFTER);
    }

    /** Not expired by either limit; the same predicate as {@link Session#isLive}. */
    static Condition live(LiveAt at) {
        return live(SESSIONS, utc(at.now()), utc(at.activeAfter()));
    }

    private static Condition live(Sessions table, OffsetDateTime now, OffsetDateTime activeAfter) {
        return table.ABSOLUTE_EXPIRES_AT.gt(now).and(table.LAST_ACTIVE_AT.gt(activeAfter));
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
     * In steady state one plain SELECT by primary key; the UPDATE runs only when the activity is stale, at most once
     * per {@link Session#ACTIVITY_RESOLUTION} per session. (A data-modifying CTE did both in one statement, but
     * costs PostgreSQL about twice a plain SELECT on every request, to save a write that is rarely needed.)
     */
    @Override
    public boolean confirmCaller(UserId userId, SessionId sessionId, TokenHash tokenHash, LiveAt at) {
        List<OffsetDateTime> lastActive = confirm.fetch(dsl, row -> row.getObject(1, OffsetDateTime.class),
                sessionId.value(), userId.value(), tokenHash.hex(), utc(at.now()), utc(at.activeAfter()));
        if (lastActive.isEmpty()) {
            return false;
        }
        if (lastActive.get(0).toInstant().isBefore(Session.staleActivityBefore(at.now()))) {
            touch(userId, sessionId, at);
        }
        return true;
    }

    private static org.jooq.Select<Record1<OffsetDateTime>> confirmQuery(
            UUID sessionId, UUID userId, String tokenHash, OffsetDateTime now, OffsetDateTime activeAfter) {
        return select(SESSIONS.LAST_ACTIVE_AT)
                .from(SESSIONS)
                .where(callerIs(SESSIONS, sessionId, userId, tokenHash))
                .and(live(SESSIONS, now, activeAfter));
    }

    private static Condition callerIs(Sessions table, UUID sessionId, UUID userId, String tokenHash) {
        return table.ID.eq(sessionId).and(table.USER_ID.eq(userId)).and(table.TOKEN_HASH.eq(tokenHash));
    }

    /** Never brings back a session a concurrent request removed, and never revives one that expired. */
    private void touch(UserId userId, SessionId sessionId, LiveAt at) {
        dsl.update(SESSIONS)
                .set(SESSIONS.LAST_ACTIVE_AT, utc(at.now()))
                .where(SESSIONS.ID.eq(sessionId.value()))
                .and(SESSIONS.USER_ID.eq(userId.value()))
                .and(SESSIONS.LAST_ACTIVE_AT.lt(utc(Session.staleActivityBefore(at.now()))))
                .and(live(at))
                .execute();
    }

    @Override
    public List<Session> findLiveOf(UserId userId, LiveAt at) {
        return findLive.fetch(dsl, JooqSessionStore::toSession, userId.value(), utc(at.now()), utc(at.activeAfter()));
    }

    private static org.jooq.Select<SessionsRecord> findLiveQuery(UUID userId, OffsetDateTime now,
                                                               OffsetDateTime activeAfter) {
        return org.jooq.impl.DSL.selectFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId))
                .and(live(SESSIONS, now, activeAfter));
    }

    /**
     * One plain SELECT in steady state: the user's live sessions, read only if the caller's session (looked up by
     * primary key in an uncorrelated EXISTS, which PostgreSQL evaluates once, before the scan) is live and carries
     * the token hash.
     */
    @Override
    public List<Session> listLiveIfCallerLive(UserId userId, SessionId callerId, TokenHash tokenHash, LiveAt at) {
        List<Session> live = findLiveConfirmed.fetch(dsl, JooqSessionStore::toSession,
                userId.value(), utc(at.now()), utc(at.activeAfter()),
                callerId.value(), userId.value(), tokenHash.hex(), utc(at.now()), utc(at.activeAfter()));
        return touchedCaller(live, userId, callerId, at);
    }

    private List<Session> touchedCaller(List<Session> live, UserId userId, SessionId callerId, LiveAt at) {
        List<Session> result = new ArrayList<>(live);
        for (int i = 0; i < result.size(); i++) {
            Session session = result.get(i);
            if (session.id().equals(callerId) && session.activityIsStaleAt(at.now())) {
                touch(userId, callerId, at);
                result.set(i, session.activeAt(at.now()));
            }
        }
        return result;
    }

    private static org.jooq.Select<SessionsRecord> findLiveConfirmedQuery(
            UUID userId, OffsetDateTime now, OffsetDateTime activeAfter, UUID callerId, UUID callerUserId,
            String tokenHash, OffsetDateTime callerNow, OffsetDateTime callerActiveAfter) {
        Sessions caller = SESSIONS.as("caller");
        return org.jooq.impl.DSL.selectFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId))
                .and(live(SESSIONS, now, activeAfter))
                .andExists(selectOne()
                        .from(caller)
                        .where(callerIs(caller, callerId, callerUserId, tokenHash))
                        .and(live(caller, callerNow, callerActiveAfter)));
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
        boolean keepIsLive = dsl.select(SESSIONS.ID, live(at))
                .from(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()))
                .orderBy(SESSIONS.ID)
                .forUpdate()
                .fetch()
                .stream()
                .anyMatch(row -> row.value1().equals(keep.value()) && Boolean.TRUE.equals(row.value2()));
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

    private static Session toSession(ResultSet row) throws SQLException {
        return Session.restore(
                new SessionId(row.getObject(SESSIONS.ID.getName(), UUID.class)),
                new UserId(row.getObject(SESSIONS.USER_ID.getName(), UUID.class)),
                new TokenHash(row.getString(SESSIONS.TOKEN_HASH.getName())),
                new Device(row.getString(SESSIONS.DEVICE_OS.getName()), row.getString(SESSIONS.DEVICE_BROWSER.getName()),
                        DeviceType.fromCode(row.getString(SESSIONS.DEVICE_TYPE.getName())),
                        Optional.ofNullable(row.getString(SESSIONS.DEVICE_MODEL.getName()))),
                new IpAddress(row.getString(SESSIONS.IP_ADDRESS.getName())),
                row.getObject(SESSIONS.CREATED_AT.getName(), OffsetDateTime.class).toInstant(),
                row.getObject(SESSIONS.LAST_ACTIVE_AT.getName(), OffsetDateTime.class).toInstant(),
                row.getObject(SESSIONS.ABSOLUTE_EXPIRES_AT.getName(), OffsetDateTime.class).toInstant());
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
