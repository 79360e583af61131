package com.loginsessions.bootstrap;

import com.loginsessions.application.port.in.PurgeExpiredSessionsCommand;
import com.loginsessions.application.port.in.PurgeExpiredSessionsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes ended sessions every {@code app.session.purge-interval}. Every instance runs it: the batches skip rows
 * another instance holds, so running it twice at once costs nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PurgeSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PurgeSchedule.class);
    private static final int MAX_BATCHES_PER_RUN = 1_000;

    private final PurgeExpiredSessionsUseCase purge;
    private final SessionServiceProperties properties;

    PurgeSchedule(PurgeExpiredSessionsUseCase purge, SessionServiceProperties properties) {
        this.purge = purge;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::purgeOnce, properties.session().purgeInterval());
    }

    void purgeOnce() {
        try {
            int purged = purge.purgeExpired(
                    new PurgeExpiredSessionsCommand(properties.session().purgeBatchSize(), MAX_BATCHES_PER_RUN));
            if (purged > 0) {
                log.info("Purged {} expired sessions", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Purging expired sessions failed; next try in {}: {}", properties.session().purgeInterval(),
                    e.toString());
        }
    }
}
