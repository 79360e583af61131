package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

/**
 * The bearer check as the web adapter runs it on every request — header parsing and the RFC 6750 syntax checks —
 * with the use case answering at once, i.e. without the database round trip.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BearerFilterBenchmark {

    private static final AuthenticatedSession CALLER = new AuthenticatedSession(UserId.newId(), SessionId.newId());

    private BearerAuthentication authentication;
    private HandlerMethod handler;
    private MockHttpServletResponse response;
    private String header;

    @Setup
    public void setUp() throws NoSuchMethodException {
        authentication = new BearerAuthentication(command -> CALLER);
        Method method = BearerFilterBenchmark.class.getMethod("preHandle");
        handler = new HandlerMethod(this, method);
        response = new MockHttpServletResponse();
        header = "Bearer eyJraWQiOiJrIiwidHlwIjoiYXQrand0IiwiYWxnIjoiSFMyNTYifQ." + "eyJzdWIiOiJ4In0".repeat(20)
                + ".M6bjOB9TAccMyTqvJZKOzWqPkVt0pIvAj98YKD72eek";
    }

    @Benchmark
    public boolean preHandle() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/sessions");
        request.addHeader("Authorization", header);
        return authentication.preHandle(request, response, handler);
    }
}
