package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.Timestamps.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.USERS;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.UsersRecord;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import com.loginsessions.domain.UserId;
import java.util.Optional;
import org.jooq.DSLContext;

public class JooqUserStore implements UserStore {

    private final DSLContext dsl;

    public JooqUserStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** ON CONFLICT makes "is the number free?" and the insert one atomic step, so racing sign-ups cannot both win. */
    @Override
    public boolean addIfPhoneUnused(User user) {
        return dsl.insertInto(USERS)
                .set(USERS.ID, user.id().value())
                .set(USERS.PHONE, user.phone().e164())
                .set(USERS.PASSWORD_HASH, user.passwordHash().encoded())
                .set(USERS.CREATED_AT, utc(user.createdAt()))
                .onConflict(USERS.PHONE)
                .doNothing()
                .execute() == 1;
    }

    @Override
    public Optional<User> findByPhone(PhoneNumber phone) {
        return dsl.selectFrom(USERS)
                .where(USERS.PHONE.eq(phone.e164()))
                .fetchOptional(JooqUserStore::toUser);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id.value())).fetchOptional(JooqUserStore::toUser);
    }

    /** FOR NO KEY UPDATE: the lock an UPDATE of the hash takes, so the two wait for each other. */
    @Override
    public boolean lockIfPasswordUnchanged(UserId id, PasswordHash verified) {
        return dsl.select(USERS.ID)
                .from(USERS)
                .where(USERS.ID.eq(id.value()))
                .and(USERS.PASSWORD_HASH.eq(verified.encoded()))
                .forNoKeyUpdate()
                .fetchOptional()
                .isPresent();
    }

    @Override
    public boolean changePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement) {
        return dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, replacement.encoded())
                .where(USERS.ID.eq(id.value()))
                .and(USERS.PASSWORD_HASH.eq(expected.encoded()))
                .execute() == 1;
    }

    private static User toUser(UsersRecord record) {
        return User.restore(
                new UserId(record.getId()),
                new PhoneNumber(record.getPhone()),
                new PasswordHash(record.getPasswordHash()),
                record.getCreatedAt().toInstant());
    }
}
