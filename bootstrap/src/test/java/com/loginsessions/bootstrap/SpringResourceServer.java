package com.loginsessions.bootstrap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.SpringOpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * A resource server of another team, built from Spring Security's own parts: the filter chain that
 * {@code spring.security.oauth2.resourceserver.opaquetoken.*} configures in a Spring Boot app (a security-context
 * filter, the bearer-token filter, an opaque-token authentication provider asking this service's introspection
 * endpoint with client credentials, and the RFC 6750 entry point), on an embedded Tomcat. Its one endpoint,
 * {@code GET /orders}, answers the authenticated principal's name, or 401.
 */
final class SpringResourceServer implements AutoCloseable {

    private final Tomcat tomcat;
    final int port;

    SpringResourceServer(String introspectionUri, String clientId, String clientSecret) throws IOException,
            LifecycleException {
        SpringOpaqueTokenIntrospector introspector = SpringOpaqueTokenIntrospector.withIntrospectionUri(introspectionUri)
                .clientId(clientId).clientSecret(clientSecret).build();
        BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAuthenticationFilter bearer = new BearerTokenAuthenticationFilter(
                new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector)));
        bearer.setAuthenticationEntryPoint(entryPoint);

        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("resource-server").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.getConnector().setPort(0);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "orders", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                if (caller == null || !caller.isAuthenticated()) {
                    entryPoint.commence(request, response, new InsufficientAuthenticationException("no token"));
                    return;
                }
                response.setContentType("text/plain");
                response.getWriter().write("orders of " + caller.getName());
            }
        });
        context.addServletMappingDecoded("/orders", "orders");
        addFilter(context, "security-context",
                new SecurityContextHolderFilter(new RequestAttributeSecurityContextRepository()));
        addFilter(context, "bearer-token", bearer);
        tomcat.start();
        port = tomcat.getConnector().getLocalPort();
    }

    private static void addFilter(Context context, String name, jakarta.servlet.Filter filter) {
        FilterDef definition = new FilterDef();
        definition.setFilterName(name);
        definition.setFilter(filter);
        context.addFilterDef(definition);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName(name);
        mapping.addURLPattern("/*");
        context.addFilterMap(mapping);
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
