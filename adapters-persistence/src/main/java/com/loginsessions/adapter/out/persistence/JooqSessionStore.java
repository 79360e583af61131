package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.SessionQueries.live;
import static com.loginsessions.adapter.out.persistence.Timestamps.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.SESSIONS;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.SessionsRecord;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.SessionStore.CallerToken;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

public class JooqSessionStore implements SessionStore {

    private final DSLContext dsl;
    private final SessionQueries queries;

    public JooqSessionStore(DSLContext dsl) {
        this.dsl = dsl;
        this.queries = new SessionQueries(dsl);
    }

    /**
     * Locking the user's row (FOR NO KEY UPDATE: session inserts, whose foreign-key checks only share-lock it, are
     * not blocked by anyone else) makes concurrent logins of one user take turns, so the cap holds under any race.
     */
    @Override
    public List<Session> addWithinCap(Session session, int maxLive, LiveAt at) {
        dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(session.userId().value())).forNoKeyUpdate().execute();
        dsl.executeInsert(toRecord(session));
        return sessions(dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.in(select(SESSIONS.ID)
                        .from(SESSIONS)
                        .where(SESSIONS.USER_ID.eq(session.userId().value()))
                        .and(live(at))
                        .orderBy(SESSIONS.LAST_ACTIVE_AT.desc(), SESSIONS.CREATED_AT.desc(), SESSIONS.ID)
                        .offset(maxLive)))
                .returning());
    }

    /**
     * In steady state one plain SELECT by primary key; the UPDATE runs only when the activity is stale, at most once
     * per {@link Session#ACTIVITY_RESOLUTION} per session. (A data-modifying CTE did both in one statement, but
     * costs PostgreSQL about twice a plain SELECT on every request, to save a write that is rarely needed.)
     */
    @Override
    public boolean confirmCaller(CallerToken caller, LiveAt at) {
        List<OffsetDateTime> lastActive = queries.confirmCaller(dsl, caller, at);
        if (lastActive.isEmpty()) {
            return false;
        }
        if (lastActive.get(0).toInstant().isBefore(Session.staleActivityBefore(at.now()))) {
            touch(caller.userId(), caller.sessionId(), at);
        }
        return true;
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
        return queries.liveOfUser(dsl, userId, at, JooqSessionStore::toSession);
    }

    /**
     * One plain SELECT in steady state: the user's live sessions, read only if the caller's session (looked up by
     * primary key in an uncorrelated EXISTS, which PostgreSQL evaluates once, before the scan) is live and carries
     * the token hash.
     */
    @Override
    public List<Session> listLiveIfCallerLive(CallerToken caller, LiveAt at) {
        List<Session> live = queries.liveOfUserIfCallerLive(dsl, caller, at, JooqSessionStore::toSession);
        return touchedCaller(live, caller.userId(), caller.sessionId(), at);
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

    @Override
    public Optional<Session> remove(UserId userId, SessionId sessionId, LiveAt at) {
        return sessions(dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.eq(sessionId.value()))
                .and(SESSIONS.USER_ID.eq(userId.value()))
                .and(live(at))
                .returning())
                .stream().findFirst();
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
    public List<Session> purgeEnded(LiveAt at, int batchSize) {
        return sessions(dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.in(select(SESSIONS.ID)
                        .from(SESSIONS)
                        .where(live(at).not())
                        .limit(batchSize)
                        .forUpdate()
                        .skipLocked()))
                .returning());
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

    /** Sessions a statement run through jOOQ returns, mapped as the rendered hot-path queries' rows are. */
    private static List<Session> sessions(ResultQuery<?> query) {
        try (ResultSet rows = query.fetchResultSet()) {
            return RenderedQuery.mapAll(rows, JooqSessionStore::toSession);
        } catch (SQLException e) {
            throw new DataAccessException("reading sessions", e);
        }
    }
}
