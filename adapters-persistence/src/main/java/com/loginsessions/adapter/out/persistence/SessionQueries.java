package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.Timestamps.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.SESSIONS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.selectOne;

import com.loginsessions.adapter.out.persistence.jooq.tables.Sessions;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The session queries' shared conditions, and the three that run on every request, rendered once at start-up
 * ({@link RenderedQuery}) from DSL built with distinct sample binds.
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

    /** The caller's last activity, if its session is live and carries the token: binds session, user, hash, at. */
    final RenderedQuery confirmCaller;
    /** A user's live sessions: binds user, at. */
    final RenderedQuery liveOfUser;
    /** A user's live sessions if the caller's is live and carries the token: binds user, at, caller, user, hash, at. */
    final RenderedQuery liveOfUserIfCallerLive;

    SessionQueries(DSLContext dsl) {
        this.confirmCaller = new RenderedQuery(dsl,
                select(SESSIONS.LAST_ACTIVE_AT)
                        .from(SESSIONS)
                        .where(callerIs(SESSIONS, SAMPLE_SESSION, SAMPLE_USER, SAMPLE_HASH))
                        .and(live(SESSIONS, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER)),
                SAMPLE_SESSION, SAMPLE_USER, SAMPLE_HASH, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER);
        this.liveOfUser = new RenderedQuery(dsl,
                selectFrom(SESSIONS)
                        .where(SESSIONS.USER_ID.eq(SAMPLE_USER))
                        .and(live(SESSIONS, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER)),
                SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER);
        Sessions caller = SESSIONS.as("caller");
        this.liveOfUserIfCallerLive = new RenderedQuery(dsl,
                selectFrom(SESSIONS)
                        .where(SESSIONS.USER_ID.eq(SAMPLE_USER))
                        .and(live(SESSIONS, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER))
                        .andExists(selectOne()
                                .from(caller)
                                .where(callerIs(caller, SAMPLE_SESSION, SAMPLE_CALLER_USER, SAMPLE_HASH))
                                .and(live(caller, SAMPLE_CALLER_NOW, SAMPLE_CALLER_ACTIVE_AFTER))),
                SAMPLE_USER, SAMPLE_NOW, SAMPLE_ACTIVE_AFTER, SAMPLE_SESSION, SAMPLE_CALLER_USER, SAMPLE_HASH,
                SAMPLE_CALLER_NOW, SAMPLE_CALLER_ACTIVE_AFTER);
    }

    /** {@link Session#isLive} in SQL; the store contract pins the two together at both edges. */
    static Condition live(LiveAt at) {
        return live(SESSIONS, utc(at.now()), utc(at.activeAfter()));
    }

    private static Condition live(Sessions table, OffsetDateTime now, OffsetDateTime activeAfter) {
        return table.ABSOLUTE_EXPIRES_AT.gt(now).and(table.LAST_ACTIVE_AT.gt(activeAfter));
    }

    private static Condition callerIs(Sessions table, UUID sessionId, UUID userId, String tokenHash) {
        return table.ID.eq(sessionId).and(table.USER_ID.eq(userId)).and(table.TOKEN_HASH.eq(tokenHash));
    }
}
