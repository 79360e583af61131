package com.loginsessions.adapter.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Checks at start-up that every API route says how it is authenticated: a handler under {@code /api/} either
 * declares its caller ({@link BearerAuthentication.Caller}) or is marked {@link PublicEndpoint}, never both, never
 * neither. A new endpoint that forgets its caller stops the service from starting instead of serving anyone.
 */
final class AuthenticatedRoutes implements SmartInitializingSingleton {

    private final ListableBeanFactory beans;

    AuthenticatedRoutes(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> wrong = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : beans.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            wrong.addAll(misdeclared(mapping.getHandlerMethods()));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("API handlers must declare their caller (an AuthenticatedSession or "
                    + "BearerToken parameter) or be marked @PublicEndpoint: " + String.join("; ", wrong));
        }
    }

    static List<String> misdeclared(Map<RequestMappingInfo, HandlerMethod> handlers) {
        List<String> wrong = new ArrayList<>();
        handlers.forEach((route, handler) -> {
            boolean api = route.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"));
            if (!api) {
                return;
            }
            boolean isPublic = handler.hasMethodAnnotation(PublicEndpoint.class);
            BearerAuthentication.Caller caller;
            try {
                caller = BearerAuthentication.Caller.of(handler.getMethod());
            } catch (IllegalStateException twoCallers) {
                wrong.add(handler.getShortLogMessage() + " " + twoCallers.getMessage());
                return;
            }
            if (caller == BearerAuthentication.Caller.NONE && !isPublic) {
                wrong.add(handler.getShortLogMessage() + " " + route + " takes no caller and is not @PublicEndpoint");
            } else if (caller != BearerAuthentication.Caller.NONE && isPublic) {
                wrong.add(handler.getShortLogMessage() + " " + route + " is @PublicEndpoint but takes a caller");
            }
        });
        return wrong;
    }
}
