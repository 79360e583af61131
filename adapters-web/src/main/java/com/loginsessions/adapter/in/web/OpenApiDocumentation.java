package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.SessionLifetime;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * The OpenAPI document at /v3/api-docs (Swagger UI at /docs): each operation once, in the spelling the API table
 * uses, with examples that are what the service really sends, and the bearer scheme its Authorize button uses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

    static final String BEARER = "bearer";
    static final String INTROSPECTION_CLIENT = "introspectionClient";
    /** One session id for every example, so the list, the token and the problem instances agree. */
    private static final String EXAMPLE_SESSION_ID = "6f1c2a8e-8d7b-4c1e-a2f4-5b9e0d3c7a21";

    /**
     * Added to Swagger UI's start-up: the seed's how-to says to paste "Bearer &lt;token&gt;" into Authorize, and
     * Swagger UI writes "Bearer " before whatever is pasted; a doubled scheme is folded back into one, so both the
     * bare token and "Bearer &lt;token&gt;" work. The server itself stays strict (RFC 6750).
     */
    static final String REQUEST_INTERCEPTOR = """
            requestInterceptor: function (request) {
                var auth = request.headers && request.headers.Authorization;
                if (auth) {
                  request.headers.Authorization = auth.replace(/^\\s*Bearer\\s+(Bearer\\s+)+/i, 'Bearer ');
                }
                return request;
              },
            """;

    /**
     * Every path also answers with a trailing slash (or without one); the document shows each operation once, in the
     * spelling of the API table ({@code /api/v1/sessions/} with the slash, every other path without), and every
     * error response as RFC 9457 problem details with the body the service sends in that case. One customizer, so
     * the examples are made for the spelling shown.
     */
    @Bean
    OpenApiCustomizer oneSpellingPerPathAndProblemExamples() {
        return openApi -> {
            Map<String, PathItem> documented = new LinkedHashMap<>();
            openApi.getPaths().forEach((path, item) -> {
                String bare = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                String shown = bare.equals(ApiPaths.SESSIONS) ? bare + "/" : bare;
                documented.putIfAbsent(shown, item);
            });
            openApi.getPaths().clear();
            documented.forEach(openApi.getPaths()::addPathItem);

            ModelConverters.getInstance().readAll(ProblemDetail.class).forEach((name, schema) -> {
                if (schema.getProperties() != null) {
                    schema.getProperties().remove("properties"); // Spring's extension map; no body of ours has it
                }
                openApi.getComponents().addSchemas(name, schema);
            });
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation ->
                    operation.getResponses().forEach((code, response) -> {
                        if (code.length() == 3 && code.charAt(0) >= '4') {
                            response.setContent(new Content().addMediaType("application/problem+json", new MediaType()
                                    .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))
                                    .example(ProblemExamples.of(Integer.parseInt(code), path))));
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
                                + "access_token, then press Authorize and paste it (with or without \"Bearer \")."))
                // relative: "Try it out" goes to the server that served this page, never to a host a request named
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("The access_token from POST /api/v1/auth/login"))
                        .addSecuritySchemes(INTROSPECTION_CLIENT, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("A resource server's client id and secret (app.introspection.clients)")));
    }

    /**
     * Whole-object examples, so Swagger UI shows one coherent device rather than a mix of field examples, and the
     * token's expires_in is the configured lifetime, as login answers it.
     */
    @Bean
    OpenApiCustomizer coherentExamples(SessionLifetime lifetime) {
        Duration tokenLifetime = lifetime.absoluteLifetime();
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("id", EXAMPLE_SESSION_ID);
            session.put("device_os", "iOS 17");
            session.put("device_browser", "Safari 17");
            session.put("device_type", "mobile");
            session.put("device_model", null);
            session.put("ip_address", "198.51.100.7");
            session.put("last_active_at", "2026-05-21T04:32:17Z");
            session.put("created_at", "2026-05-20T18:02:44Z");
            session.put("is_current", true);
            session.put("expires_at", "2026-06-20T04:32:17Z");
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("sessions", List.of(session));
            list.put("total_devices", 1);
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("access_token", "eyJraWQiOiJ...signed JWT...");
            token.put("token_type", "bearer");
            token.put("expires_in", tokenLifetime.toSeconds());
            token.put("session_id", EXAMPLE_SESSION_ID);
            Schema<?> tokenSchema = schemas.get("Token");
            if (tokenSchema != null && tokenSchema.getProperties() != null
                    && tokenSchema.getProperties().get("expires_in") != null) {
                tokenSchema.getProperties().get("expires_in").setExample(tokenLifetime.toSeconds());
            }
            example(schemas, "Session", session);
            example(schemas, "SessionList", list);
            example(schemas, "Token", token);
        };
    }

    @SuppressWarnings("rawtypes")
    private static void example(Map<String, Schema> schemas, String name, Object example) {
        Schema schema = schemas.get(name);
        if (schema != null) {
            schema.setExample(example);
        }
    }

    /** Swagger UI's start-up script, with {@link #REQUEST_INTERCEPTOR} added to its configuration. */
    @Bean
    SwaggerIndexTransformer swaggerIndexTransformer(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth,
                                                    SwaggerWelcomeCommon welcome, ObjectMapperProvider mapper) {
        return new SwaggerIndexPageTransformer(config, oauth, welcome, mapper) {
            @Override
            public Resource transform(jakarta.servlet.http.HttpServletRequest request, Resource resource,
                                      org.springframework.web.servlet.resource.ResourceTransformerChain chain)
                    throws IOException {
                Resource transformed = super.transform(request, resource, chain);
                String name = resource.getFilename();
                if (name == null || !name.equals("swagger-initializer.js")) {
                    return transformed;
                }
                String script = new String(transformed.getContentAsByteArray(), StandardCharsets.UTF_8);
                String withInterceptor = script.replace("SwaggerUIBundle({", "SwaggerUIBundle({\n    " + REQUEST_INTERCEPTOR);
                return new TransformedResource(resource, withInterceptor.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** The problem bodies the service sends, per status (and, where it differs, per operation). */
    static final class ProblemExamples {

        private ProblemExamples() {
        }

        static Map<String, Object> of(int status, String path) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", HttpStatus.valueOf(status).getReasonPhrase());
            body.put("status", status);
            body.put("detail", detail(status, path));
            body.put("instance", path.replace("{session_id}", EXAMPLE_SESSION_ID));
            return body;
        }

        private static String detail(int status, String path) {
            boolean credentials = path.equals(ApiPaths.LOGIN) || path.equals(ApiPaths.REGISTER);
            return switch (status) {
                case 400 -> credentials ? ApiProblems.UNREADABLE_BODY
                        : path.equals(ApiPaths.PASSWORD) ? "Password must be between 8 and 128 characters"
                        : path.equals(ApiPaths.EVENTS) ? "Size must be between 1 and 100"
                        : path.equals(ApiPaths.INTROSPECT) ? "The token parameter is required"
                        : BearerAuthentication.MALFORMED_HEADER;
                case 401 -> credentials ? ApiProblems.INVALID_CREDENTIALS
                        : path.equals(ApiPaths.INTROSPECT) ? ApiProblems.INTROSPECTION_CLIENT_REFUSED
                        : ApiProblems.SIGNED_OUT;
                case 403 -> ApiProblems.WRONG_PASSWORD;
                case 404 -> ApiProblems.SESSION_NOT_FOUND;
                case 409 -> ApiProblems.PHONE_TAKEN;
                case 413 -> "Request bodies are limited to 16384 bytes";
                case 429 -> "Too many failed attempts; try again in 900 seconds";
                default -> HttpStatus.valueOf(status).getReasonPhrase();
            };
        }
    }
}
