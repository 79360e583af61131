package com.loginsessions.adapter.in.web;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO connector with a deadline for a request's line and headers, against slowloris clients. Tomcat
 * times out each read (connection-timeout), but a client that sends one header byte every few seconds never
 * trips that and keeps its connection for as long as it likes. While headers are incomplete no thread is held
 * (Tomcat parses them without blocking), so this only has to find such connections and close them: once a second
 * it looks at every open connection whose request is still being parsed, as Tomcat's own async-timeout task does
 * on the same utility executor. Request bodies are read by the application and have their own deadline
 * ({@link RequestBodyLimitFilter}).
 */
public class RequestDeadlineProtocol extends Http11NioProtocol {

    private volatile long headerDeadlineMillis = 5_000;
    private ScheduledFuture<?> sweep;

    /** Set by Tomcat from the connector property {@code headerDeadlineMillis}. */
    public void setHeaderDeadlineMillis(long headerDeadlineMillis) {
        if (headerDeadlineMillis < 1) {
            throw new IllegalArgumentException("the header deadline must be positive");
        }
        this.headerDeadlineMillis = headerDeadlineMillis;
    }

    public long getHeaderDeadlineMillis() {
        return headerDeadlineMillis;
    }

    @Override
    public void start() throws Exception {
        super.start();
        sweep = getUtilityExecutor().scheduleWithFixedDelay(this::closeSlowRequests, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (sweep != null) {
            sweep.cancel(false);
            sweep = null;
        }
        super.stop();
    }

    private void closeSlowRequests() {
        long now = System.nanoTime();
        long deadlineNanos = TimeUnit.MILLISECONDS.toNanos(headerDeadlineMillis);
        for (SocketWrapperBase<?> connection : getEndpoint().getConnections()) {
            if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
                    && headersOverdue(processor.getRequest(), now, deadlineNanos)) {
                connection.close();
            }
        }
    }

    /**
     * A processor waits in the poller, attached to its connection, only while its request line or headers are
     * incomplete (a request being served is off the connection, on its thread; between keep-alive requests the
     * processor is released; this service uses neither async requests nor upgrades, which also park it there).
     * Its start time is set when the first byte of the request line arrives.
     */
    private static boolean headersOverdue(Request request, long now, long deadlineNanos) {
        long started = request.getStartTimeNanos();
        return started != -1 && now - started > deadlineNanos
                && request.getRequestProcessor().getStage() != Constants.STAGE_SERVICE;
    }
}
