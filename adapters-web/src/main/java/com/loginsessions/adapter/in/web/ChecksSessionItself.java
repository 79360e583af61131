package com.loginsessions.adapter.in.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler of an authenticated path: its use case confirms the caller's session inside its own query (one
 * database round trip for the whole request), so {@link BearerAuthentication} only checks the token's syntax and
 * hands the handler a {@link BearerToken} instead of confirming the session first. A handler without it receives
 * an already confirmed {@code AuthenticatedSession}. The use case must then refuse an ended session itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ChecksSessionItself {
}
