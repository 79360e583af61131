package com.loginsessions.adapter.out.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The {@code http.server.requests} timer with the tags Spring's observation filter gives it (method, uri, status,
 * outcome, exception), recorded by looking up a timer registered once per tag combination instead of building an
 * Observation per request (context, scope, handler chain, long-task-timer sample and a meter lookup by tags):
 * on the hot path that work cost several per cent of the service's CPU (docs/performance.md). Every tag has a
 * bounded set of values, so a client cannot grow the registry: unknown methods are {@code UNKNOWN}, unmatched
 * paths are {@code NOT_FOUND}, {@code REDIRECTION} or {@code UNKNOWN}, never the path itself.
 */
final class RequestTimingFilter extends OncePerRequestFilter {

    static final String METRIC = "http.server.requests";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE");

    private record Tags(String method, String uri, int status, String exception) {
    }

    private final MeterRegistry registry;
    private final ConcurrentMap<Tags, Timer> timers = new ConcurrentHashMap<>();

    RequestTimingFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        String exception = "none";
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            exception = e.getClass().getSimpleName();
            throw e;
        } finally {
            Tags tags = new Tags(method(request), uri(request, response.getStatus()), response.getStatus(), exception);
            timers.computeIfAbsent(tags, this::register).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer register(Tags tags) {
        return Timer.builder(METRIC)
                .description("HTTP requests, by route and outcome")
                .tag("method", tags.method())
                .tag("uri", tags.uri())
                .tag("status", Integer.toString(tags.status()))
                .tag("outcome", outcome(tags.status()))
                .tag("exception", tags.exception())
                .register(registry);
    }

    private static String method(HttpServletRequest request) {
        String method = request.getMethod();
        return METHODS.contains(method) ? method : "UNKNOWN";
    }

    /** The matched route, as Spring MVC records it; never the raw path. */
    private static String uri(HttpServletRequest request, int status) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            String route = pattern.toString();
            return route.isEmpty() ? "root" : route;
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        return status == 404 ? "NOT_FOUND" : "UNKNOWN";
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }
}
