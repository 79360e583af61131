package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticateUseCase;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HTTP adapter: controllers, bearer authentication, problem details, response headers, OpenAPI. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = WebAdapterConfiguration.class)
public class WebAdapterConfiguration implements WebMvcConfigurer {

    private final BearerAuthentication bearerAuthentication;
    private final List<String> corsAllowedOrigins;

    public WebAdapterConfiguration(AuthenticateUseCase authenticate,
                                   @Value("${app.web.cors-allowed-origins:}") List<String> corsAllowedOrigins) {
        this.bearerAuthentication = new BearerAuthentication(authenticate);
        this.corsAllowedOrigins = corsAllowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    /** No cross-origin access unless origins are configured; then only the API, with the headers it needs. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (corsAllowedOrigins.isEmpty()) {
            return;
        }
        registry.addMapping("/api/**")
                .allowedOrigins(corsAllowedOrigins.toArray(String[]::new))
                .allowedMethods("GET", "POST", "DELETE")
                .allowedHeaders("Authorization", "Content-Type")
                .exposedHeaders("WWW-Authenticate", "Retry-After")
                .allowCredentials(false)
                .maxAge(600);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bearerAuthentication).addPathPatterns(ApiPaths.AUTHENTICATED);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(bearerAuthentication);
    }

    @Bean
    ClientAddressResolver clientAddressResolver(@Value("${app.web.trusted-proxies:}") List<String> trustedProxies) {
        return new ClientAddressResolver(trustedProxies);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${app.web.max-body-bytes:16384}") long maxBodyBytes,
            @Value("${app.web.request-body-timeout:5s}") Duration bodyTimeout) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodyBytes, bodyTimeout));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Slow request lines and headers are cut off, and so are refused bodies ({@link AbandonedBodyValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestHeaderDeadline(
            @Value("${app.web.request-header-timeout:5s}") Duration headerTimeout) {
        return factory -> {
            factory.setProtocol(RequestDeadlineProtocol.class.getName());
            factory.addContextValves(new AbandonedBodyValve());
            factory.addConnectorCustomizers(connector ->
                    connector.setProperty("headerDeadlineMillis", Long.toString(headerTimeout.toMillis())));
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
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter() {
        FilterRegistrationBean<ResponseHeadersFilter> registration = new FilterRegistrationBean<>(new ResponseHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
