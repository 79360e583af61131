package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.SessionLifetime;
import java.time.Duration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Just the web adapter on Spring Boot's MVC auto-configuration; the use cases are Mockito mocks. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebAdapterConfiguration.class)
class WebTestApplication {

    @Bean
    SessionLifetime sessionLifetime() {
        return new SessionLifetime(Duration.ofDays(30), Duration.ofDays(90));
    }
}
