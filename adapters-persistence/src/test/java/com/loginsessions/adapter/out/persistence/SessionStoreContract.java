package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.SessionStore.CallerToken;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every SessionStore must do, written once and run against each implementation: the jOOQ store on a real
 * PostgreSQL and the in-memory store the use-case tests rely on.
 */
abstract class SessionStoreContract {

    static final Instant T0 = Instant.parse("2026-05-21T04:32:17Z");
    static final SessionLifetime LIFETIME = new SessionLifetime(Duration.ofDays(30), Duration.ofDays(90));
    static final LiveAt AT_T0 = LIFETIME.liveAt(T0);

    SessionStore store;
    UnitOfWork unitOfWork;
    UserId alice;
    UserId bob;

    abstract SessionStore newStore();

    abstract UnitOfWork newUnitOfWork();

    /** A user the store will accept sessions for (a database needs the user row first). */
    abstract UserId existingUser();

    /** Starts every test from an empty store. */
    void resetStorage() {
    }

    @BeforeEach
    void setUpStore() {
        resetStorage();
        store = newStore();
        unitOfWork = newUnitOfWork();
        alice = existingUser();
        bob = existingUser();
    }

    Session started(UserId user, String token, Instant at) {
        Session session = Session.start(SessionId.newId(), user, TokenHash.of(token),
                new Device("Android 14", "Chrome 124", DeviceType.MOBILE, Optional.of("Pixel 8")),
                new IpAddress("2001:db8::7"), at, LIFETIME);
        unitOfWork.inTransaction(() -> store.addWithinCap(session, 50, LIFETIME.liveAt(at)));
        return session;
    }

    static LiveAt at(Instant now) {
        return LIFETIME.liveAt(now);
    }

    @Test
    void a_stored_session_comes_back_with_every_field_for_its_user_only() {
        Session session = started(alice, "token-a", T0);

        List<Session> found = store.findLiveOf(alice, AT_T0);

        assertThat(found).hasSize(1);
        Session back = found.get(0);
        assertThat(back.id()).isEqualTo(session.id());
        assertThat(back.userId()).isEqualTo(alice);
        assertThat(back.tokenHash()).isEqualTo(TokenHash.of("token-a"));
        assertThat(back.device()).isEqualTo(session.device());
        assertThat(back.ipAddress()).isEqualTo(session.ipAddress());
        assertThat(back.createdAt()).isEqualTo(T0);
        assertThat(back.lastActiveAt()).isEqualTo(T0);
        assertThat(back.absoluteExpiresAt()).isEqualTo(T0.plus(Duration.ofDays(90)));
        assertThat(store.findLiveOf(bob, AT_T0)).isEmpty();
    }

    @Test
    void confirm_needs_the_right_session_user_and_token_hash() {
        Session session = started(alice, "token-a", T0);

        assertThat(store.confirmCaller(new CallerToken(alice, session.id(), TokenHash.of("token-a")), AT_T0)).isTrue();
        assertThat(store.confirmCaller(new CallerToken(alice, session.id(), TokenHash.of("token-b")), AT_T0)).isFalse();
        assertThat(store.confirmCaller(new CallerToken(bob, session.id(), TokenHash.of("token-a")), AT_T0)).isFalse();
        assertThat(store.confirmCaller(new CallerToken(alice, SessionId.newId(), TokenHash.of("token-a")), AT_T0)).isFalse();
    }

