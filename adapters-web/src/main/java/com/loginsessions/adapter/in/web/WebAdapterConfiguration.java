package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticateUseCase;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HTTP adapter: controllers, bearer authentication, problem details, response headers, OpenAPI. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = WebAdapterConfiguration.class)
public class WebAdapterConfiguration implements WebMvcConfigurer {

    private final BearerAuthentication bearerAuthentication;

    public WebAdapterConfiguration(AuthenticateUseCase authenticate) {
        this.bearerAuthentication = new BearerAuthentication(authenticate);
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
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter() {
        FilterRegistrationBean<ResponseHeadersFilter> registration = new FilterRegistrationBean<>(new ResponseHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
