package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class UserStoreContract {

    UserStore store;

    abstract UserStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void a_user_is_found_by_phone_with_every_field() {
        PhoneNumber phone = PostgresFixture.randomPhone();
        User user = User.register(phone, new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
                Instant.parse("2026-05-21T04:32:17Z"));

        assertThat(store.addIfPhoneUnused(user)).isTrue();

        User back = store.findByPhone(phone).orElseThrow();
        assertThat(back.id()).isEqualTo(user.id());
        assertThat(back.phone()).isEqualTo(phone);
        assertThat(back.passwordHash()).isEqualTo(user.passwordHash());
        assertThat(back.createdAt()).isEqualTo(user.createdAt());
        assertThat(store.findByPhone(PostgresFixture.randomPhone())).isEmpty();
    }

    @Test
    void a_user_is_found_by_id_and_can_change_password() {
        User user = User.register(PostgresFixture.randomPhone(), new PasswordHash("old"), Instant.parse("2026-05-21T04:32:17Z"));
        store.addIfPhoneUnused(user);

        assertThat(store.changePasswordHash(user.id(), new PasswordHash("stale"), new PasswordHash("new"))).isFalse();
        assertThat(store.changePasswordHash(user.id(), new PasswordHash("old"), new PasswordHash("new"))).isTrue();

        assertThat(store.findById(user.id())).map(User::passwordHash).contains(new PasswordHash("new"));
        assertThat(store.findByPhone(user.phone())).map(User::passwordHash).contains(new PasswordHash("new"));
        assertThat(store.findById(com.loginsessions.domain.UserId.newId())).isEmpty();
    }

    @Test
    void of_racing_password_changes_from_one_current_password_exactly_one_wins() throws Exception {
        User user = User.register(PostgresFixture.randomPhone(), new PasswordHash("old"), Instant.parse("2026-05-21T04:32:17Z"));
        store.addIfPhoneUnused(user);

        List<Boolean> outcomes = Concurrently.race(8, () -> store.changePasswordHash(user.id(), new PasswordHash("old"),
                new PasswordHash("new-" + Thread.currentThread().threadId())));

        assertThat(outcomes).containsOnlyOnce(true);
    }

    @Test
    void credentials_are_held_only_while_the_hash_is_the_one_verified() {
        User user = User.register(PostgresFixture.randomPhone(), new PasswordHash("old"), Instant.parse("2026-05-21T04:32:17Z"));
        store.addIfPhoneUnused(user);

        assertThat(store.lockIfPasswordUnchanged(user.id(), new PasswordHash("old"))).isTrue();
        store.changePasswordHash(user.id(), new PasswordHash("old"), new PasswordHash("new"));
        assertThat(store.lockIfPasswordUnchanged(user.id(), new PasswordHash("old"))).isFalse();
        assertThat(store.lockIfPasswordUnchanged(com.loginsessions.domain.UserId.newId(), new PasswordHash("new"))).isFalse();
    }

    @Test
    void a_phone_number_holds_one_account_even_when_sign_ups_race() throws Exception {
        PhoneNumber phone = PostgresFixture.randomPhone();

        List<Boolean> outcomes = Concurrently.race(8, () -> store.addIfPhoneUnused(
                User.register(phone, new PasswordHash("hash"), Instant.parse("2026-05-21T04:32:17Z"))));

        assertThat(outcomes).containsOnlyOnce(true);
    }
}
