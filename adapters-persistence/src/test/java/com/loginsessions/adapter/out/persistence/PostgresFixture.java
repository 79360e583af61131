package com.loginsessions.adapter.out.persistence;

import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** jOOQ and Spring transactions over the test database, wired as Spring Boot wires them in the service. */
final class PostgresFixture {

    final DataSource dataSource;
    final DSLContext dsl;
    final TransactionTemplateUnitOfWork unitOfWork;

    PostgresFixture() {
        TestDatabase.Coordinates db = TestDatabase.coordinates();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(db.url());
        pg.setUser(db.username());
        pg.setPassword(db.password());
        this.dataSource = pg;
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(pg)))
                .set(SQLDialect.POSTGRES));
        this.unitOfWork = new TransactionTemplateUnitOfWork(new DataSourceTransactionManager(pg));
    }

    void truncate() {
        dsl.execute("truncate table security_events, sessions, users, login_throttle");
    }

    User insertedUser() {
        User user = User.register(randomPhone(), new PasswordHash("not-a-real-hash"), Instant.parse("2026-01-01T00:00:00Z"));
        new JooqUserStore(dsl).addIfPhoneUnused(user);
        return user;
    }

    static PhoneNumber randomPhone() {
        return new PhoneNumber("+1415" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }
}
