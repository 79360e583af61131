package com.loginsessions.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API handler that serves anyone (sign-up, sign-in): it takes no caller. Every other handler under
 * {@code /api/} must declare its caller as a parameter, or the service does not start ({@link AuthenticatedRoutes}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface PublicEndpoint {
}
