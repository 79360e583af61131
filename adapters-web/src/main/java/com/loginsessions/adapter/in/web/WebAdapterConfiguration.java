package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticateUseCase;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HTTP adapter: controllers, bearer authentication, problem details, response headers, OpenAPI. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = WebAdapterConfiguration.class)
@EnableConfigurationProperties({WebProperties.class, IntrospectionProperties.class})
public class WebAdapterConfiguration implements WebMvcConfigurer {

    private final BearerAuthentication bearerAuthentication;
    private final WebProperties settings;

    public WebAdapterConfiguration(AuthenticateUseCase authenticate, WebProperties settings) {
        this.bearerAuthentication = new BearerAuthentication(authenticate);
        this.settings = settings;
    }

    /**
     * No cross-origin access unless origins are configured; then only the API, with the headers it needs. A
     * servlet filter rather than Spring MVC's CORS mapping, so that a rejection is answered as problem details.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!settings.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(settings.corsAllowedOrigins());
            api.setAllowedMethods(List.of("GET", "POST", "DELETE"));
            api.setAllowedHeaders(List.of("Authorization", "Content-Type"));
            api.setExposedHeaders(List.of("WWW-Authenticate", "Retry-After"));
            api.setAllowCredentials(false);
            api.setMaxAge(600L);
            source.registerCorsConfiguration("/api/**", api);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(WebFilterOrder.CORS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AcceptHeaderFilter> acceptHeaderFilter() {
        FilterRegistrationBean<AcceptHeaderFilter> registration = new FilterRegistrationBean<>(new AcceptHeaderFilter());
        registration.setOrder(WebFilterOrder.ACCEPT_HEADER);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bearerAuthentication);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(bearerAuthentication);
    }

    /** Every API handler declares its caller or is public: checked once all handlers are mapped. */
    @Bean
    static AuthenticatedRoutes authenticatedRoutes(ListableBeanFactory beans) {
        return new AuthenticatedRoutes(beans);
    }

    @Bean
    ClientAddressResolver clientAddressResolver() {
        return new ClientAddressResolver(settings.trustedProxies());
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter() {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(settings.maxBodyBytes(), settings.requestBodyTimeout()));
        registration.setOrder(WebFilterOrder.BODY_LIMIT);
        return registration;
    }

    /**
     * Slow request lines and headers are cut off, and so are slow bodies once refused ({@link AbandonedBodyValve});
     * no client network holds more than its share of connections, and idle ones go first when the connector is
     * crowded ({@link HardenedNioProtocol}).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> hardenedConnector(ClientAddressResolver clients) {
        Duration headerTimeout = settings.requestHeaderTimeout();
        return factory -> {
            factory.setProtocol(HardenedNioProtocol.class.getName());
            factory.addContextValves(new AbandonedBodyValve());
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("headerDeadlineMillis", Long.toString(headerTimeout.toMillis()));
                if (connector.getProtocolHandler() instanceof HardenedNioProtocol protocol) {
                    protocol.limitConnectionsPerClient(settings.maxConnectionsPerClient(), clients::isTrustedProxy);
                }
            });
        };
    }

    /** Runs after Spring Boot's own customizer, replacing the HTML error report valve it installs. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
            }
            host.getPipeline().addValve(new ProblemJsonErrorReportValve());
        });
    }

    @Bean
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter(ClientAddressResolver clients) {
        FilterRegistrationBean<ResponseHeadersFilter> registration = new FilterRegistrationBean<>(new ResponseHeadersFilter(clients));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(WebFilterOrder.RESPONSE_HEADERS);
        return registration;
    }
}
