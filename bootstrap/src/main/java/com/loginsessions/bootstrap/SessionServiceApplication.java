package com.loginsessions.bootstrap;

import com.loginsessions.adapter.in.web.WebAdapterConfiguration;
import com.loginsessions.adapter.out.DrivenAdapterConfiguration;
import com.loginsessions.adapter.out.observability.ObservabilityConfiguration;
import com.loginsessions.adapter.out.persistence.PersistenceAdapterConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Assembles the service: the use cases are created in {@link UseCaseConfiguration} (the core is never
 * component-scanned) and each adapter module contributes one configuration.
 */
@SpringBootApplication
@EnableConfigurationProperties(SessionServiceProperties.class)
@Import({UseCaseConfiguration.class, DrivenAdapterConfiguration.class, WebAdapterConfiguration.class,
        PersistenceAdapterConfiguration.class, ObservabilityConfiguration.class, PurgeSchedule.class})
public class SessionServiceApplication {

    public static void main(String[] args) {
        // jOOQ prints an ASCII-art logo and a "tip of the day" at start-up; operators need neither in their logs
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(SessionServiceApplication.class, args);
    }
}