    @Test
    void last_activity_moves_forward_only_once_it_is_stale() {
        Session session = started(alice, "token-a", T0);

        store.confirmCaller(new CallerToken(alice, session.id(), TokenHash.of("token-a")), at(T0.plusSeconds(60)));
        assertThat(store.findLiveOf(alice, AT_T0).get(0).lastActiveAt()).isEqualTo(T0);

        store.confirmCaller(new CallerToken(alice, session.id(), TokenHash.of("token-a")), at(T0.plusSeconds(61)));
        assertThat(store.findLiveOf(alice, AT_T0).get(0).lastActiveAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void listing_with_confirmation_reads_the_users_live_sessions_only_for_a_live_caller_with_its_token() {
        Session phone = started(alice, "phone", T0);
        Session laptop = started(alice, "laptop", T0);
        started(bob, "bobs", T0);

        assertThat(store.listLiveIfCallerLive(new CallerToken(alice, phone.id(), TokenHash.of("phone")), AT_T0))
                .extracting(Session::id).containsExactlyInAnyOrder(phone.id(), laptop.id());
        assertThat(store.listLiveIfCallerLive(new CallerToken(alice, phone.id(), TokenHash.of("laptop")), AT_T0)).isEmpty();
        assertThat(store.listLiveIfCallerLive(new CallerToken(bob, phone.id(), TokenHash.of("phone")), AT_T0)).isEmpty();
        assertThat(store.listLiveIfCallerLive(new CallerToken(alice, SessionId.newId(), TokenHash.of("phone")), AT_T0)).isEmpty();

        store.remove(alice, phone.id(), AT_T0);
        assertThat(store.listLiveIfCallerLive(new CallerToken(alice, phone.id(), TokenHash.of("phone")), AT_T0)).isEmpty();
        Instant pastIdle = T0.plus(Duration.ofDays(30)).plusSeconds(1);
        assertThat(store.listLiveIfCallerLive(new CallerToken(alice, laptop.id(), TokenHash.of("laptop")), at(pastIdle))).isEmpty();
    }

    @Test
    void listing_with_confirmation_moves_the_callers_stale_activity_and_shows_it_but_no_one_elses() {
        Session phone = started(alice, "phone", T0);
        Session laptop = started(alice, "laptop", T0);

        assertThat(store.listLiveIfCallerLive(new CallerToken(alice, phone.id(), TokenHash.of("phone")), at(T0.plusSeconds(60))))
                .allSatisfy(session -> assertThat(session.lastActiveAt()).isEqualTo(T0));

        Instant later = T0.plusSeconds(61);
        List<Session> listed = store.listLiveIfCallerLive(new CallerToken(alice, phone.id(), TokenHash.of("phone")), at(later));
        assertThat(listed).filteredOn(s -> s.id().equals(phone.id())).singleElement()
                .extracting(Session::lastActiveAt).isEqualTo(later);
        assertThat(listed).filteredOn(s -> s.id().equals(laptop.id())).singleElement()
                .extracting(Session::lastActiveAt).isEqualTo(T0);
        assertThat(store.findLiveOf(alice, at(later))).filteredOn(s -> s.id().equals(phone.id())).singleElement()
                .extracting(Session::lastActiveAt).isEqualTo(later);
    }

    @Test
    void a_removed_session_is_gone_and_cannot_be_touched_back() {
        Session session = started(alice, "token-a", T0);

        assertThat(store.remove(alice, session.id(), AT_T0)).map(Session::id).contains(session.id());

        assertThat(store.confirmCaller(new CallerToken(alice, session.id(), TokenHash.of("token-a")), at(T0.plusSeconds(3600)))).isFalse();
        assertThat(store.findLiveOf(alice, AT_T0)).isEmpty();
        assertThat(store.remove(alice, session.id(), AT_T0)).isEmpty();
    }

    @Test
    void nobody_removes_another_users_session() {
        Session bobs = started(bob, "token-b", T0);

        assertThat(store.remove(alice, bobs.id(), AT_T0)).isEmpty();

        assertThat(store.findLiveOf(bob, AT_T0)).extracting(Session::id).containsExactly(bobs.id());
    }

    @Test
    void removing_all_but_one_keeps_it_and_every_other_users_sessions() {
        Session keep = started(alice, "token-1", T0);
        started(alice, "token-2", T0);
        started(alice, "token-3", T0);
        Session bobs = started(bob, "token-b", T0);

        OptionalInt removed = unitOfWork.inTransaction(() -> store.removeAllExcept(alice, keep.id(), AT_T0));

        assertThat(removed).hasValue(2);
        assertThat(store.findLiveOf(alice, AT_T0)).extracting(Session::id).containsExactly(keep.id());
        assertThat(store.findLiveOf(bob, AT_T0)).extracting(Session::id).containsExactly(bobs.id());
    }

    @Test
    void removing_all_but_a_session_that_is_gone_removes_nothing() {
        Session gone = started(alice, "token-1", T0);
        Session other = started(alice, "token-2", T0);
        store.remove(alice, gone.id(), AT_T0);

        OptionalInt removed = unitOfWork.inTransaction(() -> store.removeAllExcept(alice, gone.id(), AT_T0));

        assertThat(removed).isEmpty();
        assertThat(store.findLiveOf(alice, AT_T0)).extracting(Session::id).containsExactly(other.id());
    }

    @Test
    void racing_removals_of_one_session_succeed_exactly_once() throws Exception {
        Session session = started(alice, "token-a", T0);

        List<Boolean> outcomes = Concurrently.race(8, () -> store.remove(alice, session.id(), AT_T0).isPresent());

        assertThat(outcomes).containsOnlyOnce(true);
    }

    @Test
    void two_sessions_removing_all_others_at_once_never_both_succeed() throws Exception {
        for (int round = 0; round < 5; round++) {
            Session phone = started(alice, "phone-" + round, T0);
            Session laptop = started(alice, "laptop-" + round, T0);

            List<OptionalInt> outcomes = new ArrayList<>();
            List<Callable<OptionalInt>> calls = List.of(
                    () -> unitOfWork.inTransaction(() -> store.removeAllExcept(alice, phone.id(), AT_T0)),
                    () -> unitOfWork.inTransaction(() -> store.removeAllExcept(alice, laptop.id(), AT_T0)));
            outcomes.addAll(Concurrently.raceEach(calls));

            assertThat(outcomes).filteredOn(OptionalInt::isPresent).hasSize(1);
            assertThat(store.findLiveOf(alice, AT_T0)).hasSize(1);
            store.findLiveOf(alice, AT_T0).forEach(s -> store.remove(alice, s.id(), AT_T0));
        }
    }

    @Test
    void an_idle_or_too_old_session_is_treated_as_gone() {
        Session idle = started(alice, "idle", T0);
        Session active = started(alice, "active", T0);
        Instant later = T0.plus(Duration.ofDays(29));
        store.confirmCaller(new CallerToken(alice, active.id(), TokenHash.of("active")), at(later));
        Instant afterIdle = T0.plus(Duration.ofDays(30));

        assertThat(store.confirmCaller(new CallerToken(alice, idle.id(), TokenHash.of("idle")), at(afterIdle))).isFalse();
        assertThat(store.findLiveOf(alice, at(afterIdle))).extracting(Session::id).containsExactly(active.id());
        assertThat(store.remove(alice, idle.id(), at(afterIdle))).isEmpty();
        assertThat(store.countLive(at(afterIdle))).isEqualTo(1);

        Instant pastAbsolute = T0.plus(Duration.ofDays(90));
        store.confirmCaller(new CallerToken(alice, active.id(), TokenHash.of("active")), at(T0.plus(Duration.ofDays(89))));
        assertThat(store.confirmCaller(new CallerToken(alice, active.id(), TokenHash.of("active")), at(pastAbsolute))).isFalse();
    }

    @Test
    void removing_all_others_counts_only_the_live_ones() {
        started(alice, "idle", T0);
        Instant later = T0.plus(Duration.ofDays(31));
        Session keep = started(alice, "keep", later);
        started(alice, "other", later);

        OptionalInt removed = unitOfWork.inTransaction(() -> store.removeAllExcept(alice, keep.id(), at(later)));

        assertThat(removed).hasValue(1);
    }

    @Test
    void the_cap_evicts_the_least_recently_active_live_sessions() {
        Session oldest = started(alice, "1", T0);
        Session middle = started(alice, "2", T0.plusSeconds(100));
        Session newest = started(alice, "3", T0.plusSeconds(200));
        store.confirmCaller(new CallerToken(alice, oldest.id(), TokenHash.of("1")), at(T0.plusSeconds(300)));
        Session incoming = Session.start(SessionId.newId(), alice, TokenHash.of("4"), Device.UNKNOWN,
                new IpAddress("198.51.100.7"), T0.plusSeconds(400), LIFETIME);

        List<Session> evicted = unitOfWork.inTransaction(() -> store.addWithinCap(incoming, 3, at(T0.plusSeconds(400))));

        assertThat(evicted).extracting(Session::id).containsExactly(middle.id());
        assertThat(store.findLiveOf(alice, at(T0.plusSeconds(400)))).extracting(Session::id)
                .containsExactlyInAnyOrder(oldest.id(), newest.id(), incoming.id());
    }

    @Test
    void parallel_logins_never_leave_more_than_the_cap() throws Exception {
        List<Integer> ignored = Concurrently.race(12, () -> {
            Session session = Session.start(SessionId.newId(), alice, TokenHash.of(UUID.randomUUID().toString()),
                    Device.UNKNOWN, new IpAddress("198.51.100.7"), T0, LIFETIME);
            return unitOfWork.inTransaction(() -> store.addWithinCap(session, 5, AT_T0)).size();
        });

        assertThat(ignored).hasSize(12);
        assertThat(store.findLiveOf(alice, AT_T0)).hasSize(5);
    }

    @Test
    void the_purge_takes_dead_sessions_in_batches_and_leaves_live_ones() {
        started(alice, "1", T0);
        started(bob, "2", T0);
        started(alice, "3", T0);
        Instant later = T0.plus(Duration.ofDays(31));
        Session live = started(alice, "4", later);

        List<Session> first = unitOfWork.inTransaction(() -> store.purgeEnded(at(later), 2));
        List<Session> second = unitOfWork.inTransaction(() -> store.purgeEnded(at(later), 2));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(store.countLive(at(later))).isEqualTo(1);
        assertThat(store.findLiveOf(alice, at(later))).extracting(Session::id).containsExactly(live.id());
    }

    /**
     * The store's idea of "live" is {@link Session#isLive}, the domain's rule, at both of its edges: a session is
     * gone at the very instant it reaches its absolute expiry or its idle timeout, and not a millisecond before.
     */
    @Test
    void liveness_is_the_domain_rule_at_both_edges() {
        Instant probe = T0.plus(Duration.ofDays(120));
        Duration idle = LIFETIME.idleTimeout();
        Duration ms = Duration.ofMillis(1);
        List<Session> sessions = List.of(
                restored(probe.minusSeconds(5), probe.minus(ms)),
                restored(probe.minusSeconds(5), probe),
                restored(probe.minusSeconds(5), probe.plus(ms)),
                restored(probe.minus(idle).minus(ms), probe.plus(Duration.ofDays(1))),
                restored(probe.minus(idle), probe.plus(Duration.ofDays(1))),
                restored(probe.minus(idle).plus(ms), probe.plus(Duration.ofDays(1))));
        sessions.forEach(session -> unitOfWork.inTransaction(() -> store.addWithinCap(session, 50, at(T0))));
        List<SessionId> live = sessions.stream().filter(s -> s.isLive(at(probe))).map(Session::id).toList();
        List<SessionId> dead = sessions.stream().filter(s -> !s.isLive(at(probe))).map(Session::id).toList();

        assertThat(live).as("the domain's rule keeps two of six").hasSize(2);
        assertThat(store.findLiveOf(alice, at(probe))).extracting(Session::id).containsExactlyInAnyOrderElementsOf(live);
        assertThat(store.countLive(at(probe))).isEqualTo(live.size());
        assertThat(unitOfWork.inTransaction(() -> store.purgeEnded(at(probe), 50))).extracting(Session::id)
                .containsExactlyInAnyOrderElementsOf(dead);
    }

    private Session restored(Instant lastActiveAt, Instant absoluteExpiresAt) {
        return Session.restore(SessionId.newId(), alice, TokenHash.of(lastActiveAt + "/" + absoluteExpiresAt),
                new Device("Android 14", "Chrome 124", DeviceType.MOBILE), new IpAddress("2001:db8::7"),
                lastActiveAt.minusSeconds(60), lastActiveAt, absoluteExpiresAt);
    }
}
