package com.loginsessions.adapter.in.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /docs), with the bearer scheme its Authorize button uses. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI sessionServiceOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Session service")
                        .version("v1")
                        .description("Sign in with phone and password, see every device you are signed in on, and "
                                + "sign any of them out. Errors are RFC 9457 problem details. Log in, copy "
                                + "access_token, then press Authorize and paste it."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("The access_token from POST /api/v1/auth/login")));
    }
}
