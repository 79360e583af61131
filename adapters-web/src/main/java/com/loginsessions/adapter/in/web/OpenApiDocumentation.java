package com.loginsessions.adapter.in.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /docs), with the bearer scheme its Authorize button uses. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

    static final String BEARER = "bearer";

    /** Every error response is RFC 9457 problem details, so the controllers only say when and why. */
    @Bean
    OpenApiCustomizer problemDetailsForErrors() {
        return openApi -> {
            ModelConverters.getInstance().readAll(ProblemDetail.class)
                    .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            Content problem = new Content().addMediaType("application/problem+json", new MediaType()
                    .schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/ProblemDetail")));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((code, response) -> {
                        if (code.length() == 3 && code.charAt(0) >= '4') {
                            response.setContent(problem);
                        }
                    })));
        };
    }

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
