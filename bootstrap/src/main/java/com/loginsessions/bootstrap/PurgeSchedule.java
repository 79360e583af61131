package com.loginsessions.bootstrap;

import com.loginsessions.application.port.in.PurgeEndedSessionsCommand;
import com.loginsessions.application.port.in.PurgeEndedSessionsUseCase;
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

    private final PurgeEndedSessionsUseCase purge;
    private final SessionServiceProperties properties;

    PurgeSchedule(PurgeEndedSessionsUseCase purge, SessionServiceProperties properties) {
        this.purge = purge;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::purgeOnce, properties.session().purgeInterval());
    }

    void purgeOnce() {
        try {
            int purged = purge.purgeEnded(
                    new PurgeEndedSessionsCommand(properties.session().purgeBatchSize(), MAX_BATCHES_PER_RUN));
            if (purged > 0) {
                log.info("Purged {} ended sessions", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Purging ended sessions failed; next try in {}: {}", properties.session().purgeInterval(),
                    e.toString());
        }
    }
}
