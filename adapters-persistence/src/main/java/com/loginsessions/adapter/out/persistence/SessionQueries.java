package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.Timestamps.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.SESSIONS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.selectOne;

import com.loginsessions.adapter.out.persistence.RenderedQuery.RowMapper;
import com.loginsessions.adapter.out.persistence.jooq.tables.Sessions;
import com.loginsessions.application.port.out.SessionStore.CallerToken;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The session queries' shared conditions, and the three that run on every request, rendered once at start-up
 * ({@link RenderedQuery}) from DSL built with distinct sample binds. Each statement's bind order is written once,
 * in a method that both the start-up check (with the samples) and the typed method that runs it (with real values)
 * call, so the order the SQL needs and the order values are given in cannot drift apart; the typed parameters keep
 * callers from swapping two ids.
 */
final class SessionQueries {

    private static final UUID SAMPLE_SESSION = new UUID(0, 1);
    private static final UUID SAMPLE_USER = new UUID(0, 2);
    private static final String SAMPLE_HASH = "0".repeat(64);
    private static final OffsetDateTime SAMPLE_NOW = utc(Instant.EPOCH.plusSeconds(1));
    private static final OffsetDateTime SAMPLE_ACTIVE_AFTER = utc(Instant.EPOCH.plusSeconds(2));
    private static final UUID SAMPLE_CALLER_USER = new UUID(0, 3);
    private static final OffsetDateTime SAMPLE_CALLER_NOW = utc(Instant.EPOCH.plusSeconds(3));
    private static final OffsetDateTime SAMPLE_CALLER_ACTIVE_AFTER = utc(Instant.EPOCH.plusSeconds(4));

    private final RenderedQuery confirmCaller;
    private final RenderedQuery liveOfUser;
    private final RenderedQuery liveOfUserIfCallerLive;

    SessionQueries(DSLContext dsl) {
        this.confirmCaller = new RenderedQuery(dsl,
                select(SESSIONS.LAST_ACTIVE_AT)
                        .from(SESSIONS)
                        .where(callerIs(SESSIONS, SAMPLE_SESSION, SAMPLE_USER, SAMPLE_HASH))
                        .and(live(SESSIONS, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER)),
                callerBinds(SAMPLE_SESSION, SAMPLE_USER, SAMPLE_HASH, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER));
        this.liveOfUser = new RenderedQuery(dsl,
                selectFrom(SESSIONS)
                        .where(SESSIONS.USER_ID.eq(SAMPLE_USER))
                        .and(live(SESSIONS, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER)),
                userBinds(SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER));
        Sessions caller = SESSIONS.as("caller");
        this.liveOfUserIfCallerLive = new RenderedQuery(dsl,
                selectFrom(SESSIONS)
                        .where(SESSIONS.USER_ID.eq(SAMPLE_USER))
                        .and(live(SESSIONS, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER))
                        .andExists(selectOne()
                                .from(caller)
                                .where(callerIs(caller, SAMPLE_SESSION, SAMPLE_CALLER_USER, SAMPLE_HASH))
                                .and(live(caller, SAMPLE_CALLER_NOW, SAMPLE_CALLER_ACTIVE_AFTER))),
                concat(userBinds(SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER), callerBinds(SAMPLE_SESSION,
                        SAMPLE_CALLER_USER, SAMPLE_HASH, SAMPLE_CALLER_NOW, SAMPLE_CALLER_ACTIVE_AFTER)));
    }

    /** The caller's last activity, if its session is live and carries the token. */
    List<OffsetDateTime> confirmCaller(DSLContext dsl, CallerToken caller, LiveAt at) {
        return confirmCaller.fetch(dsl, row -> row.getObject(1, OffsetDateTime.class), callerBinds(caller, at));
    }

    /** A user's live sessions. */
    <T> List<T> liveOfUser(DSLContext dsl, UserId user, LiveAt at, RowMapper<T> mapper) {
        return liveOfUser.fetch(dsl, mapper, userBinds(user, at));
    }

    /** A user's live sessions if the caller's is live and carries the token, confirmed as {@link #confirmCaller} does. */
    <T> List<T> liveOfUserIfCallerLive(DSLContext dsl, CallerToken caller, LiveAt at, RowMapper<T> mapper) {
        return liveOfUserIfCallerLive.fetch(dsl, mapper, concat(userBinds(caller.userId(), at), callerBinds(caller, at)));
    }

    /** {@link Session#isLive} in SQL; the store contract pins the two together at both edges. */
    static Condition live(LiveAt at) {
        return live(SESSIONS, utc(at.now()), utc(at.activeAfter()));
    }

    private static Condition live(Sessions table, OffsetDateTime now, OffsetDateTime activeAfter) {
        return table.ABSOLUTE_EXPIRES_AT.gt(now).and(table.LAST_ACTIVE_AT.gt(activeAfter));
    }

    /** The one caller condition: both statements that confirm a caller use it (with {@link #live}). */
    private static Condition callerIs(Sessions table, UUID sessionId, UUID userId, String tokenHash) {
        return table.ID.eq(sessionId).and(table.USER_ID.eq(userId)).and(table.TOKEN_HASH.eq(tokenHash));
    }

    private static Object[] callerBinds(CallerToken caller, LiveAt at) {
        return callerBinds(caller.sessionId().value(), caller.userId().value(), caller.tokenHash().hex(),
                utc(at.now()), utc(at.activeAfter()));
    }

    private static Object[] callerBinds(UUID session, UUID user, String tokenHash, OffsetDateTime now,
                                        OffsetDateTime activeAfter) {
        return new Object[] {session, user, tokenHash, now, activeAfter};
    }

    private static Object[] userBinds(UserId user, LiveAt at) {
        return userBinds(user.value(), utc(at.now()), utc(at.activeAfter()));
    }

    private static Object[] userBinds(UUID user, OffsetDateTime now, OffsetDateTime activeAfter) {
        return new Object[] {user, now, activeAfter};
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] both = new Object[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
