package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.out.AttemptThrottle;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The PostgreSQL side of the driven ports; the DSLContext and transaction manager come from Spring Boot. Each port
 * is guarded so that an outage reaches the core as {@code StoreUnavailableException}.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceAdapterConfiguration {

    @Bean
    SessionStore sessionStore(DSLContext dsl) {
        return OutageTranslation.guard(SessionStore.class, new JooqSessionStore(dsl));
    }

    @Bean
    UserStore userStore(DSLContext dsl) {
        return OutageTranslation.guard(UserStore.class, new JooqUserStore(dsl));
    }

    @Bean
    AttemptThrottle attemptThrottle(DSLContext dsl) {
        return OutageTranslation.guard(AttemptThrottle.class, new JooqAttemptThrottle(dsl));
    }

    /** The users' activity feed; the service combines it with other sinks into its primary SecurityEvents. */
    @Bean
    SecurityEventFeed securityEventFeed(DSLContext dsl) {
        return OutageTranslation.guard(SecurityEventFeed.class, new JooqSecurityEvents(dsl));
    }

    @Bean
    UnitOfWork unitOfWork(PlatformTransactionManager transactionManager) {
        return OutageTranslation.guard(UnitOfWork.class, new TransactionTemplateUnitOfWork(transactionManager));
    }
}
