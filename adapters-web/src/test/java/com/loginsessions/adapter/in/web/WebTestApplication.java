package com.loginsessions.adapter.in.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Just the web adapter on Spring Boot's MVC auto-configuration; the use cases are Mockito mocks. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebAdapterConfiguration.class)
class WebTestApplication {
}
